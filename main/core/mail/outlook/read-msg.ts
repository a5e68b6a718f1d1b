/**
 * Reads an Outlook .msg file ([MS-OXMSG]: one message saved as an OLE2 compound file, the format of
 * "Save As" and of drag-and-drop out of Outlook) into a MailMessage.
 *
 * msgreader parses the compound file and the property streams; this file decides what each MAPI
 * property means for us, through the same mapping as the .pst reader (outlook-fields.ts).
 */
import MsgReaderModule from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import { AppError } from '../../../../shared/errors.js';
import type { MailMessage } from '../mail-message.js';
import { decodeCodePage } from './code-page.js';
import { errorText } from './error-text.js';
import { readMsgAttachments } from './msg-attachments.js';
import type { MsgContext } from './msg-attachments.js';
import { captureTimes, MsgProperties, PR_INTERNET_CPID } from './msg-properties.js';
import type { CapturedTimes } from './msg-properties.js';
import type { OutlookPerson } from './outlook-address.js';
import { toMailMessage } from './outlook-fields.js';
import type { OutlookRecipient } from './outlook-fields.js';
import { isMsgFile } from './outlook-sniff.js';

const PR_MESSAGE_CLASS = 0x001a;
const PR_SUBJECT = 0x0037;
const PR_CLIENT_SUBMIT_TIME = 0x0039;
const PR_SENT_REPRESENTING_NAME = 0x0042;
const PR_SENT_REPRESENTING_ADDRTYPE = 0x0064;
const PR_SENT_REPRESENTING_EMAIL_ADDRESS = 0x0065;
const PR_TRANSPORT_MESSAGE_HEADERS = 0x007d;
const PR_RECIPIENT_TYPE = 0x0c15;
const PR_SENDER_NAME = 0x0c1a;
const PR_SENDER_ADDRTYPE = 0x0c1e;
const PR_SENDER_EMAIL_ADDRESS = 0x0c1f;
const PR_MESSAGE_DELIVERY_TIME = 0x0e06;
const PR_BODY = 0x1000;
const PR_RTF_COMPRESSED = 0x1009;
const PR_HTML = 0x1013;
const PR_INTERNET_MESSAGE_ID = 0x1035;
const PR_INTERNET_REFERENCES = 0x1039;
const PR_IN_REPLY_TO_ID = 0x1042;
const PR_DISPLAY_NAME = 0x3001;
const PR_ADDRTYPE = 0x3002;
const PR_EMAIL_ADDRESS = 0x3003;
const PR_SMTP_ADDRESS = 0x39fe;
const PR_SENDER_SMTP_ADDRESS = 0x5d01;
const PR_SENT_REPRESENTING_SMTP_ADDRESS = 0x5d02;
const PR_RECIPIENT_DISPLAY_NAME = 0x5ff6;

const RECIPIENT_TYPES: Record<string, number> = { to: 1, cc: 2, bcc: 3 };

// msgreader is CommonJS with `exports.default`. Node's ESM loader (and esbuild in Node mode) hand
// over the whole exports object, with the class on `default`; vitest unwraps it to the class.
type MsgReaderClass = typeof MsgReaderModule.default;
const MsgReader: MsgReaderClass = (MsgReaderModule as { default?: MsgReaderClass }).default ?? (MsgReaderModule as unknown as MsgReaderClass);

/**
 * Parses one .msg file. Embedded messages are parsed too, up to 20 levels deep; unreadable parts
 * become `problems`. Throws an AppError('source-unreadable') naming what failed when the file is
 * not a readable .msg at all (not a compound file, a compound file that is not a message, broken
 * structure); the caller records that as a per-file error.
 */
