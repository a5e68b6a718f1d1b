/**
 * The top-level fields of a MailMessage read from its header fields: every field decoded for
 * display, and the addresses, subject, date and ids that the rest of the app works with.
 * The date stays as written: the mbox and .eml readers turn it into a timestamp.
 */
import type { MailAddress, MailHeader, MailMessage } from '../mail-message.js';
import { parseAddressList } from './address-list.js';
import { decodeEncodedWords } from './encoded-words.js';
import type { HeaderField } from './header-block.js';
import { parseMessageIds } from './message-ids.js';

/** The header-derived part of a MailMessage. */
export type MessageHeaderFacts = Pick<
  MailMessage,
  'headers' | 'subject' | 'from' | 'sender' | 'replyTo' | 'to' | 'cc' | 'bcc' | 'dateRaw' | 'messageId' | 'inReplyTo' | 'references'
>;

/** The value of the first field called `name` (any case), or null. */
export function firstField(fields: readonly HeaderField[], name: string): string | null {
  const lower = name.toLowerCase();
  for (const field of fields) {
    if (field.name.length === lower.length && field.name.toLowerCase() === lower) {
      return field.value;
    }
  }
  return null;
}

function allFields(fields: readonly HeaderField[], name: string): string[] {
  const lower = name.toLowerCase();
  return fields.filter((field) => field.name.length === lower.length && field.name.toLowerCase() === lower).map((field) => field.value);
}

function addressesOf(fields: readonly HeaderField[], name: string): MailAddress[] {
  // Some senders repeat To or Cc; every occurrence counts.
  return allFields(fields, name).flatMap((value) => parseAddressList(value));
}

/**
 * Reads the message-level facts from unfolded header fields. Problems met while decoding
 * (an encoded word in an unknown charset) are appended to `problems`.
 */
export function readMessageHeaders(fields: readonly HeaderField[], problems: string[]): MessageHeaderFacts {
  const headers: MailHeader[] = fields.map((field) => ({ name: field.name, value: decodeEncodedWords(field.value, problems) }));
  const messageIdValue = firstField(fields, 'message-id') ?? '';
  return {
    headers,
    subject: decodeEncodedWords(firstField(fields, 'subject') ?? ''),
    from: parseAddressList(firstField(fields, 'from') ?? ''),
    sender: parseAddressList(firstField(fields, 'sender') ?? '')[0] ?? null,
    replyTo: parseAddressList(firstField(fields, 'reply-to') ?? ''),
    to: addressesOf(fields, 'to'),
    cc: addressesOf(fields, 'cc'),
    bcc: addressesOf(fields, 'bcc'),
    dateRaw: firstField(fields, 'date') ?? '',
    messageId: parseMessageIds(messageIdValue)[0] ?? messageIdValue.trim(),
    inReplyTo: parseMessageIds(firstField(fields, 'in-reply-to') ?? ''),
    references: allFields(fields, 'references').flatMap((value) => parseMessageIds(value)),
  };
}
