/**
 * Extracts a corpus document for the document tests: the file's name is its hint, as ingest
 * will give it, and the bytes are read fresh for each call (pdf.js must never see a shared buffer).
 */
import { readFileSync } from 'node:fs';
import { extractDocument } from '../../../../../main/core/documents/extract-document.js';
import type { ExtractedDocument, ExtractOptions } from '../../../../../main/core/documents/extracted-document.js';
import { corpusPath } from '../../../../support/corpus.js';

/** The bytes of a file under the corpus's docs/ folder. */
export function docsBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(corpusPath('docs', path)));
}

/** Extracts docs/<path>, failing the test when the format is not recognised. */
export async function extractCorpus(path: string, options: ExtractOptions = {}, mimeType = ''): Promise<ExtractedDocument> {
  const document = await extractDocument(docsBytes(path), { fileName: path.split('/').pop() ?? path, mimeType }, options);
  if (document === null) {
    throw new Error(`${path} was not recognised as a document`);
  }
  return document;
}

/** The warnings and errors as "where: message" lines, for readable assertions. */
export function problemLines(document: ExtractedDocument): string[] {
  return document.problems.map((problem) => (problem.where === '' ? problem.message : `${problem.where}: ${problem.message}`));
}
