/**
 * Plain text, CSV and Markdown: decoded in whatever encoding the bytes are in (see
 * text/text-decoding.ts), kept as written. CSV stays CSV: every cell is already searchable text,
 * and the officer sees the export as its custodian did. Markdown stays Markdown for the same reason.
 *
 * Bounded: at most the text limit is decoded, however long the file (a 100 MB single-line log
 * becomes 16 Mi characters and a warning, not 200 MB of string).
 */
import { decodeText, type DecodedText } from '../../text/text-decoding.js';
import type { DocumentParts } from '../document-parts.js';
import { DocumentError, emptyMetadata, type DocumentFormat, type DocumentLimits, type DocumentProblem } from '../extracted-document.js';

/** True when the start holds NUL bytes that no text encoding here produces (UTF-16 aside): a binary file. */
export function looksBinary(bytes: Uint8Array, decoded: Pick<DecodedText, 'encoding'>): boolean {
  if (decoded.encoding.startsWith('utf-16')) {
    return false;
  }
  const head = bytes.subarray(0, 8192);
  let nuls = 0;
  for (const byte of head) {
    if (byte === 0) {
      nuls++;
    }
  }
  return nuls > 0 && nuls * 100 >= head.length;
}

/** The warning that says how the encoding was chosen, when it was not certain. */
export function encodingProblem(decoded: DecodedText): DocumentProblem | null {
  switch (decoded.basis) {
    case 'bom':
    case 'valid-utf-8':
    case 'utf-16-pattern':
      return null;
    case 'mostly-utf-8':
      return { where: '', message: 'read as UTF-8; some bytes are not valid UTF-8 and show as U+FFFD', severity: 'warning' };
    case 'detected':
      return { where: '', message: `not UTF-8: read as ${decoded.encoding} (detected from the text)`, severity: 'warning' };
    case 'fallback':
      return { where: '', message: 'not UTF-8: read as windows-1252 (no other encoding was recognised)', severity: 'warning' };
  }
}

/** Reads a text, CSV or Markdown file. Throws DocumentError when it is binary data. */
export function extractPlainText(bytes: Uint8Array, format: Extract<DocumentFormat, 'text' | 'csv' | 'markdown'>, limits: DocumentLimits): DocumentParts {
  const decoded = decodeText(bytes, { maxChars: limits.maxTextChars });
  if (looksBinary(bytes, decoded)) {
    throw new DocumentError('wrong-format', `not ${format === 'text' ? 'a text file' : `a ${format} file`}: the bytes are binary data`);
  }
  const problems: DocumentProblem[] = [];
  const encoding = encodingProblem(decoded);
  if (encoding) {
    problems.push(encoding);
  }
  if (decoded.truncated) {
    problems.push({ where: '', message: `only the first ${limits.maxTextChars} characters were read (text limit)`, severity: 'warning' });
  }
  return {
    format,
    body: decoded.text,
    pages: [],
    comments: [],
    fields: [],
    html: null,
    metadata: { ...emptyMetadata(), encoding: decoded.encoding },
    problems,
  };
}
