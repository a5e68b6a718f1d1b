/**
 * One .pst/.ost item (or a message embedded in one) as a MailMessage, through the mapping shared
 * with the .msg reader (outlook-fields.ts). Reading a part of the item that fails (recipients,
 * one attachment, the RTF body) becomes a problem on the message; only a failure to read the item
 * itself propagates, so the caller can report the item as an error.
 */
import type { PSTFile, PSTMessage, PSTRecipient } from 'pst-extractor';
import type { MailAttachment, MailMessage, MailProblem } from '../mail-message.js';
import { errorText } from './error-text.js';
import type { OutlookPerson } from './outlook-address.js';
import {
  ATTACH_BY_REF_ONLY,
  ATTACH_BY_REF_RESOLVE,
  ATTACH_BY_REFERENCE,
  ATTACH_EMBEDDED_MSG,
  attachmentPart,
  buildAttachment,
  MAX_NESTING,
} from './outlook-attachment.js';
import { toMailMessage } from './outlook-fields.js';
import type { OutlookRecipient } from './outlook-fields.js';
import { dateToIso } from './outlook-time.js';
import {
  attachmentCount,
  attachmentData,
  binaryProperty,
  booleanProperty,
  embeddedMessage,
  intProperty,
  recipientTableLost,
  stringProperty,
} from './pst-internals.js';
import type { DescriptorNode } from './pst-internals.js';

const PR_INTERNET_REFERENCES = 0x1039;
const PR_RTF_COMPRESSED = 0x1009;
const PR_ATTACH_FLAGS = 0x3714;
const PR_ATTACHMENT_HIDDEN = 0x7ffe;
const PR_SENDER_SMTP_ADDRESS = 0x5d01;
const PR_SENT_REPRESENTING_SMTP_ADDRESS = 0x5d02;
const PR_SENT_REPRESENTING_ADDRTYPE = 0x0064;

/**
 * @param ownerNode descriptor node of the store item this message is, or is embedded in
 * @param depth 0 for a store item, 1 for a message attached to it, and so on
 */
export function pstMessageToMail(pst: PSTFile, message: PSTMessage, ownerNode: DescriptorNode, depth = 0): MailMessage {
  const problems: MailProblem[] = [];
  const recipients = readRecipients(message, problems);
  const attachments = readAttachments(pst, message, ownerNode, depth, problems);
  return toMailMessage({
    messageClass: message.messageClass,
    subject: message.subject,
    from: {
      name: message.sentRepresentingName,
      addressType: stringProperty(message, PR_SENT_REPRESENTING_ADDRTYPE),
      address: message.sentRepresentingEmailAddress,
      smtpAddress: stringProperty(message, PR_SENT_REPRESENTING_SMTP_ADDRESS),
    },
    sender: {
      name: message.senderName,
      addressType: message.senderAddrtype,
      address: message.senderEmailAddress,
      smtpAddress: stringProperty(message, PR_SENDER_SMTP_ADDRESS),
    },
    recipients,
    submitTime: dateToIso(message.clientSubmitTime),
    deliveryTime: dateToIso(message.messageDeliveryTime),
    transportHeaders: message.transportMessageHeaders,
    messageId: message.internetMessageId,
    inReplyTo: message.inReplyToId,
    references: stringProperty(message, PR_INTERNET_REFERENCES),
    body: message.body,
    html: message.bodyHTML,
    compressedRtf: binaryProperty(message, PR_RTF_COMPRESSED),
    attachments,
    problems,
  });
}

function readRecipients(message: PSTMessage, problems: MailProblem[]): OutlookRecipient[] {
  const recipients: OutlookRecipient[] = [];
  try {
    if (recipientTableLost(message)) {
      problems.push({ part: '', message: 'the recipient table could not be read' });
      return recipients;
    }
    for (let index = 0; index < message.numberOfRecipients; index++) {
      const recipient = message.getRecipient(index);
      if (recipient !== null) {
        recipients.push({ type: recipient.recipientType, ...personOf(recipient) });
      }
    }
  } catch (error) {
    problems.push({ part: '', message: `the recipient table could not be read: ${errorText(error)}` });
  }
  return recipients;
}

function personOf(recipient: PSTRecipient): OutlookPerson {
  return { name: recipient.displayName, addressType: recipient.addrType, address: recipient.emailAddress, smtpAddress: recipient.smtpAddress };
}

function readAttachments(pst: PSTFile, message: PSTMessage, ownerNode: DescriptorNode, depth: number, problems: MailProblem[]): MailAttachment[] {
  let count: number;
  try {
    count = attachmentCount(message);
  } catch (error) {
    problems.push({ part: '', message: `the attachment table could not be read: ${errorText(error)}` });
    return [];
  }
  const attachments: MailAttachment[] = [];
  for (let index = 0; index < count; index++) {
    const problem = (text: string): void => {
      problems.push({ part: attachmentPart(index), message: text });
    };
    let attachment;
    try {
      attachment = message.getAttachment(index);
    } catch (error) {
      problem(`the attachment could not be read: ${errorText(error)}`);
      attachments.push(buildAttachment({ index, longFilename: '', filename: '', mimeTag: '', contentId: '', hidden: false, flags: 0, method: 0 }, null, null));
      continue;
    }
    const facts = {
      index,
      longFilename: attachment.longFilename,
      filename: attachment.filename,
      mimeTag: attachment.mimeTag,
      contentId: attachment.contentId,
      hidden: booleanProperty(attachment, PR_ATTACHMENT_HIDDEN),
      flags: intProperty(attachment, PR_ATTACH_FLAGS) ?? 0,
      method: attachment.attachMethod,
    };
    if (facts.method === ATTACH_BY_REFERENCE || facts.method === ATTACH_BY_REF_RESOLVE || facts.method === ATTACH_BY_REF_ONLY) {
      const path = attachment.longPathname || attachment.pathname;
      problem(`the attachment is a link to ${path || 'a file outside the store'}; its content is not in the store`);
      attachments.push(buildAttachment(facts, null, null));
      continue;
    }
    if (facts.method === ATTACH_EMBEDDED_MSG) {
      // An embedded item has no bytes of its own in a store: it is a set of properties, returned
      // as `message`; content stays null (size 0, no hash).
      attachments.push(buildAttachment(facts, null, readEmbedded(pst, attachment, ownerNode, depth, problem)));
      continue;
    }
    let content: Uint8Array | null = null;
    try {
      content = attachmentData(attachment);
      if (content === null) {
        problem('the attachment has no content');
      }
    } catch (error) {
      problem(`the attachment's content could not be read: ${errorText(error)}`);
    }
    attachments.push(buildAttachment(facts, content, null));
  }
  return attachments;
}

function readEmbedded(
  pst: PSTFile,
  attachment: Parameters<typeof embeddedMessage>[0],
  ownerNode: DescriptorNode,
  depth: number,
  problem: (text: string) => void,
): MailMessage | null {
  if (depth + 1 > MAX_NESTING) {
    problem(`embedded message nested deeper than ${MAX_NESTING} levels was not read`);
    return null;
  }
  try {
    const embedded = embeddedMessage(attachment, ownerNode);
    if (embedded === null) {
      problem('the embedded message could not be found in the store');
      return null;
    }
    return pstMessageToMail(pst, embedded, ownerNode, depth + 1);
  } catch (error) {
    problem(`the embedded message could not be read: ${errorText(error)}`);
    return null;
  }
}
