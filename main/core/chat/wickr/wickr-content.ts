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
import { chatEvent, type ChatEvent } from '../chat-message.js';
import { asRecord, booleanField, numberField, stringListField, textField, type JsonRecord } from '../json-fields.js';
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


function content(partial: Partial<WickrContent>): WickrContent {
  return { text: '', event: null, attachments: [], replyTo: '', alsoRemoved: [], unknownType: false, ...partial };
}

function place(location: JsonRecord | null): string {
  const latitude = numberField(location, 'latitude');
  const longitude = numberField(location, 'longitude');
  return latitude === null || longitude === null ? 'location not given' : `${latitude}, ${longitude}`;
}

function call(record: JsonRecord, sender: string): WickrContent {
  const details = asRecord(record['call']);
  const status = numberField(details, 'status');
  const startedBy = textField(details, 'startmsgid');
  const invite = textField(details, 'invitemsgid');
  switch (status) {
    case 0:
      return content({
        text: invite !== '' ? `${sender} invited someone to a call in progress` : `${sender} started a call`,
        event: chatEvent('call'),
        replyTo: invite,
      });
    case 1: {
      const duration = numberField(details, 'duration');
      return content({
        text: duration === null ? 'Call ended' : `Call ended after ${formatDuration(duration)}`,
        event: chatEvent('call', [], duration),
        replyTo: startedBy,
      });
    }
    case 2:
      return content({ text: 'Missed call', event: chatEvent('missed-call'), replyTo: startedBy });
    case 3:
      return content({ text: `${sender} cancelled the call`, event: chatEvent('missed-call'), replyTo: startedBy });
    default:
      return content({ text: `Call (status ${status ?? 'not given'})`, event: chatEvent('call'), replyTo: startedBy });
  }
}

function edit(record: JsonRecord): WickrContent {
  const details = asRecord(record['edit']);
  const type = textField(details, 'type');
  const original = textField(details, 'originalmessageid');
  if (type === 'location') {
    return content({ text: `Live location: ${place(details)}`, event: chatEvent('message-edited'), replyTo: original });
  }
  return content({ text: textField(details, 'text'), event: chatEvent('message-edited'), replyTo: original });
}

/** The text, event and references of one record, given its msgtype. */
export function wickrContent(msgtype: number | null, record: JsonRecord, sender: string): WickrContent {
  const control = asRecord(record['control']);
  switch (msgtype) {
    case 1000:
      return content({ text: textField(record, 'message') });
    case 3000:
      return content({ text: 'Key verification message', event: chatEvent('other') });
    case 6000: {
      const file = asRecord(record['file']);
      const name = textField(file, 'filename') || 'unnamed file';
      const notes = [booleanField(file, 'isscreenshot') === true ? 'screenshot' : '', booleanField(file, 'isvoicememo') === true ? 'voice memo' : '']
        .filter((note) => note !== '')
        .join(', ');
      return content({ text: notes === '' ? '' : `(${notes})`, attachments: [name] });
    }
    case 7000:
      return call(record, sender);
    case 8000:
      return content({ text: `Location: ${place(asRecord(record['location']))}` });
    case 9000:
      return edit(record);
    case 9100: {
      const details = asRecord(record['edit']);
      const reaction = textField(details, 'reaction');
      const added = booleanField(details, 'reactAdded') !== false;
      return content({
        text: added ? `${sender} reacted ${reaction}` : `${sender} removed the reaction ${reaction}`,
        event: chatEvent('other'),
        replyTo: textField(details, 'originalmessageid'),
      });
    }
    case 4001: {
      const title = textField(control, 'title');
      const members = stringListField(control, 'members');
      return content({
        text: title === '' ? `${sender} created the conversation` : `${sender} created the room "${title}"`,
        event: chatEvent('group-created', members),
      });
    }
    case 4002: {
      const added = stringListField(control, 'addedusers');
      const removed = stringListField(control, 'deletedusers');
      if (added.length === 0) {
        return content({ text: `${sender} removed ${removed.join(', ') || 'nobody'}`, event: chatEvent('member-removed', removed) });
      }
      return content({ text: `${sender} added ${added.join(', ')}`, event: chatEvent('member-added', added), alsoRemoved: removed });
    }
    case 4003:
      return content({ text: `${sender} left the room`, event: chatEvent('member-left', [sender]) });
    case 4004:
      return content({ text: `${sender} changed the room's settings`, event: chatEvent('other') });
    case 4005:
      return content({ text: `${sender} deleted the room`, event: chatEvent('message-deleted') });
    case 4011: {
      const recall = booleanField(control, 'isrecall') === true;
      return content({
        text: recall ? `${sender} recalled a message from everyone it was sent to` : `${sender} deleted a message from their own devices`,
        event: chatEvent('message-deleted'),
        replyTo: textField(control, 'message_id'),
      });
    }
    case 4012: {
      const attribute = asRecord(Array.isArray(control?.['attributes']) ? (control['attributes'] as unknown[])[0] : null);
      const starred = booleanField(attribute, 'isstarred') !== false;
      return content({
        text: starred ? `${sender} starred a message` : `${sender} unstarred a message`,
        event: chatEvent('other'),
        replyTo: textField(attribute, 'msgid'),
      });
    }
    case 4013:
      return content({ text: 'Message attributes sync request', event: chatEvent('other') });
    case 4014: {
      const pinned = booleanField(control, 'pinned') !== false;
      return content({ text: pinned ? `${sender} pinned the conversation` : `${sender} unpinned the conversation`, event: chatEvent('other') });
    }
    default:
      return content({ text: textField(record, 'message'), event: chatEvent('other'), unknownType: true });
  }
}
