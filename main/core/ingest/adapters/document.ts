/**
 * Documents found as files: PDF, DOCX, XLSX, PPTX, OpenDocument (ODT, ODS, ODP), HTML, RTF, and
 * text, CSV and Markdown in any encoding (main/core/documents), one record per file (document-file.ts).
 */
import { basename } from 'node:path';
import type { Extractor } from '../adapter.js';
import { readDocumentFile } from '../document-file.js';
import { readWholeFile } from '../read-whole-file.js';

const extractor: Extractor = {
  async *extract(input) {
    const { bytes, sha256 } = await readWholeFile(input);
    const fileModified = Number.isFinite(input.modifiedMs) && input.modifiedMs > 0 ? new Date(input.modifiedMs).toISOString() : null;
    const { record, problems } = await readDocumentFile({ bytes, name: basename(input.relativePath), locator: '', fileModified, signal: input.signal });
    yield { type: 'record', record };
    yield* problems;
    return { sha256 };
  },
};

export default extractor;
