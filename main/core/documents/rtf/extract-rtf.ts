/**
 * An RTF document: the body through the bounded RTF reader that Outlook bodies use, plus the
 * \info properties and Word comments that reader leaves out (rtf-side-text.ts). Embedded objects
 * and pictures are not read. A word longer than the tokenizer keeps (1 MiB) and a body longer
 * than the reader keeps (16 Mi characters) are each one warning.
 */
import { MAX_WORD_BYTES, rtfToText } from '../../mail/outlook/rtf-to-text.js';
import type { DocumentParts } from '../document-parts.js';
import { DocumentError, emptyMetadata, type DocumentProblem } from '../extracted-document.js';
import { rtfSideText } from './rtf-side-text.js';

function startsAsRtf(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return new TextDecoder('latin1').decode(bytes.subarray(start, start + 5)) === '{\\rtf';
}

/** Reads an RTF document. Throws DocumentError when the bytes do not start as RTF. */
export function extractRtf(bytes: Uint8Array): DocumentParts {
  if (!startsAsRtf(bytes)) {
    throw new DocumentError('wrong-format', 'not an RTF document: it does not start with {\\rtf');
  }
  const content = rtfToText(bytes);
  const side = rtfSideText(bytes);
  const problems: DocumentProblem[] = [];
  if (content.cutWords > 0) {
    // One warning for the document, however many: the count says how much was cut.
    problems.push({
      where: '',
      message: `${content.cutWords === 1 ? 'a word' : `${content.cutWords} words`} of more than ${MAX_WORD_BYTES / 1024 / 1024} MiB with no space (data, not prose) cut to the first ${MAX_WORD_BYTES / 1024 / 1024} MiB; the text around read as usual`,
      severity: 'warning',
    });
  }
  if (content.truncated) {
    problems.push({ where: '', message: 'the RTF text is longer than the reader keeps; the rest was not read', severity: 'warning' });
  }
  return {
    format: 'rtf',
    body: content.text,
    pages: [],
    comments: side.comments.map((comment) => ({ where: '', author: comment.author || comment.initials, date: null, kind: 'comment', text: comment.text })),
    fields: [],
    html: content.html === '' ? null : content.html,
    metadata: {
      ...emptyMetadata(),
      title: side.info.title ?? '',
      author: side.info.author ?? '',
      subject: side.info.subject ?? side.info.doccomm ?? '',
      keywords: side.info.keywords ?? '',
      lastModifiedBy: side.info.operator ?? '',
      created: side.created,
      modified: side.modified,
      pageCount: side.pageCount,
    },
    problems,
  };
}
