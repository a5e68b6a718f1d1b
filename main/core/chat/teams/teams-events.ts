/**
 * Teams system messages as chat events. Graph writes a system message as a chatMessage with
 * `messageType: "systemEventMessage"`, a body of `<systemEventMessage/>` and the event in
 * `eventDetail`, typed by `@odata.type` (`#microsoft.graph.membersAddedEventMessageDetail`…).
 * Each type with a meaning for the gap register gets its kind; the rest stay 'other'. Teams
 * writes no sentence, so the item's text is the type's short name in brackets followed by the
 * event's data: `[membersAdded] Ann Lee, Bob Ray; by Robin Kline`.
 */
import { chatEvent, type ChatEvent } from '../chat-message.js';
import { arrayField, isRecord, recordField, stringField, type JsonRecord } from '../json-fields.js';
import { identityPerson, identitySetPerson, personLabel, type TeamsDirectory, type TeamsPerson } from './teams-people.js';
import { isoDurationSeconds } from './teams-time.js';

/** A system message read: its event, its text, and who set it off (null when Graph names nobody). */
export type TeamsSystemEvent = { event: ChatEvent; text: string; initiator: TeamsPerson | null };


/** `#microsoft.graph.callEndedEventMessageDetail` → `callEnded`; '' when the type is missing. */
export function eventTypeName(detail: JsonRecord): string {
  return stringField(detail, '@odata.type')
    .replace(/^#?microsoft\.graph\./, '')
    .replace(/EventMessageDetail$/, '');
}

function members(detail: JsonRecord): TeamsPerson[] {
  return arrayField(detail, 'members').filter(isRecord).map(identityPerson);
}

function callParticipants(detail: JsonRecord): TeamsPerson[] {
  return arrayField(detail, 'callParticipants')
    .filter(isRecord)
    .map((participant) => identitySetPerson(recordField(participant, 'participant')))
    .filter((person): person is TeamsPerson => person !== null);
}

function labels(people: TeamsPerson[], directory: TeamsDirectory): string[] {
  return people.map((person) => personLabel(person, directory)).filter((label) => label !== '');
}

function eventFor(type: string, detail: JsonRecord, initiator: TeamsPerson | null, directory: TeamsDirectory): ChatEvent {
  switch (type) {
    case 'callEnded':
      return chatEvent('call', labels(callParticipants(detail), directory), isoDurationSeconds(stringField(detail, 'callDuration')));
    // The call's start is a call all the same; its end, if the file holds it, carries the length.
    case 'callStarted':
      return chatEvent('call');
    case 'membersAdded':
    case 'membersJoined':
      return chatEvent('member-added', labels(members(detail), directory));
    case 'membersDeleted': {
      const removed = members(detail);
      const only = removed[0];
      // Someone who removes only themself has left, as the Teams client says it.
      const left = removed.length === 1 && only !== undefined && initiator !== null && only.id !== '' && only.id === initiator.id;
      return chatEvent(left ? 'member-left' : 'member-removed', labels(removed, directory));
    }
    case 'membersLeft':
      return chatEvent('member-left', labels(members(detail), directory));
    case 'chatRenamed':
    case 'channelRenamed':
    case 'teamRenamed':
      return chatEvent('group-renamed');
    case 'teamCreated':
      return chatEvent('group-created');
    default:
      return chatEvent('other');
  }
}

const QUOTED_NAMES = ['chatDisplayName', 'channelDisplayName', 'teamDisplayName', 'teamsAppDisplayName', 'callRecordingDisplayName'] as const;
const PLAIN_FIELDS = ['channelDescription', 'teamDescription', 'callEventType', 'callRecordingStatus', 'callRecordingUrl'] as const;

/** The data the event carries, in a fixed order, names looked up where Graph gave only ids. */
function details(detail: JsonRecord, initiator: TeamsPerson | null, directory: TeamsDirectory): string {
  const parts: string[] = [];
  for (const field of QUOTED_NAMES) {
    const value = stringField(detail, field).trim();
    if (value !== '') {
      parts.push(`“${value}”`);
    }
  }
  for (const field of PLAIN_FIELDS) {
    const value = stringField(detail, field).trim();
    if (value !== '') {
      parts.push(value);
    }
  }
  const people = labels([...members(detail), ...callParticipants(detail)], directory);
  if (people.length > 0) {
    parts.push(people.join(', '));
  }
  const memberUser = recordField(detail, 'conversationMemberUser');
  const roles = arrayField(detail, 'conversationMemberRoles').filter((role): role is string => typeof role === 'string');
  if (memberUser) {
    parts.push(`${personLabel(identityPerson(memberUser), directory)}${roles.length > 0 ? ` as ${roles.join(', ')}` : ''}`);
  }
  for (const field of ['callDuration', 'callRecordingDuration']) {
    const seconds = isoDurationSeconds(stringField(detail, field));
    if (seconds !== null) {
      parts.push(`${seconds} seconds`);
    }
  }
  if (initiator) {
    const by = personLabel(initiator, directory);
    if (by !== '') {
      parts.push(`by ${by}`);
    }
  }
  return parts.join('; ');
}

/**
 * The event and text of a system message. `detail` is its `eventDetail`, or null when Graph
 * gave none (the message is then 'other', named by its messageType).
 */
export function teamsSystemEvent(detail: JsonRecord | null, directory: TeamsDirectory): TeamsSystemEvent {
  if (!detail) {
    return { event: chatEvent('other'), text: '[systemEventMessage]', initiator: null };
  }
  const type = eventTypeName(detail);
  const initiator = identitySetPerson(recordField(detail, 'initiator'));
  const data = details(detail, initiator, directory);
  const label = type === '' ? 'eventDetail' : type;
  return { event: eventFor(type, detail, initiator, directory), text: data === '' ? `[${label}]` : `[${label}] ${data}`, initiator };
}
