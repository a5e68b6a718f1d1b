/**
 * One document's bytes as a record and its problems: a file in a source folder, or a file inside
 * an archive. A document whose text cannot be read (encrypted, damaged) is still a record, with
 * its name, size, hash and the reason: it may be responsive, and an officer must be able to
 * withhold it or ask for the password.
 */
import { extname } from 'node:path';
import { DocumentError, extractDocument } from '../documents/extract-document.js';
import type { DocumentFormat, ExtractedDocument } from '../documents/extracted-document.js';
import { guessContentType, OCTET_STREAM } from '../mail/outlook/guess-content-type.js';
import { sha256Hex } from '../util/hash.js';
import { emptyRecord, type ExtractedItem, type ExtractedRecord } from './adapter.js';
import { deflatedHtml, documentFacts } from './document-record.js';

const FORMAT_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  html: 'text/html',
  text: 'text/plain',
  csv: 'text/csv',
  markdown: 'text/markdown',
  rtf: 'application/rtf',
  image: 'application/octet-stream',
};

/** A property date only when it names its zone: a bare wall-clock time is no instant to sort by. */
function zonedDate(value: string | null): string | null {
  return value !== null && /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : null;
}

export type DocumentFile = {
  bytes: Uint8Array;
  /** The file's own name, for its format and title. */
  name: string;
  /** Where it is inside its container ('' for a file of its own). */
  locator: string;
  /** ISO time the file system or the archive gives; null when none. */
  fileModified: string | null;
  signal: AbortSignal;
};

/** The record for one document and the problems met reading it, in that order. */
export async function readDocumentFile(file: DocumentFile): Promise<{ record: ExtractedRecord; problems: ExtractedItem[] }> {
  const { bytes, name, locator } = file;
  const sha256 = sha256Hex(bytes);
  const guessed = guessContentType(name);
  // A file with no extension reached here as text (README, LICENSE, notes).
  const mimeType = guessed === OCTET_STREAM && extname(name) === '' ? 'text/plain' : guessed;
  let document: ExtractedDocument | null = null;
  const problems: ExtractedItem[] = [];
  try {
    document = await extractDocument(bytes, { fileName: name, mimeType }, { signal: file.signal });
  } catch (error) {
    if (!(error instanceof DocumentError)) {
      throw error;
    }
    problems.push({ type: 'problem', severity: 'error', locator, message: `Text not read (${error.reason}): ${error.message}. The file is indexed by name, size and hash.` });
  }
  for (const problem of document?.problems ?? []) {
    problems.push({ type: 'problem', severity: problem.severity, locator: [locator, problem.where].filter(Boolean).join(' '), message: problem.message });
  }
  const record: ExtractedRecord = {
    ...emptyRecord('document'),
    locator,
    // A file's identity is its bytes: the same document found twice is one record.
    identity: `${sha256}\n`,
    contentSha256: sha256,
    itemSha256: sha256,
    sizeBytes: bytes.length,
    title: document?.metadata.title.trim() || name,
    subject: name,
    filename: name,
    mimeType: mimeType === OCTET_STREAM && document !== null ? FORMAT_TYPES[document.format] : mimeType,
    body: document?.text ?? '',
    htmlDeflated: document === null ? null : deflatedHtml(document),
    names: [name],
    dateIso: zonedDate(document?.metadata.modified ?? null) ?? zonedDate(document?.metadata.created ?? null),
    document: document === null ? null : documentFacts(document, file.fileModified),
  };
  return { record, problems };
}
