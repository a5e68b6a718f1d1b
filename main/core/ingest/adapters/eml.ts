/**
 * A single RFC 822 message per file: `.eml` files and the extension-less files of maildir-style
 * folders (the Enron layout names them `1.`, `2.`, …). MIME decoding is postal-mime's; this file
 * maps its result onto our record and keeps the raw Date header.
 */
import PostalMime from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import type { Participant } from '../../../../shared/model/record.js';
import type { Extractor, ExtractedItem, SourceFile } from '../adapter.js';
import { emptyRecord } from '../adapter.js';
import { htmlToText } from '../html-to-text.js';
import { normaliseForIndex } from '../normalise-text.js';
import { parseEmailDate } from '../rfc2822-date.js';

function participants(addresses: Address[] | Address | undefined): Participant[] {
  if (addresses === undefined) {
    return [];
  }
  const list = Array.isArray(addresses) ? addresses : [addresses];
  const flat: Participant[] = [];
  for (const address of list) {
    if (address.group !== undefined) {
      flat.push(...participants(address.group));
    } else {
      flat.push({ name: normaliseForIndex(address.name).trim(), address: address.address.trim().toLowerCase() });
    }
  }
  return flat;
}

function headerValue(email: Email, key: string): string {
  return email.headers.find((header) => header.key === key)?.value ?? '';
}

function messageIds(value: string | undefined): string[] {
  return (value ?? '').match(/<[^<>\s]+>/g) ?? [];
}

export function emailToItems(email: Email, locator: string): ExtractedItem[] {
  const subject = normaliseForIndex(email.subject ?? '').trim();
  const dateRaw = headerValue(email, 'date').trim();
  // Some senders put an empty plain part beside the real HTML one: use whichever has words.
  const hasText = (email.text ?? '').trim().length > 0;
  const bodySource = hasText || email.html === undefined ? (email.text ?? '') : htmlToText(email.html);
  const record = {
    ...emptyRecord('email'),
    locator,
    title: subject.length > 0 ? subject : '(no subject)',
    subject,
    from: participants(email.from)[0] ?? null,
    to: participants(email.to),
    cc: participants(email.cc),
    bcc: participants(email.bcc),
    dateRaw,
    dateIso: dateRaw ? parseEmailDate(dateRaw) : null,
    messageId: email.messageId?.trim() ?? '',
    inReplyTo: messageIds(email.inReplyTo)[0] ?? '',
    references: messageIds(email.references),
    body: normaliseForIndex(bodySource),
  };
  const items: ExtractedItem[] = [{ type: 'record', record }];
  if (dateRaw && record.dateIso === null) {
    items.push({ type: 'warning', locator, message: `Date header not understood: ${JSON.stringify(dateRaw)}` });
  }
  return items;
}

const extractor: Extractor = {
  async *extract(file: SourceFile) {
    const email = await PostalMime.parse(file.bytes, { attachmentEncoding: 'arraybuffer' });
    yield* emailToItems(email, '');
  },
};

export default extractor;
