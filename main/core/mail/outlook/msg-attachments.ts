/**
 * The attachment table of one .msg object, as MailAttachments. Files attached by value keep their
 * bytes; an embedded Outlook item becomes both a parsed `message` and, as its content, a standalone
 * .msg file rebuilt by msgreader (so it can be exported like any other attachment); OLE objects keep
 * their storage as a compound file; attachments stored by reference have no bytes and say so.
 * Anything unreadable becomes a problem on the message, never an exception.
 */
import type { AttachmentData, FieldsData } from '@kenjiuno/msgreader';
import type { MailAttachment, MailMessage, MailProblem } from '../mail-message.js';
import { errorText } from './error-text.js';
import { MsgProperties } from './msg-properties.js';
import type { CapturedTimes } from './msg-properties.js';
import {
  ATTACH_BY_REF_ONLY,
  ATTACH_BY_REF_RESOLVE,
  ATTACH_BY_REFERENCE,
  ATTACH_BY_VALUE,
  ATTACH_EMBEDDED_MSG,
  ATTACH_OLE,
  attachmentPart,
  buildAttachment,
  MAX_NESTING,
} from './outlook-attachment.js';

const PR_ATTACH_METHOD = 0x3705;
const PR_ATTACH_FILENAME = 0x3704;
const PR_ATTACH_LONG_FILENAME = 0x3707;
const PR_ATTACH_LONG_PATHNAME = 0x370d;
const PR_ATTACH_PATHNAME = 0x3708;
const PR_ATTACH_MIME_TAG = 0x370e;
const PR_ATTACH_CONTENT_ID = 0x3712;
const PR_ATTACH_FLAGS = 0x3714;
const PR_ATTACHMENT_HIDDEN = 0x7ffe;

export type MsgContext = {
  /** The msgreader instance that parsed the file: it reads attachment bytes on demand. */
  reader: { getAttachment(attachment: FieldsData): AttachmentData };
  times: CapturedTimes;
  /** Parses an embedded message object at the given depth. */
  readNested(fields: FieldsData, codePage: number | null, depth: number): MailMessage;
};

export function readMsgAttachments(
  context: MsgContext,
  attachments: FieldsData[],
  codePage: number | null,
  depth: number,
): { attachments: MailAttachment[]; problems: MailProblem[] } {
  const out: MailAttachment[] = [];
  const problems: MailProblem[] = [];
  attachments.forEach((attachment, index) => {
    const props = new MsgProperties(attachment, context.times.get(attachment), codePage);
    const embedded = attachment.innerMsgContent === true;
    const method = props.integer(PR_ATTACH_METHOD) ?? (embedded ? ATTACH_EMBEDDED_MSG : ATTACH_BY_VALUE);
    const facts = {
      index,
      longFilename: props.string(PR_ATTACH_LONG_FILENAME),
      filename: props.string(PR_ATTACH_FILENAME),
      mimeTag: props.string(PR_ATTACH_MIME_TAG),
      contentId: props.string(PR_ATTACH_CONTENT_ID),
      hidden: props.boolean(PR_ATTACHMENT_HIDDEN),
      flags: props.integer(PR_ATTACH_FLAGS) ?? 0,
      method,
    };
    const problem = (message: string): void => {
      problems.push({ part: attachmentPart(index), message });
    };
    if (method === ATTACH_BY_REFERENCE || method === ATTACH_BY_REF_RESOLVE || method === ATTACH_BY_REF_ONLY) {
      const path = props.string(PR_ATTACH_LONG_PATHNAME) || props.string(PR_ATTACH_PATHNAME);
      problem(`the attachment is a link to ${path || 'a file outside the message'}; its content is not in the message`);
      out.push(buildAttachment(facts, null, null));
      return;
    }
    let message: MailMessage | null = null;
    if (embedded && method !== ATTACH_OLE && attachment.innerMsgContentFields !== undefined) {
      if (depth + 1 > MAX_NESTING) {
        problem(`embedded message nested deeper than ${MAX_NESTING} levels was not read`);
      } else {
        try {
          message = context.readNested(attachment.innerMsgContentFields, codePage, depth + 1);
        } catch (error) {
          problem(`the embedded message could not be read: ${errorText(error)}`);
        }
      }
    }
    let content: Uint8Array | null = null;
    if (embedded || attachment.dataId !== undefined) {
      try {
        content = context.reader.getAttachment(attachment).content;
      } catch (error) {
        problem(`the attachment's content could not be read: ${errorText(error)}`);
      }
    } else {
      problem('the attachment has no content');
    }
    out.push(buildAttachment(facts, content, message));
  });
  return { attachments: out, problems };
}
