/**
 * What one Wickr record says, by `msgtype`, following AWS's Wickr IO "message formats" pages and
 * the Wickr Enterprise compliance output examples: 1000 text, 3000 key verification, 6000 file,
 * 7000 call, 8000 location, 9000 edit, 9100 reaction, 4001 create room, 4002 members changed,
 * 4003 leave room, 4004 room settings changed, 4005 delete room, 4011 delete message, 4012
 * message starred, 4013 attribute sync, 4014 conversation pinned.
 *
 * Deleting a message (4011) and deleting a room (4005) are 'message-deleted': either takes
 * records off devices, which the gap register must see. A cancelled call is a 'missed-call':
 * nobody answered it.
 */
import type { ChatEvent, ChatEventKind } from '../chat-message.js';
import { asObject, flag, number, strings, text, type JsonObject } from '../mapped/json-fields.js';
import { formatDuration } from './format-duration.js';

/** What one record says, before the reader adds who, when and where. */
export type WickrContent = {
  text: string;
  event: ChatEvent | null;
  attachments: string[];
  replyTo: string;
  /** Members removed as well as added (4002): a second event, on an item of its own. */
  alsoRemoved: string[];
  /** The msgtype is not one the documentation lists. */
  unknownType: boolean;
};

function event(kind: ChatEventKind, subjects: string[] = [], durationSeconds: number | null = null): ChatEvent {
  return { kind, durationSeconds, subjects };
}

function content(partial: Partial<WickrContent>): WickrContent {
  return { text: '', event: null, attachments: [], replyTo: '', alsoRemoved: [], unknownType: false, ...partial };
}

function place(location: JsonObject | null): string {
  const latitude = number(location, 'latitude');
  const longitude = number(location, 'longitude');
  return latitude === null || longitude === null ? 'location not given' : `${latitude}, ${longitude}`;
}

function call(record: JsonObject, sender: string): WickrContent {
  const details = asObject(record['call']);
  const status = number(details, 'status');
  const startedBy = text(details, 'startmsgid');
  const invite = text(details, 'invitemsgid');
  switch (status) {
    case 0:
      return content({
        text: invite !== '' ? `${sender} invited someone to a call in progress` : `${sender} started a call`,
        event: event('call'),
        replyTo: invite,
      });
    case 1: {
      const duration = number(details, 'duration');
      return content({
        text: duration === null ? 'Call ended' : `Call ended after ${formatDuration(duration)}`,
        event: event('call', [], duration),
        replyTo: startedBy,
      });
    }
    case 2:
      return content({ text: 'Missed call', event: event('missed-call'), replyTo: startedBy });
    case 3:
      return content({ text: `${sender} cancelled the call`, event: event('missed-call'), replyTo: startedBy });
    default:
      return content({ text: `Call (status ${status ?? 'not given'})`, event: event('call'), replyTo: startedBy });
  }
}

function edit(record: JsonObject): WickrContent {
  const details = asObject(record['edit']);
  const type = text(details, 'type');
  const original = text(details, 'originalmessageid');
  if (type === 'location') {
    return content({ text: `Live location: ${place(details)}`, event: event('message-edited'), replyTo: original });
  }
  return content({ text: text(details, 'text'), event: event('message-edited'), replyTo: original });
}

/** The text, event and references of one record, given its msgtype. */
export function wickrContent(msgtype: number | null, record: JsonObject, sender: string): WickrContent {
  const control = asObject(record['control']);
  switch (msgtype) {
    case 1000:
      return content({ text: text(record, 'message') });
    case 3000:
      return content({ text: 'Key verification message', event: event('other') });
    case 6000: {
      const file = asObject(record['file']);
      const name = text(file, 'filename') || 'unnamed file';
      const notes = [flag(file, 'isscreenshot') === true ? 'screenshot' : '', flag(file, 'isvoicememo') === true ? 'voice memo' : '']
        .filter((note) => note !== '')
        .join(', ');
      return content({ text: notes === '' ? '' : `(${notes})`, attachments: [name] });
    }
    case 7000:
      return call(record, sender);
    case 8000:
      return content({ text: `Location: ${place(asObject(record['location']))}` });
    case 9000:
      return edit(record);
    case 9100: {
      const details = asObject(record['edit']);
      const reaction = text(details, 'reaction');
      const added = flag(details, 'reactAdded') !== false;
      return content({
        text: added ? `${sender} reacted ${reaction}` : `${sender} removed the reaction ${reaction}`,
        event: event('other'),
        replyTo: text(details, 'originalmessageid'),
      });
    }
    case 4001: {
      const title = text(control, 'title');
      const members = strings(control, 'members');
      return content({
        text: title === '' ? `${sender} created the conversation` : `${sender} created the room "${title}"`,
        event: event('group-created', members),
      });
    }
    case 4002: {
      const added = strings(control, 'addedusers');
      const removed = strings(control, 'deletedusers');
      if (added.length === 0) {
        return content({ text: `${sender} removed ${removed.join(', ') || 'nobody'}`, event: event('member-removed', removed) });
      }
      return content({ text: `${sender} added ${added.join(', ')}`, event: event('member-added', added), alsoRemoved: removed });
    }
    case 4003:
      return content({ text: `${sender} left the room`, event: event('member-left', [sender]) });
    case 4004:
      return content({ text: `${sender} changed the room's settings`, event: event('other') });
    case 4005:
      return content({ text: `${sender} deleted the room`, event: event('message-deleted') });
    case 4011: {
      const recall = flag(control, 'isrecall') === true;
      return content({
        text: recall ? `${sender} recalled a message from everyone it was sent to` : `${sender} deleted a message from their own devices`,
        event: event('message-deleted'),
        replyTo: text(control, 'message_id'),
      });
    }
    case 4012: {
      const attribute = asObject(Array.isArray(control?.['attributes']) ? (control['attributes'] as unknown[])[0] : null);
      const starred = flag(attribute, 'isstarred') !== false;
      return content({
        text: starred ? `${sender} starred a message` : `${sender} unstarred a message`,
        event: event('other'),
        replyTo: text(attribute, 'msgid'),
      });
    }
    case 4013:
      return content({ text: 'Message attributes sync request', event: event('other') });
    case 4014: {
      const pinned = flag(control, 'pinned') !== false;
      return content({ text: pinned ? `${sender} pinned the conversation` : `${sender} unpinned the conversation`, event: event('other') });
    }
    default:
      return content({ text: text(record, 'message'), event: event('other'), unknownType: true });
  }
}
