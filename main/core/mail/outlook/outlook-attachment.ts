/**
 * One Outlook attachment as a MailAttachment, whichever reader found it. Both readers collect
 * the same few properties (PR_ATTACH_LONG_FILENAME / PR_ATTACH_FILENAME, PR_ATTACH_MIME_TAG,
 * PR_ATTACH_CONTENT_ID, PR_ATTACHMENT_HIDDEN, PR_ATTACH_FLAGS, PR_ATTACH_METHOD) and hand them here,
 * so names, types and dispositions come out the same from a .msg and from a .pst.
 */
import { sha256Hex } from '../../util/hash.js';
import type { MailAttachment, MailMessage } from '../mail-message.js';
import { guessContentType, normaliseMimeTag, OCTET_STREAM } from './guess-content-type.js';

/** PR_ATTACH_METHOD values ([MS-OXCMSG] 2.2.2.9). */
export const ATTACH_BY_VALUE = 1;
export const ATTACH_BY_REFERENCE = 2;
export const ATTACH_BY_REF_RESOLVE = 3;
export const ATTACH_BY_REF_ONLY = 4;
export const ATTACH_EMBEDDED_MSG = 5;
export const ATTACH_OLE = 6;

/** ATT_MHTML_REF in PR_ATTACH_FLAGS: the attachment is referenced from the HTML body. */
const ATT_MHTML_REF = 0x4;

/** Embedded items nest; beyond this depth they are listed but not parsed. */
export const MAX_NESTING = 20;

/** An embedded Outlook item is a .msg file in its own right. */
export const OUTLOOK_ITEM_TYPE = 'application/vnd.ms-outlook';

export type OutlookAttachmentFacts = {
  index: number;
  longFilename: string;
  filename: string;
  mimeTag: string;
  contentId: string;
  hidden: boolean;
  flags: number;
  method: number;
};

/** The partId for the attachment at `index` in its message's attachment table. */
export function attachmentPartId(index: number): string {
  return `att-${index}`;
}

/** The MailProblem part name for the attachment at `index`. */
export function attachmentPart(index: number): string {
  return `attachment ${index}`;
}

/** Builds the attachment; `content` null means the bytes could not be read (size 0, sha256 ''). */
export function buildAttachment(facts: OutlookAttachmentFacts, content: Uint8Array | null, message: MailMessage | null): MailAttachment {
  const filename = (facts.longFilename || facts.filename).trim();
  // A declared application/octet-stream says nothing; the extension then says more.
  const tagged = normaliseMimeTag(facts.mimeTag);
  let contentType = tagged !== '' && tagged !== OCTET_STREAM ? tagged : guessContentType(filename);
  if (contentType === OCTET_STREAM && facts.method === ATTACH_EMBEDDED_MSG) {
    contentType = OUTLOOK_ITEM_TYPE;
  }
  const inline = facts.hidden || (facts.flags & ATT_MHTML_REF) !== 0;
  return {
    partId: attachmentPartId(facts.index),
    filename,
    contentType,
    disposition: inline ? 'inline' : 'attachment',
    contentId: facts.contentId.trim().replace(/^<(.*)>$/, '$1'),
    size: content?.length ?? 0,
    sha256: content === null ? '' : sha256Hex(content),
    content,
    message,
    containedNames: [],
  };
}
