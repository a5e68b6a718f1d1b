/**
 * What the worker does to every family before posting it: reads its files' text, and caps text.
 *
 * Text for the files a record carries (email attachments, chat media): every family passes
 * through here in the worker before it is posted, so there is one place where attachment bytes
 * become searchable text, and where those bytes are dropped so they never cross to the main
 * thread. A file that cannot be read keeps its name, size and hash and gets a problem naming it.
 */
import { htmlToText } from '../text/html-to-text.js';
import { normaliseForIndex } from '../text/normalise-text.js';
import { decodeText } from '../text/text-decoding.js';
import type { ExtractedRecord } from './adapter.js';

export type AttachmentProblem = { locator: string; severity: 'error' | 'warning'; message: string };

/** Text types readable without a document extractor. */
const TEXT_TYPE = /^(text\/(plain|csv|tab-separated-values|markdown|calendar|x-vcard|vcard|rfc822-headers)|message\/delivery-status|application\/(json|xml))$/;
const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)$/;
/** Larger attachments are listed with their hash, not read. */
export const MAX_ATTACHMENT_TEXT_BYTES = 64 * 1024 * 1024;

async function textOf(record: ExtractedRecord, content: Uint8Array): Promise<string> {
  if (TEXT_TYPE.test(record.mimeType)) {
    return normaliseForIndex(decodeText(content).text);
  }
  if (HTML_TYPE.test(record.mimeType)) {
    return normaliseForIndex(htmlToText(decodeText(content).text));
  }
  return '';
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
  try {
    const text = await textOf(record, content);
    if (record.body === '') {
      record.body = text;
    }
  } catch (error) {
    problems.push({ locator: record.locator, severity: 'warning', message: `"${record.filename}": ${error instanceof Error ? error.message : String(error)}` });
  }
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
