/**
 * One `<sms>` element as a chat item. The thread is the other party (`address`); whether the
 * owner or the other party sent it follows from `type` (1 received, 2 sent, 3 draft, 4 outbox,
 * 5 failed, 6 queued).
 */
import { emptyChatItem } from '../chat-message.js';
import { addressKey } from './phone-address.js';
import { backupDate, contactName, folderOf, present, withSubject, type SmsBackupItem, type SmsContext } from './sms-fields.js';

/** The item for an `<sms>` element's attributes, and what was wrong with them. */
export function smsRecordItem(
  attributes: Record<string, string>,
  locator: string,
  context: SmsContext,
): { item: SmsBackupItem; problems: string[] } {
  const problems: string[] = [];
  const address = present(attributes['address']).trim();
  const key = address === '' ? '' : addressKey(address);
  const name = contactName(attributes['contact_name']);
  const folder = folderOf(attributes['type']);
  if (folder === 'unknown') {
    problems.push(`unknown sms type "${attributes['type'] ?? ''}"; direction not known`);
  }
  if (address === '') {
    problems.push('no address: the other party is not known');
  }
  const date = backupDate(attributes['date'], context.timeZone);
  if (date.problem !== null) {
    problems.push(date.problem);
  }
  const other = { name, id: key };
  const ownerKnown = context.owner.name !== '' || context.owner.id !== '';
  // An unknown type says nothing about direction: neither side is named as the sender.
  const received = folder === 'inbox';
  const sent = !received && folder !== 'unknown';
  const item: SmsBackupItem = {
    ...emptyChatItem(),
    locator,
    folder,
    conversation: name || address,
    conversationId: key,
    sender: received ? name || address : sent ? context.owner.name : '',
    senderId: received ? key : sent ? context.owner.id : '',
    recipients: received ? (ownerKnown ? [context.owner] : []) : sent && address !== '' ? [other] : [],
    dateIso: date.iso,
    dateRaw: attributes['date'] ?? '',
    // The body is kept as written even when it reads "null": unlike other fields, a text can say that.
    text: withSubject(present(attributes['subject']), attributes['body'] ?? ''),
  };
  return { item, problems };
}
