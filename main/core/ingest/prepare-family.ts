/**
 * What the worker does to every family before posting it: reads its files' text, and caps text.
 *
 * Text for the files a record carries (email attachments, chat media): every family passes
 * through here in the worker before it is posted, so there is one place where attachment bytes
 * become searchable text, and where those bytes are dropped so they never cross to the main
 * thread. A file that cannot be read keeps its name, size and hash and gets a problem naming it.
 */
import { DocumentError, extractDocument } from '../documents/extract-document.js';
import { documentFormatOf } from '../documents/document-format.js';
import { normaliseForIndex } from '../text/normalise-text.js';
import { decodeText } from '../text/text-decoding.js';
import type { ExtractedRecord } from './adapter.js';
import { deflatedHtml, documentFacts } from './document-record.js';

export type AttachmentProblem = { locator: string; severity: 'error' | 'warning'; message: string };

/** Text types the document extractors do not claim but whose bytes are still readable text. */
const OTHER_TEXT_TYPE = /^(text\/(calendar|x-vcard|vcard|rfc822-headers)|message\/delivery-status|application\/(json|xml))$/;
/** Larger attachments are listed with their hash, not read. */
export const MAX_ATTACHMENT_TEXT_BYTES = 64 * 1024 * 1024;

/** Reads one attachment's bytes as a document when it is one, else as text when its type is text. */
async function readOne(record: ExtractedRecord, content: Uint8Array, problems: AttachmentProblem[]): Promise<void> {
  const hint = { fileName: record.filename, mimeType: record.mimeType };
  if (documentFormatOf(hint.fileName, hint.mimeType, content.subarray(0, 4096)) !== null) {
    try {
      const document = await extractDocument(content, hint);
      if (document !== null) {
        record.body ||= document.text;
        record.document = documentFacts(document, null);
        record.htmlDeflated ??= deflatedHtml(document);
        for (const problem of document.problems) {
          problems.push({ locator: record.locator, severity: 'warning', message: `"${record.filename}"${problem.where ? ` ${problem.where}` : ''}: ${problem.message}` });
        }
      }
    } catch (error) {
      if (!(error instanceof DocumentError)) {
        throw error;
      }
      problems.push({ locator: record.locator, severity: 'warning', message: `"${record.filename}": text not read (${error.reason}): ${error.message}` });
    }
    return;
  }
  if (OTHER_TEXT_TYPE.test(record.mimeType)) {
    record.body ||= normaliseForIndex(decodeText(content).text);
  }
}

/** Fills in the text of every attachment in the family that still holds its bytes, and drops the bytes. */
export async function readAttachments(record: ExtractedRecord, problems: AttachmentProblem[]): Promise<void> {
  for (const child of record.children) {
    await readAttachments(child, problems);
  }
  const content = record.content;
  if (content === null) {
    return;
  }
  record.content = null;
  if (content.length > MAX_ATTACHMENT_TEXT_BYTES) {
    problems.push({ locator: record.locator, severity: 'warning', message: `"${record.filename}" is ${content.length} bytes: listed, its text not read` });
    return;
  }
  await readOne(record, content, problems);
}

/**
 * Text indexed per record. A longer body (a 100 MB single-line chat message, a dump pasted into a
 * document) is cut here with a warning: the search index, the viewer and the packet each hold a
 * record's text whole, and one record must not cost the case gigabytes. The file keeps it all.
 */
export const MAX_RECORD_TEXT_CHARS = 8 * 1024 * 1024;

/** Cuts every over-long body in the family to `MAX_RECORD_TEXT_CHARS`, naming each cut record. */
export function capText(record: ExtractedRecord, problems: AttachmentProblem[]): void {
  if (record.body.length > MAX_RECORD_TEXT_CHARS) {
    problems.push({
      locator: record.locator,
      severity: 'warning',
      message: `Text of ${record.body.length} characters cut to the first ${MAX_RECORD_TEXT_CHARS} for indexing; the file holds the rest`,
    });
    record.body = record.body.slice(0, MAX_RECORD_TEXT_CHARS);
  }
  for (const child of record.children) {
    capText(child, problems);
  }
}
