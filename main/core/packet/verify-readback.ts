/**
 * Reads a built packet back the way a recipient's viewer does, with pdf.js rather than the code
 * that wrote it: each page's text layer, each page's annotations, the document properties and
 * XMP metadata, and the bookmarks. What a viewer shows outside the pages (properties, bookmarks,
 * annotation pop-ups) is returned as strings with where they were found, for the leak check.
 *
 * pdf.js runs in this thread (pdfjs-loader.ts), never evaluates code, loads no system fonts and
 * is given bytes only. Text is read with pdf.js's own normalisation off: the check folds text
 * itself (verify-text-match.ts), and the normalisation costs a sixth of the read time.
 *
 * pdf.js is imported on first use, not with this module: its legacy build installs core-js
 * polyfills over built-ins of the whole thread (Array.prototype.push about 4× slower,
 * JSON.stringify about 10× slower on Node 20), so a process that only builds packets should
 * not pay for it.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../../shared/errors.js';
import { xmpStrings } from './verify-raw-strings.js';

/**
 * Where a string outside the page text was found. `pdf-object`: only by reading the file's
 * objects (verify-raw-strings.ts); `load-file`: a DAT or OPT beside the PDFs (verify-load-file.ts).
 */
export type OutsidePlace = 'metadata' | 'outline' | 'annotation' | 'pdf-object' | 'load-file';

export type OutsideString = {
  place: OutsidePlace;
  /** For messages: "Document properties (Title)", "A bookmark", "An annotation's text (Text)". */
  where: string;
  /** 0-based page, for annotations. */
  pageIndex?: number;
  text: string;
};

export type PacketReadback = {
  pageCount: number;
  /** Each page's text layer in content order, a newline where pdf.js sees a line end. */
  pageTexts: string[];
  outside: OutsideString[];
};

/** Annotation properties (as pdf.js names them) that carry text a viewer can show or copy, and what to call them. */
const ANNOTATION_TEXT_KEYS = {
  contents: 'text',
  contentsObj: 'text',
  richText: 'text',
  overlaidText: 'text',
  textContent: 'shown text',
  title: 'author',
  titleObj: 'author',
  alternativeText: 'description',
  fieldName: 'field name',
  fieldValue: 'form value',
  defaultFieldValue: 'form value',
  buttonValue: 'form value',
  exportValue: 'form value',
  options: 'form value',
  url: 'link',
  unsafeUrl: 'link',
  actions: 'script',
} as const satisfies Record<string, string>;

/** Deep enough for pdf.js's annotation data ({ contentsObj: { str } }, options: [{ displayValue }]). */
const MAX_DEPTH = 5;

/** Every string inside `value` (objects and arrays walked to MAX_DEPTH). */
export function stringsIn(value: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') {
    if (value.trim() !== '') {
      out.push(value);
    }
  } else if (depth < MAX_DEPTH && Array.isArray(value)) {
    for (const entry of value) {
      stringsIn(entry, out, depth + 1);
    }
  } else if (depth < MAX_DEPTH && value !== null && typeof value === 'object') {
    for (const entry of Object.values(value)) {
      stringsIn(entry, out, depth + 1);
    }
  }
  return out;
}

function annotationStrings(annotations: readonly Record<string, unknown>[], pageIndex: number): OutsideString[] {
  const found: OutsideString[] = [];
  for (const annotation of annotations) {
    const kind = typeof annotation.subtype === 'string' ? annotation.subtype : 'annotation';
    for (const [key, label] of Object.entries(ANNOTATION_TEXT_KEYS)) {
      for (const text of stringsIn(annotation[key])) {
        found.push({ place: 'annotation', where: `An annotation's ${label} (${kind})`, pageIndex, text });
      }
    }
  }
  return found;
}

type OutlineNode = { title: string; items: OutlineNode[] };

function outlineStrings(nodes: readonly OutlineNode[], out: OutsideString[], depth = 0): void {
  for (const node of nodes) {
    out.push({ place: 'outline', where: 'A bookmark', text: node.title });
    // pdf.js has already refused cycles; the depth bound is for a hostile, very deep outline.
    if (depth < 64) {
      outlineStrings(node.items, out, depth + 1);
    }
  }
}

async function metadataStrings(pdf: PDFDocumentProxy): Promise<OutsideString[]> {
  const found: OutsideString[] = [];
  const { info, metadata } = await pdf.getMetadata();
  for (const [key, value] of Object.entries(info as Record<string, unknown>)) {
    for (const text of stringsIn(value)) {
      found.push({ place: 'metadata', where: `Document properties (${key})`, text });
    }
  }
  const raw: unknown = metadata?.getRaw();
  if (typeof raw === 'string') {
    for (const text of xmpStrings(raw)) {
      found.push({ place: 'metadata', where: 'XMP metadata', text });
    }
  }
  return found;
}

async function pageText(pdf: PDFDocumentProxy, number: number, outside: OutsideString[]): Promise<string> {
  const page = await pdf.getPage(number);
  try {
    const content = await page.getTextContent({ disableNormalization: true });
    let text = '';
    for (const item of content.items) {
      if ('str' in item) {
        text += item.str + (item.hasEOL ? '\n' : '');
      }
    }
    outside.push(...annotationStrings((await page.getAnnotations()) as Record<string, unknown>[], number - 1));
    return text;
  } finally {
    page.cleanup();
  }
}

/**
 * Reads `bytes` back. Throws `source-unreadable` when pdf.js cannot open the file or read one
 * of its pages, `cancelled` when `signal` aborts (checked between pages).
 */
export async function readBackPacket(bytes: Uint8Array, signal?: AbortSignal): Promise<PacketReadback> {
  const { defaultPdfAssets, loadPdfJs, safeDocumentParameters } = await import('../documents/pdf/pdfjs-loader.js');
  const pdfjs = loadPdfJs();
  const assets = defaultPdfAssets();
  // Pages copied from records' own PDFs may use predefined CJK CMaps and standard fonts.
  const task = pdfjs.getDocument(safeDocumentParameters(pdfjs, bytes, assets));
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw new AppError('source-unreadable', `The packet cannot be opened by a PDF reader: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const outside: OutsideString[] = await metadataStrings(pdf);
    outlineStrings(((await pdf.getOutline()) ?? []) as OutlineNode[], outside);
    const pageTexts: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      if (signal?.aborted === true) {
        throw new AppError('cancelled', 'The packet check was cancelled');
      }
      try {
        pageTexts.push(await pageText(pdf, number, outside));
      } catch (error) {
        throw new AppError('source-unreadable', `Page ${number} of the packet cannot be read by a PDF reader: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return { pageCount: pdf.numPages, pageTexts, outside };
  } finally {
    await task.destroy();
  }
}
