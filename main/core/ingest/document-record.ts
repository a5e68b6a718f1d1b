/**
 * A document's extracted text and properties as a record's fields: shared by documents found as
 * files and documents found attached to an email or sent in a chat, so both are searchable and
 * described the same way.
 */
import { deflateRawSync } from 'node:zlib';
import type { DocumentFacts } from '../../../shared/model/record.js';
import type { ExtractedDocument } from '../documents/extracted-document.js';

/** Where each page starts in the text: pages are separated by a line holding only a form feed. */
export function pageStarts(text: string, pageCount: number): number[] {
  if (pageCount === 0) {
    return [];
  }
  const starts = [0];
  for (let at = text.indexOf('\n\f\n'); at >= 0 && starts.length < pageCount; at = text.indexOf('\n\f\n', at + 3)) {
    starts.push(at + 3);
  }
  // Pages with no text at all (a scan) may leave no separator behind: they start at the end.
  while (starts.length < pageCount) {
    starts.push(text.length);
  }
  return starts;
}

export function documentFacts(document: ExtractedDocument, fileModified: string | null): DocumentFacts {
  const { metadata } = document;
  return {
    format: document.format,
    title: metadata.title,
    author: metadata.author,
    created: metadata.created,
    modified: metadata.modified,
    fileModified,
    application: [metadata.application, metadata.producer].filter((part) => part !== '').join(' / '),
    encoding: metadata.encoding,
    pageCount: metadata.pageCount,
    pageStarts: pageStarts(document.text, document.pages.length),
    pagesNeedingOcr: document.pages.filter((page) => page.needsOcr).map((page) => page.number),
  };
}

/** The markup a document came with (DOCX as HTML, an HTML file's own), deflated for the index; never rendered unsanitised. */
export function deflatedHtml(document: ExtractedDocument): Uint8Array | null {
  return document.html === null || document.html === '' ? null : deflateRawSync(Buffer.from(document.html, 'utf8'));
}
