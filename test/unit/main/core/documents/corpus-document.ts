/**
 * Extracts a corpus document for the document tests: the file's name is its hint, as ingest
 * will give it, and the bytes are read fresh for each call (pdf.js must never see a shared buffer).
 */
import { readFileSync } from 'node:fs';
import { ZipArchive } from '../../../../../main/core/archive/zip-archive.js';
import { extractDocument } from '../../../../../main/core/documents/extract-document.js';
import type { ExtractedDocument, ExtractOptions } from '../../../../../main/core/documents/extracted-document.js';
import { corpusPath } from '../../../../support/corpus.js';
import type { TestZipEntry } from '../../../../support/zip-writer.js';

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

/** The files of a corpus zip package (DOCX, PPTX, ODT…) in their stored order, for building a changed copy. */
export async function corpusZipEntries(path: string): Promise<TestZipEntry[]> {
  const zip = await ZipArchive.open({ bytes: docsBytes(path) });
  try {
    const entries: TestZipEntry[] = [];
    for (const entry of zip.entries) {
      if (entry.path !== null && !entry.isDirectory) {
        // An OpenDocument package's mimetype entry must stay first and stored, as ODF requires.
        entries.push({ name: entry.path, data: await zip.read(entry, 10_000_000), deflate: entry.path !== 'mimetype' });
      }
    }
    return entries;
  } finally {
    zip.close();
  }
}

/** The entries with one part's text changed by `edit`. */
export function withPart(entries: readonly TestZipEntry[], name: string, edit: (xml: string) => string): TestZipEntry[] {
  return entries.map((entry) => (entry.name === name ? { ...entry, data: edit(new TextDecoder().decode(entry.data as Uint8Array)) } : entry));
}
