/**
 * Turns a parsed message (from any mail reader) into a record family: the message, its
 * attachments as children, attached messages as child emails with children of their own.
 * Pure: the same message always gives the same records.
 */
import { deflateRawSync } from 'node:zlib';
import type { MailAttachment, MailMessage } from '../../mail/mail-message.js';
import type { ExtractedItem, ExtractedRecord } from '../adapter.js';
import { emptyRecord } from '../adapter.js';
import { htmlToText } from '../../text/html-to-text.js';
import { normaliseForIndex } from '../../text/normalise-text.js';
import { parseEmailDate } from '../rfc2822-date.js';
import { emailContentHash } from './dedupe-key.js';
import { nameFromXFrom, normaliseParticipant, normaliseParticipants } from './participants.js';
import { subjectKey } from './subject-key.js';

export type MailPlacement = {
  /** Where the message is in its file ('' for a whole file). */
  locator: string;
  /** SHA-256 and size of the message's bytes as stored; '' and 0 when the container gives none. */
  itemSha256: string;
  sizeBytes: number;
  /** The container's folder for the message (PST), or null to take it from the file path. */
  folder: string | null;
  labels: string[];
};

function headerValue(message: MailMessage, name: string): string {
  const lower = name.toLowerCase();
  return message.headers.find((header) => header.name.toLowerCase() === lower)?.value ?? '';
}

function joinLocator(base: string, partPath: string): string {
  return base === '' ? `part ${partPath}` : `${base} part ${partPath}`;
}

function attachmentRecord(attachment: MailAttachment, parentLocator: string): ExtractedRecord {
  const locator = joinLocator(parentLocator, attachment.partId);
  if (attachment.message !== null) {
    // A nested message's problems are already among its top message's, with their part paths.
    const nested = messageRecord(attachment.message, { locator, itemSha256: attachment.sha256, sizeBytes: attachment.size, folder: null, labels: [] }, null);
    return { ...nested, partPath: attachment.partId, identity: '', filename: attachment.filename, mimeType: attachment.contentType };
  }
  const filename = normaliseForIndex(attachment.filename).trim();
  return {
    ...emptyRecord('attachment'),
    locator,
    partPath: attachment.partId,
    contentSha256: attachment.sha256,
    itemSha256: attachment.sha256,
    sizeBytes: attachment.size,
    title: filename || `(unnamed ${attachment.contentType || 'attachment'})`,
    filename,
    mimeType: attachment.contentType,
    names: [filename, ...attachment.containedNames.map((name) => normaliseForIndex(name).trim())].filter((name) => name !== ''),
    // The worker's document extractors read it (prepare-family.ts), then drop the bytes.
    content: attachment.content,
  };
}

/** `items` receives the message's problems and warnings; null for a nested message (see above). */
function messageRecord(message: MailMessage, placement: MailPlacement, items: ExtractedItem[] | null): ExtractedRecord {
  for (const problem of message.problems) {
    const where = problem.part === '' ? placement.locator : joinLocator(placement.locator, problem.part);
    items?.push({ type: 'problem', severity: 'warning', locator: where, message: problem.message });
  }
  const subject = normaliseForIndex(message.subject).replace(/\s+/g, ' ').trim();
  const dateRaw = message.dateRaw.trim();
  const dateIso = message.dateIso ?? (dateRaw === '' ? null : parseEmailDate(dateRaw));
  if (dateRaw !== '' && dateIso === null) {
    items?.push({ type: 'problem', severity: 'warning', locator: placement.locator, message: `Date header not understood: ${JSON.stringify(dateRaw)}` });
  }
  let from = message.from[0] ? normaliseParticipant(message.from[0]) : message.sender ? normaliseParticipant(message.sender) : null;
  if (from !== null && from.name === '') {
    const xFrom = nameFromXFrom(headerValue(message, 'X-From'));
    from = xFrom === '' ? from : { ...from, name: xFrom };
  }
  const to = normaliseParticipants(message.to);
  const cc = normaliseParticipants(message.cc);
  const bcc = normaliseParticipants(message.bcc);
  // Some senders put an empty plain part beside the real HTML one: use whichever has words.
  const text = message.text.trim() !== '' || message.html === '' ? message.text : htmlToText(message.html);
  const body = normaliseForIndex(text);
  const children = message.attachments.map((attachment) => attachmentRecord(attachment, placement.locator));
  const contentSha256 = emailContentHash({
    from,
    to,
    cc,
    bcc,
    dateIso,
    dateRaw,
    subject,
    body,
    html: message.html,
    attachmentSha256s: message.attachments.map((attachment) => attachment.sha256),
    messageId: message.messageId,
  });
  const threading = subjectKey(subject);
  return {
    ...emptyRecord('email'),
    locator: placement.locator,
    identity: `email\n${contentSha256}`,
    contentSha256,
    itemSha256: placement.itemSha256,
    sizeBytes: placement.sizeBytes,
    title: subject === '' ? '(no subject)' : subject,
    subject,
    subjectKey: threading.key,
    replyBySubject: threading.isReply,
    from,
    to,
    cc,
    bcc,
    dateIso,
    dateRaw,
    messageId: message.messageId.trim(),
    inReplyTo: message.inReplyTo[0] ?? '',
    references: message.references,
    body,
    htmlDeflated: message.html === '' ? null : deflateRawSync(Buffer.from(message.html, 'utf8')),
    names: children.map((child) => child.filename).filter((name) => name !== ''),
    folder: placement.folder,
    labels: placement.labels,
    children,
  };
}

/** The items for one message: its record family first, then any problems met on the way. */
export function mailToItems(message: MailMessage, placement: MailPlacement): ExtractedItem[] {
  const problems: ExtractedItem[] = [];
  const record = messageRecord(message, placement, problems);
  return [{ type: 'record', record }, ...problems];
}