export function readMsg(bytes: Uint8Array): MailMessage {
  if (!isMsgFile(bytes)) {
    throw new AppError('source-unreadable', 'not an Outlook .msg file: it does not start with the OLE2 compound-file signature');
  }
  const times: CapturedTimes = new WeakMap();
  const reader = new MsgReader(new Uint8Array(bytes).buffer);
  reader.parserConfig = { includeRawProps: true, propertyObserver: captureTimes(times) };
  let fields: FieldsData;
  try {
    fields = reader.getFileData();
  } catch (error) {
    throw new AppError('source-unreadable', `the .msg file could not be parsed: ${errorText(error)}`);
  }
  if (fields.dataType !== 'msg') {
    throw new AppError('source-unreadable', `the .msg file could not be parsed: ${fields.error ?? 'unknown structure'}`);
  }
  if ((fields.rawProps ?? []).length === 0) {
    // Word, Excel and PowerPoint 97–2003 files are compound files too; a message has properties.
    throw new AppError('source-unreadable', 'not an Outlook message: the compound file holds no MAPI properties');
  }
  const context: MsgContext = {
    reader,
    times,
    readNested: (nested, codePage, depth) => readMsgObject(context, nested, codePage, depth),
  };
  return readMsgObject(context, fields, null, 0);
}

function readMsgObject(context: MsgContext, fields: FieldsData, parentCodePage: number | null, depth: number): MailMessage {
  const props = new MsgProperties(fields, context.times.get(fields), parentCodePage);
  const codePage = props.stringCodePage;
  const { attachments, problems } = readMsgAttachments(context, fields.attachments ?? [], codePage, depth);
  return toMailMessage({
    messageClass: props.string(PR_MESSAGE_CLASS),
    subject: stripSubjectMarker(props.string(PR_SUBJECT)),
    from: person(props, PR_SENT_REPRESENTING_NAME, PR_SENT_REPRESENTING_ADDRTYPE, PR_SENT_REPRESENTING_EMAIL_ADDRESS, PR_SENT_REPRESENTING_SMTP_ADDRESS),
    sender: person(props, PR_SENDER_NAME, PR_SENDER_ADDRTYPE, PR_SENDER_EMAIL_ADDRESS, PR_SENDER_SMTP_ADDRESS),
    recipients: (fields.recipients ?? []).map((recipient) => recipientOf(context, recipient, codePage)),
    submitTime: props.time(PR_CLIENT_SUBMIT_TIME),
    deliveryTime: props.time(PR_MESSAGE_DELIVERY_TIME),
    transportHeaders: props.string(PR_TRANSPORT_MESSAGE_HEADERS),
    messageId: props.string(PR_INTERNET_MESSAGE_ID),
    inReplyTo: props.string(PR_IN_REPLY_TO_ID),
    references: props.string(PR_INTERNET_REFERENCES),
    body: props.string(PR_BODY),
    html: htmlOf(props),
    compressedRtf: props.binary(PR_RTF_COMPRESSED),
    attachments,
    problems,
  });
}

function person(props: MsgProperties, name: number, addressType: number, address: number, smtp: number): OutlookPerson {
  return { name: props.string(name), addressType: props.string(addressType), address: props.string(address), smtpAddress: props.string(smtp) };
}

function recipientOf(context: MsgContext, recipient: FieldsData, codePage: number | null): OutlookRecipient {
  const props = new MsgProperties(recipient, context.times.get(recipient), codePage);
  // msgreader replaces PR_RECIPIENT_TYPE by 'to' / 'cc' / 'bcc'.
  const type = RECIPIENT_TYPES[recipient.recipType ?? ''] ?? props.integer(PR_RECIPIENT_TYPE) ?? 1;
  return {
    type,
    name: props.string(PR_DISPLAY_NAME) || props.string(PR_RECIPIENT_DISPLAY_NAME),
    addressType: props.string(PR_ADDRTYPE),
    address: props.string(PR_EMAIL_ADDRESS),
    smtpAddress: props.string(PR_SMTP_ADDRESS),
  };
}

/** PR_HTML is stored as bytes in the item's Internet code page, or (rarely) as a Unicode string. */
function htmlOf(props: MsgProperties): string {
  const bytes = props.binary(PR_HTML);
  if (bytes !== null) {
    return decodeCodePage(bytes, props.integer(PR_INTERNET_CPID) ?? props.stringCodePage);
  }
  return props.string(PR_HTML);
}

/**
 * Some stores begin PR_SUBJECT with 0x01 and a character giving the length of a prefix ("RE: ");
 * that marker is not text.
 */
function stripSubjectMarker(subject: string): string {
  return subject.charCodeAt(0) === 0x01 && subject.length >= 2 ? subject.slice(2) : subject;
}
