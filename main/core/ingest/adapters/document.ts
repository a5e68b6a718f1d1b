/**
 * Documents found as files: PDF, DOCX, XLSX, HTML, RTF, and text, CSV and Markdown in any
 * encoding (main/core/documents). One file is one record. A document whose text cannot be read
 * (encrypted, damaged) is still a record, with its name, size, hash and the reason: it may be
 * responsive, and an officer must be able to withhold it or ask for the password.
 */
import { basename, extname } from 'node:path';
import { DocumentError, extractDocument } from '../../documents/extract-document.js';
import type { DocumentFormat, ExtractedDocument } from '../../documents/extracted-document.js';
import { guessContentType, OCTET_STREAM } from '../../mail/outlook/guess-content-type.js';
import { emptyRecord, type ExtractedItem, type Extractor } from '../adapter.js';
import { deflatedHtml, documentFacts } from '../document-record.js';
import { readWholeFile } from '../read-whole-file.js';

const FORMAT_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html',
  text: 'text/plain',
  csv: 'text/csv',
  markdown: 'text/markdown',
  rtf: 'application/rtf',
};

/** A property date only when it names its zone: a bare wall-clock time is no instant to sort by. */
function zonedDate(value: string | null): string | null {
  return value !== null && /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : null;
}

const extractor: Extractor = {
  async *extract(input) {
    const { bytes, sha256 } = await readWholeFile(input);
    const name = basename(input.relativePath);
    const guessed = guessContentType(name);
    // A file with no extension reached here as text (README, LICENSE, notes).
    const mimeType = guessed === OCTET_STREAM && extname(name) === '' ? 'text/plain' : guessed;
    let document: ExtractedDocument | null = null;
    const problems: ExtractedItem[] = [];
    try {
      document = await extractDocument(bytes, { fileName: name, mimeType }, { signal: input.signal });
    } catch (error) {
      if (!(error instanceof DocumentError)) {
        throw error;
      }
      problems.push({ type: 'problem', severity: 'error', locator: '', message: `Text not read (${error.reason}): ${error.message}. The file is indexed by name, size and hash.` });
    }
    for (const problem of document?.problems ?? []) {
      problems.push({ type: 'problem', severity: problem.severity, locator: problem.where, message: problem.message });
    }
    const fileModified = Number.isFinite(input.modifiedMs) && input.modifiedMs > 0 ? new Date(input.modifiedMs).toISOString() : null;
    yield {
      type: 'record',
      record: {
        ...emptyRecord('document'),
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
        document: document === null ? null : documentFacts(document, fileModified),
      },
    };
    yield* problems;
    return { sha256 };
  },
};

export default extractor;
