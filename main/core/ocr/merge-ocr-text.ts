/**
 * A record's text after OCR: the text of each page OCR read put in that page's place in the
 * body, the rest left as ingest extracted it. Pure: the index (ocr-writer.ts) reads the record,
 * calls this, and writes the result back with its full-text entry.
 *
 * A PDF's body is its pages joined by PAGE_SEPARATOR (document-parts.ts), trailing white space
 * removed, then its comments and form fields under heading lines; `pageStarts` says where each
 * page begins. Empty trailing pages leave no separator behind (they start at the end), which is
 * why the split below checks for a separator instead of assuming one. An image has no pages in
 * its body: OCR's pages become the body.
 */
import type { DocumentFacts } from '../../../shared/model/record.js';
import { PAGE_SEPARATOR } from '../documents/document-parts.js';

/** One page's text as OCR read it. */
export type OcrPageText = { page: number; text: string; meanConfidence: number; lang: string };

export type MergedOcrText = { body: string; document: DocumentFacts };

/** Where the sections composeDocument appends after the pages begin in the last page's slice. */
const TRAILING_SECTIONS = /(?:^|\n\n)(?:Comments|Form fields):\n/;

/** A record without document facts (an image attachment) gets these, so the OCR fact has a home. */
function imageFacts(): DocumentFacts {
  return {
    format: 'image',
    title: '',
    author: '',
    created: null,
    modified: null,
    fileModified: null,
    application: '',
    encoding: '',
    pageCount: null,
    pageStarts: [],
    pagesNeedingOcr: [],
  };
}

/** The body cut into its pages' texts (index 0 is page 1), and what follows the last page. */
export function splitPages(body: string, pageStarts: readonly number[]): { pages: string[]; trailer: string } {
  const starts = pageStarts.length === 0 ? [0] : pageStarts;
  const pages: string[] = [];
  for (let index = 0; index < starts.length; index += 1) {
    const start = Math.min(starts[index] ?? body.length, body.length);
    const next = starts[index + 1];
    if (next === undefined) {
      pages.push(body.slice(start));
      break;
    }
    const end = Math.min(next, body.length);
    const separated = end - PAGE_SEPARATOR.length >= start && body.slice(end - PAGE_SEPARATOR.length, end) === PAGE_SEPARATOR;
    pages.push(body.slice(start, separated ? end - PAGE_SEPARATOR.length : end));
  }
  const last = pages.length - 1;
  const lastText = pages[last] ?? '';
  const match = TRAILING_SECTIONS.exec(lastText);
  if (match === null) {
    return { pages, trailer: '' };
  }
  pages[last] = lastText.slice(0, match.index);
  return { pages, trailer: lastText.slice(match.index).replace(/^\n\n/, '') };
}

/** Pages joined as the PDF extractor joins them, with where each starts. */
export function joinPages(pages: readonly string[], trailer: string): { body: string; pageStarts: number[] } {
  const starts: number[] = [];
  let at = 0;
  for (const page of pages) {
    starts.push(at);
    at += page.length + PAGE_SEPARATOR.length;
  }
  const text = pages.join(PAGE_SEPARATOR).replace(/\s+$/, '');
  const body = [text, trailer].filter((section) => section !== '').join('\n\n');
  return { body, pageStarts: starts.map((start) => Math.min(start, text.length)) };
}

/** OCR text made safe to sit between page separators: no form feed of its own, no trailing blank lines. */
function cleanOcrText(text: string): string {
  return text.replace(/\f/g, '\n').replace(/\s+$/, '');
}

/**
 * The body and document facts of a record once `ocr` pages are in it. A page that already had
 * text (a garbled text layer re-read on request) is replaced, and its fact says so; the pages
 * read leave `pagesNeedingOcr`.
 */
export function mergeOcrText(body: string, document: DocumentFacts | null, ocr: readonly OcrPageText[]): MergedOcrText {
  const facts = document ?? imageFacts();
  const { pages, trailer } = splitPages(body, facts.pageStarts);
  const pageCount = Math.max(pages.length, facts.pageCount ?? 0, ...ocr.map((page) => page.page));
  while (pages.length < pageCount) {
    pages.push('');
  }
  const earlier = new Map((facts.ocr?.pages ?? []).map((fact) => [fact.page, fact]));
  for (const page of ocr) {
    const before = pages[page.page - 1] ?? '';
    // A page OCR read before keeps its first verdict: the text it replaced then was the file's.
    const replacedText = earlier.get(page.page)?.replacedText ?? before.trim() !== '';
    pages[page.page - 1] = cleanOcrText(page.text);
    earlier.set(page.page, { page: page.page, meanConfidence: page.meanConfidence, lang: page.lang, replacedText });
  }
  const joined = joinPages(pages, trailer);
  const read = new Set(ocr.map((page) => page.page));
  const merged: DocumentFacts = {
    ...facts,
    pageCount: facts.pageCount ?? pageCount,
    pageStarts: joined.pageStarts,
    pagesNeedingOcr: facts.pagesNeedingOcr.filter((page) => !read.has(page)),
    ocr: { pages: [...earlier.values()].sort((a, b) => a.page - b.page) },
  };
  return { body: joined.body, document: merged };
}

