/**
 * Reads an assembled packet back the way a recipient's tools would, without trusting the code
 * that wrote it: pdf.js for text, bookmarks, metadata and annotations (as test/support/pdf-text.ts
 * loads it), and pdf-lib's parser for every object in the file, decoded, to prove something is
 * absent (an author's name, an annotation's text, a script) anywhere, not just on the pages.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFStream, PDFString, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type ReadBack = {
  pages: string[];
  outline: Array<{ title: string; pageIndex: number }>;
  info: Record<string, unknown>;
  /** An XMP metadata stream was found. */
  hasXmp: boolean;
  annotationsPerPage: number[];
  pageSizes: Array<[number, number]>;
};

export async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    const annotationsPerPage: number[] = [];
    const pageSizes: Array<[number, number]> = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      annotationsPerPage.push((await page.getAnnotations()).length);
      const [, , width, height] = page.view;
      pageSizes.push([width ?? 0, height ?? 0]);
      page.cleanup();
    }
    const outline: ReadBack['outline'] = [];
    for (const item of (await pdf.getOutline()) ?? []) {
      const dest = Array.isArray(item.dest) ? item.dest : item.dest === null ? null : await pdf.getDestination(item.dest);
      const target: unknown = dest?.[0];
      const pageIndex = target !== null && typeof target === 'object' ? await pdf.getPageIndex(target as { num: number; gen: number }) : -1;
      outline.push({ title: item.title, pageIndex });
    }
    const { info, metadata } = await pdf.getMetadata();
    return { pages, outline, info: info as Record<string, unknown>, hasXmp: metadata !== null, annotationsPerPage, pageSizes };
  } finally {
    await task.destroy();
  }
}

function collect(object: PDFObject, out: string[]): void {
  if (object instanceof PDFString || object instanceof PDFHexString) {
    out.push(object.decodeText());
  } else if (object instanceof PDFName) {
    out.push(object.asString());
  } else if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      out.push(key.asString());
      collect(value, out);
    }
  } else if (object instanceof PDFArray) {
    for (const value of object.asArray()) {
      collect(value, out);
    }
  } else if (object instanceof PDFStream) {
    collect(object.dict, out);
    if (object instanceof PDFRawStream) {
      try {
        out.push(new TextDecoder('latin1').decode(decodePDFRawStream(object).decode()));
      } catch {
        // A filter pdf-lib cannot decode (images): its bytes are not text anyway.
      }
    }
  }
}

/** Every name, string and decodable stream of the file, as one text to search. */
export async function allObjectText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const out: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    collect(object, out);
  }
  return out.join('\n');
}
