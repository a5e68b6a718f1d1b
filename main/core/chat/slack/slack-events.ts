/**
 * Slack message subtypes as chat events. Slack marks its own lines (joins, renames, huddles,
 * deletions) with a `subtype`; the gap register reads the event kind, so each subtype that means
 * something for completeness gets its kind, and every other one is kept as 'other' with its
 * name in the text rather than dropped.
 */
import { chatEvent, type ChatEvent, type ChatEventKind } from '../chat-message.js';
import { arrayField, isRecord, numberField, recordField, stringField, type JsonRecord } from '../json-fields.js';
import type { SlackDirectory } from './slack-directory.js';
import { slackUserName } from './slack-markup.js';

/** Subtypes that are people's (or bots') content, not Slack's own lines: no event. */
const CONTENT_SUBTYPES: ReadonlySet<string> = new Set([
  'bot_message',
  'me_message',
  'file_share',
  'file_comment',
  'file_mention',
  'thread_broadcast',
  'reply_broadcast',
  'slackbot_response',
]);

const KIND_BY_SUBTYPE: ReadonlyMap<string, ChatEventKind> = new Map([
  ['channel_join', 'member-added'],
  ['group_join', 'member-added'],
  ['channel_leave', 'member-left'],
  ['group_leave', 'member-left'],
  ['channel_name', 'group-renamed'],
  ['group_name', 'group-renamed'],
  ['tombstone', 'message-deleted'],
  ['message_deleted', 'message-deleted'],
  ['message_changed', 'message-edited'],
  // Huddles (huddle_thread) and the older Slack calls (sh_room_created) carry a `room`.
  ['huddle_thread', 'call'],
  ['sh_room_created', 'call'],
]);

/** What a message's subtype means: its event, and how its text is to be shown. */
export type SlackEventDecision = {
  event: ChatEvent | null;
  /** 'other' events name the subtype in the text, so a reviewer sees what Slack called it. */
  label: string;
  /** Deletion markers carry no text of their own ("This message was deleted."). */
  blankText: boolean;
};


/** A huddle's or call's room: its length when it has ended, and who took part. */
function callEvent(message: JsonRecord, directory: SlackDirectory): ChatEvent {
  const room = recordField(message, 'room') ?? {};
  const subjects = arrayField(room, 'participant_history')
    .filter((id): id is string => typeof id === 'string')
    .map((id) => slackUserName(directory, id));
  if (room['was_missed'] === true || room['was_rejected'] === true) {
    return chatEvent('missed-call', subjects);
  }
  const start = numberField(room, 'date_start');
  const end = numberField(room, 'date_end');
  const duration = start !== null && end !== null && start > 0 && end >= start ? end - start : null;
  return chatEvent('call', subjects, duration);
}

/**
 * The event a Slack message carries, from its `type`, `subtype` and `edited` fields. A content
 * message whose export says it was edited gets 'message-edited' and keeps its text.
 */
export function slackMessageEvent(message: JsonRecord, directory: SlackDirectory): SlackEventDecision {
  const type = stringField(message, 'type');
  const subtype = stringField(message, 'subtype');
  if (type !== '' && type !== 'message') {
    return { event: chatEvent('other'), label: type, blankText: false };
  }
  if (subtype === '' || CONTENT_SUBTYPES.has(subtype)) {
    const edited = isRecord(message['edited']);
    return { event: edited ? chatEvent('message-edited') : null, label: '', blankText: false };
  }
  const kind = KIND_BY_SUBTYPE.get(subtype);
  const user = stringField(message, 'user');
  switch (kind) {
    case 'member-added':
    case 'member-left':
      return { event: chatEvent(kind, user === '' ? [] : [slackUserName(directory, user)]), label: '', blankText: false };
    case 'call':
      return { event: callEvent(message, directory), label: '', blankText: false };
    case 'message-deleted':
      return { event: chatEvent(kind), label: '', blankText: true };
    case undefined:
      return { event: chatEvent('other'), label: subtype, blankText: false };
    default:
      return { event: chatEvent(kind), label: '', blankText: false };
  }
}
