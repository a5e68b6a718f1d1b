/**
 * Normalised people: addresses trimmed and lower-cased (the local part is case-sensitive in
 * theory and never in practice), display names unquoted, whitespace collapsed, NFKC, and a name
 * that only repeats the address dropped.
 */
import type { Participant } from '../../../../shared/model/record.js';
import type { MailAddress } from '../../mail/mail-message.js';

export function normaliseParticipant(mailbox: MailAddress): Participant {
  const address = mailbox.address.normalize('NFKC').trim().replace(/^<|>$/g, '').toLowerCase();
  let name = mailbox.name.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (/^(["']).*\1$/.test(name)) {
    name = name.slice(1, -1).trim();
  }
  if (name.toLowerCase() === address || name.toLowerCase() === `<${address}>`) {
    name = '';
  }
  return { name, address };
}

export function normaliseParticipants(list: readonly MailAddress[]): Participant[] {
  return list.map(normaliseParticipant).filter((participant) => participant.name !== '' || participant.address !== '');
}

/**
 * The Enron corpus (and other Exchange exports) put the sender's display name in X-From when
 * From holds only the address: "Jeff Skilling" or "Skilling, Jeff </O=ENRON/OU=NA/CN=...>".
 */
export function nameFromXFrom(xFrom: string): string {
  const beforeAngle = xFrom.split('<')[0] ?? '';
  const name = beforeAngle.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/^"(.*)"$/, '$1');
  return name.includes('@') ? '' : name;
}
