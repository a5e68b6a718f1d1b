/**
 * When two emails are the same message. Copies of one message turn up in several folders and
 * mailboxes (inbox, all_documents, a colleague's export) with different Message-IDs, folder
 * headers and line endings, so the key is the content a reader sees: sender, recipients, the
 * moment it was sent, subject, body and attachments, each normalised. The Message-ID is left
 * out on purpose: the Enron collection gives every copy its own (see the corpus README).
 *
 * Without a date (drafts, broken exports) sender, subject and body alone could merge two different
 * messages, so the Message-ID is added to the key exactly then.
 *
 * Bcc is part of the key: the sender's copy that shows Bcc recipients says more than a
 * recipient's copy, so the two are kept apart, as e-discovery practice does.
 */
import type { Participant } from '../../../../shared/model/record.js';
import { sha256Hex } from '../../util/hash.js';
import { normaliseForHash } from '../../text/normalise-text.js';

export type DedupeInput = {
  from: Participant | null;
  to: readonly Participant[];
  cc: readonly Participant[];
  bcc: readonly Participant[];
  /** The instant in UTC when known, else the raw Date header. */
  dateIso: string | null;
  dateRaw: string;
  subject: string;
  body: string;
  html: string;
  attachmentSha256s: readonly string[];
  messageId: string;
};

function addresses(list: readonly Participant[]): string[] {
  return list.map((participant) => participant.address || participant.name.toLowerCase()).sort();
}

/**
 * Whole seconds in UTC: a Date header has no finer precision, while Outlook stores the sender's
 * copy to the millisecond and the recipient's to the second.
 */
function instant(dateIso: string | null, dateRaw: string): string {
  if (dateIso !== null) {
    const time = Date.parse(dateIso);
    if (!Number.isNaN(time)) {
      return new Date(Math.floor(time / 1000) * 1000).toISOString();
    }
  }
  return dateRaw.replace(/\s+/g, ' ').trim();
}

/** The SHA-256 (hex) of an email's normalised content. */
export function emailContentHash(input: DedupeInput): string {
  const parts = [
    'email-v1',
    input.from ? input.from.address || input.from.name.toLowerCase() : '',
    addresses(input.to).join(','),
    addresses(input.cc).join(','),
    addresses(input.bcc).join(','),
    instant(input.dateIso, input.dateRaw),
    input.subject.replace(/\s+/g, ' ').trim(),
    normaliseForHash(input.body),
    // Both alternatives count: two messages with the same text and different HTML differ.
    input.html === '' ? '' : sha256Hex(input.html.replace(/\s+/g, ' ').trim()),
    [...input.attachmentSha256s].sort().join(','),
    input.dateIso === null && input.dateRaw.trim() === '' ? input.messageId.trim() : '',
  ];
  return sha256Hex(parts.join('\u0000'));
}
