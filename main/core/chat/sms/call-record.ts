/**
 * One `<call>` element of an SMS Backup & Restore call-log backup as a call event. Android's call
 * types: 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked, 7 answered on
 * another device. A call nobody answered on this phone (missed, voicemail, rejected, blocked) is
 * a 'missed-call'; the others are 'call' with their duration in seconds.
 */
import { emptyChatItem, type ChatEventKind } from '../chat-message.js';
import { addressKey } from './phone-address.js';
import { backupDate, contactName, present, type SmsBackupItem, type SmsContext } from './sms-fields.js';

type CallType = { kind: ChatEventKind; label: string; incoming: boolean | null };

const CALL_TYPES: Record<string, CallType> = {
  '1': { kind: 'call', label: 'Incoming call', incoming: true },
  '2': { kind: 'call', label: 'Outgoing call', incoming: false },
  '3': { kind: 'missed-call', label: 'Missed call', incoming: true },
  '4': { kind: 'missed-call', label: 'Voicemail', incoming: true },
  '5': { kind: 'missed-call', label: 'Rejected call', incoming: true },
  '6': { kind: 'missed-call', label: 'Blocked call', incoming: true },
  '7': { kind: 'call', label: 'Incoming call answered on another device', incoming: true },
};

/** The item for a `<call>` element's attributes, and what was wrong with them. */
export function callRecordItem(
  attributes: Record<string, string>,
  locator: string,
  context: SmsContext,
): { item: SmsBackupItem; problems: string[] } {
  const problems: string[] = [];
  const number = present(attributes['number']).trim();
  const key = number === '' ? '' : addressKey(number);
  const name = contactName(attributes['contact_name']);
  const typeValue = (attributes['type'] ?? '').trim();
  const type = CALL_TYPES[typeValue] ?? { kind: 'call', label: `Call of unknown type "${typeValue}"`, incoming: null };
  if (!(typeValue in CALL_TYPES)) {
    problems.push(`unknown call type "${typeValue}"; direction not known`);
  }
  const durationText = (attributes['duration'] ?? '').trim();
  const duration = /^\d+$/.test(durationText) ? Number(durationText) : null;
  if (durationText !== '' && duration === null) {
    problems.push(`unreadable duration "${durationText.slice(0, 40)}"`);
  }
  const date = backupDate(attributes['date'], context.timeZone);
  if (date.problem !== null) {
    problems.push(date.problem);
  }
  const ownerKnown = context.owner.name !== '' || context.owner.id !== '';
  const other = { name, id: key };
  const item: SmsBackupItem = {
    ...emptyChatItem(),
    locator,
    folder: 'calls',
    conversation: name || number,
    conversationId: key,
    sender: type.incoming === true ? name || number : type.incoming === false ? context.owner.name : '',
    senderId: type.incoming === true ? key : type.incoming === false ? context.owner.id : '',
    recipients: type.incoming === true ? (ownerKnown ? [context.owner] : []) : type.incoming === false && number !== '' ? [other] : [],
    dateIso: date.iso,
    dateRaw: attributes['date'] ?? '',
    text: type.label,
    event: {
      kind: type.kind,
      durationSeconds: type.kind === 'call' ? duration : null,
      subjects: [],
    },
  };
  return { item, problems };
}
