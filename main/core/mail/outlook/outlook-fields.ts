/**
 * The MAPI facts both Outlook readers extract from an item (a .msg file through msgreader, a
 * .pst item through pst-extractor), and the one function that turns them into a MailMessage. Two
 * libraries, one mapping: which property wins, when the transport headers fill a gap, and how
 * dates and ids are written is decided here only.
 */
import type { MailAddress, MailAttachment, MailMessage, MailProblem } from '../mail-message.js';
import { parseAddressList } from '../mime/address-list.js';
import { hasOnlyExchangeAddress, isNobody, toMailAddress } from './outlook-address.js';
import type { OutlookPerson } from './outlook-address.js';
import { chooseBodies } from './outlook-body.js';
import { parseMessageIds } from '../mime/message-ids.js';
import { headerValue, parseTransportHeaders } from './transport-headers.js';

/** PR_RECIPIENT_TYPE values. */
export const RECIPIENT_TO = 1;
export const RECIPIENT_CC = 2;
export const RECIPIENT_BCC = 3;

export type OutlookRecipient = OutlookPerson & { type: number };

export type OutlookFields = {
  /** PR_MESSAGE_CLASS, e.g. 'IPM.Note'. */
  messageClass: string;
  /** PR_SUBJECT with any prefix marker removed. */
  subject: string;
  /** PR_SENT_REPRESENTING_*: who the message is from. */
  from: OutlookPerson;
  /** PR_SENDER_*: who actually sent it (differs when sent on behalf of someone). */
  sender: OutlookPerson;
  recipients: OutlookRecipient[];
  /** PR_CLIENT_SUBMIT_TIME as ISO, or null. */
  submitTime: string | null;
  /** PR_MESSAGE_DELIVERY_TIME as ISO, or null. */
  deliveryTime: string | null;
  /** PR_TRANSPORT_MESSAGE_HEADERS, '' when absent (items never sent by SMTP have none). */
  transportHeaders: string;
  /** PR_INTERNET_MESSAGE_ID. */
  messageId: string;
  /** PR_IN_REPLY_TO_ID. */
  inReplyTo: string;
  /** PR_INTERNET_REFERENCES. */
  references: string;
  /** PR_BODY. */
  body: string;
  /** PR_HTML, decoded. */
  html: string;
  /** PR_RTF_COMPRESSED as stored, or null. */
  compressedRtf: Uint8Array | null;
  attachments: MailAttachment[];
  problems: MailProblem[];
};

export function toMailMessage(fields: OutlookFields): MailMessage {
  const headers = fields.transportHeaders === '' ? [] : parseTransportHeaders(fields.transportHeaders);
  const bodies = chooseBodies(fields.body, fields.html, fields.compressedRtf);
  const from = isNobody(fields.from) ? fields.sender : fields.from;
  const fromAddress = withHeaderAddress(toMailAddress(from), from, headerValue(headers, 'From'));
  const senderAddress = isNobody(fields.sender) ? null : withHeaderAddress(toMailAddress(fields.sender), fields.sender, headerValue(headers, 'Sender'));
  const messageId = fields.messageId.trim() || headerValue(headers, 'Message-ID').trim();
  return {
    headers,
    subject: fields.subject,
    from: isNobody(from) ? addressesOf(headerValue(headers, 'From')) : [fromAddress],
    // Sender only when it differs from From, as in RFC 5322.
    sender: senderAddress !== null && senderAddress.address.toLowerCase() !== fromAddress.address.toLowerCase() ? senderAddress : null,
    replyTo: addressesOf(headerValue(headers, 'Reply-To')),
    to: recipientsOf(fields.recipients, RECIPIENT_TO, headerValue(headers, 'To')),
    cc: recipientsOf(fields.recipients, RECIPIENT_CC, headerValue(headers, 'Cc')),
    bcc: recipientsOf(fields.recipients, RECIPIENT_BCC, headerValue(headers, 'Bcc')),
    dateRaw: headerValue(headers, 'Date'),
    dateIso: fields.submitTime ?? fields.deliveryTime,
    messageId: parseMessageIds(messageId)[0] ?? '',
    inReplyTo: parseMessageIds(fields.inReplyTo.trim() || headerValue(headers, 'In-Reply-To')),
    references: parseMessageIds(fields.references.trim() || headerValue(headers, 'References')),
    text: bodies.text,
    html: bodies.html,
    attachments: markReferencedInline(fields.attachments, bodies.html),
    problems: [...fields.problems, ...bodies.problems],
    extra: { 'outlook-message-class': fields.messageClass },
  };
}

/**
 * When the store knows a person only by Exchange DN but the message came with SMTP headers, the
 * header's address for the same role is the SMTP address: use it, keep the store's name.
 */
function withHeaderAddress(address: MailAddress, person: OutlookPerson, headerField: string): MailAddress {
  if (!hasOnlyExchangeAddress(person)) {
    return address;
  }
  const fromHeader = addressesOf(headerField)[0];
  return fromHeader !== undefined && fromHeader.address !== '' ? { name: address.name || fromHeader.name, address: fromHeader.address } : address;
}

/**
 * The recipients of one type. The recipient table is the record; the header is used only when the
 * table is empty for every type (items saved without a recipient table, e.g. some embedded ones).
 */
function recipientsOf(recipients: OutlookRecipient[], type: number, headerField: string): MailAddress[] {
  if (recipients.length === 0) {
    return addressesOf(headerField);
  }
  // The low bits are the type; MAPI_P1 and MAPI_SUBMITTED flags may be set above them.
  return recipients.filter((recipient) => (recipient.type & 0x0f) === type).map(toMailAddress);
}

/**
 * Outlook flags inline images (PR_ATTACHMENT_HIDDEN, ATT_MHTML_REF) on the copies it writes, but a
 * received copy often has neither flag: an attachment whose Content-ID the HTML body shows
 * ("cid:…") is inline all the same.
 */
function markReferencedInline(attachments: MailAttachment[], html: string): MailAttachment[] {
  if (html === '') {
    return attachments;
  }
  const lowerHtml = html.toLowerCase();
  return attachments.map((attachment) =>
    attachment.disposition !== 'inline' && attachment.contentId !== '' && lowerHtml.includes(`cid:${attachment.contentId.toLowerCase()}`)
      ? { ...attachment, disposition: 'inline' }
      : attachment,
  );
}

function addressesOf(field: string): MailAddress[] {
  if (field.trim() === '') {
    return [];
  }
  return parseAddressList(field);
}
