/**
 * PDF text, page by page, with pdf.js; plus what pdf.js keeps out of the page text: annotation
 * comments, AcroForm values, and the data of dynamic XFA forms, whose pages say only "Please wait…".
 *
 * pdf.js is told never to evaluate code (isEvalSupported: false), never to load fonts into a page
 * (disableFontFace) or use system fonts, and it is only ever given bytes, never a URL. XFA layout
 * is enabled only for the second pass that reads a dynamic form's data; XFA scripts never run
 * (there is no scripting sandbox here).
 *
 * A page without text is checked for images: a scan needs OCR and says so. Encrypted files open
 * with one of the officer's passwords or fail naming the problem. Damaged files are repaired where
 * pdf.js can (it rebuilds a bad cross-reference table) and fail with a DocumentError otherwise.
 * Every loop is bounded: pages, characters, wall-clock time, and the abort signal between pages.
 */
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentParts } from '../document-parts.js';
import type { DocumentComment, DocumentField, DocumentLimits, DocumentPage, DocumentProblem, PdfAssets } from '../extracted-document.js';
import { DocumentError } from '../extracted-document.js';
import { commentsFromAnnotations, fieldsFromAnnotations, type AnnotationData } from './pdf-annotations.js';
import { pdfMetadata } from './pdf-metadata.js';
import { passwordCandidates } from './pdf-passwords.js';
import { layOutPageText, type PositionedText } from './pdf-text-layout.js';
import { defaultPdfAssets, loadPdfJs, safeDocumentParameters, type PdfJs } from './pdfjs-loader.js';
import { withDeadline } from '../../util/with-deadline.js';
import { xfaFields } from './xfa-fields.js';

/** The options extractPdf takes, limits already resolved. */
export type PdfOptions = {
  signal?: AbortSignal;
  passwords: readonly string[];
  limits: DocumentLimits;
  pdfAssets?: PdfAssets;
};

/** Below this many non-space characters a page is checked for a scanned image. */
const SPARSE_TEXT_CHARS = 50;
/** Vector paths drawn on a page without text, above which its text is probably outlines. */
const OUTLINE_TEXT_PATHS = 300;
/** What a dynamic XFA form shows to readers that cannot lay it out. */
const XFA_PLACEHOLDER = /please wait|if this message is not eventually replaced/i;

/** True when the bytes carry a PDF header where readers look for it (the first kilobyte). */
export function looksLikePdf(head: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  return text.includes('%PDF-');
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function documentParameters(pdfjs: PdfJs, data: Uint8Array, assets: PdfAssets, enableXfa: boolean, maxImagePixels: number): Parameters<PdfJs['getDocument']>[0] {
  return {
    ...safeDocumentParameters(pdfjs, data, assets),
    isImageDecoderSupported: false,
    enableXfa,
    stopAtErrors: false,
    // pdf.js drops (and so never decodes) a larger image: this bounds the memory of the scan check.
    maxImageSize: maxImagePixels,
  };
}

type Opened = { task: PDFDocumentLoadingTask; document: PDFDocumentProxy; passwordUsed: boolean };

/** Opens the document, answering pdf.js's password requests from the officer's list. */
async function open(pdfjs: PdfJs, bytes: Uint8Array, options: PdfOptions, enableXfa: boolean): Promise<Opened> {
  const task = pdfjs.getDocument(documentParameters(pdfjs, bytes, options.pdfAssets ?? defaultPdfAssets(), enableXfa, options.limits.maxImagePixels));
  const candidates = passwordCandidates(options.passwords);
  let requests = 0;
  task.onPassword = (update: (password: string) => void) => {
    const next = candidates[requests++];
    if (next === undefined) {
      throw new DocumentError('encrypted', 'password');
    }
    update(next);
  };
  try {
    const document = await withDeadline(task.promise, options.limits.maxMilliseconds, () => new DocumentError('damaged', `the PDF did not open within ${options.limits.maxMilliseconds} ms`));
    return { task, document, passwordUsed: requests > 0 };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if (requests > 0 || errorName(error) === 'PasswordException') {
      throw new DocumentError('encrypted', options.passwords.length === 0
        ? 'encrypted: the PDF needs a password to open'
        : `encrypted: none of the ${options.passwords.length} passwords given opens the PDF`);
    }
    if (error instanceof DocumentError) {
      throw error;
    }
    throw new DocumentError('damaged', `the PDF cannot be read: ${errorMessage(error)}`);
  }
}

function nonSpaceLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** What a page draws besides text, as counted from its operator list. */
export type PaintCounts = { images: number; paths: number; placements: number };

/**
 * Counts image paints, vector paths and coordinate changes on a page. This decodes the page's
 * images, so it runs only for pages with little text. An image over the pixel limit is dropped by
 * pdf.js without a trace except the transform that placed it, hence `placements`.
 */
async function paintCounts(pdfjs: PdfJs, page: PDFPageProxy): Promise<PaintCounts> {
  const ops = pdfjs.OPS;
  const imageOps = new Set<number>([
    ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat,
    ops.paintImageMaskXObjectRepeat, ops.paintInlineImageXObjectGroup, ops.paintImageMaskXObjectGroup,
  ]);
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const counts: PaintCounts = { images: 0, paths: 0, placements: 0 };
  for (const op of list.fnArray) {
    if (imageOps.has(op)) {
      counts.images++;
    } else if (op === ops.constructPath) {
      counts.paths++;
    } else if (op === ops.transform) {
      counts.placements++;
    }
  }
  return counts;
}

/** Whether a page with `characters` of text needs OCR, and the warning that says why. */
export function ocrVerdict(characters: number, counts: PaintCounts | null): string | null {
  if (counts === null) {
    return characters === 0 ? 'no text layer, and its drawing could not be read; if it is a scan, it needs OCR' : null;
  }
  if (counts.images > 0) {
    return characters === 0 ? 'no text layer, needs OCR' : `only ${characters} characters of text over an image, needs OCR`;
  }
  if (characters > 0) {
    return null;
  }
  if (counts.paths >= OUTLINE_TEXT_PATHS) {
    return 'no text layer, only drawn shapes (text converted to outlines?), needs OCR';
  }
  if (counts.paths === 0 && counts.placements > 0) {
    return 'no text layer, and it places an image too large to check; if it is a scan, it needs OCR';
  }
  return null;
}

/** A page outlasted the document's time budget (pdf.js stuck on a hostile page). */
class PageTimeout extends Error {}

type PageResult = { page: DocumentPage; comments: DocumentComment[]; fields: DocumentField[]; problems: DocumentProblem[] };

async function readPage(pdfjs: PdfJs, document: PDFDocumentProxy, number: number, fieldNames: Set<string>): Promise<PageResult> {
  const where = `page ${number}`;
  const problems: DocumentProblem[] = [];
  const page = await document.getPage(number);
  try {
    const content = await page.getTextContent();
    const items: PositionedText[] = [];
    for (const item of content.items) {
      if ('str' in item) {
        items.push(item);
      }
    }
    const text = layOutPageText(items);
    let annotations: AnnotationData[] = [];
    try {
      annotations = (await page.getAnnotations()) as AnnotationData[];
    } catch (error) {
      problems.push({ where, message: `annotations could not be read: ${errorMessage(error)}`, severity: 'error' });
    }
    let needsOcr = false;
    const characters = nonSpaceLength(text);
    if (characters < SPARSE_TEXT_CHARS) {
      const verdict = ocrVerdict(characters, await paintCounts(pdfjs, page).catch(() => null));
      if (verdict !== null) {
        needsOcr = true;
        problems.push({ where, message: verdict, severity: 'warning' });
      }
    }
    return {
      page: { number, text, needsOcr },
      comments: commentsFromAnnotations(annotations, number),
      fields: fieldsFromAnnotations(annotations, number, fieldNames),
      problems,
    };
  } finally {
    page.cleanup();
  }
}

/** Reads a dynamic XFA form's filled data in a second pass with XFA layout on. */
async function readXfaData(pdfjs: PdfJs, bytes: Uint8Array, options: PdfOptions): Promise<{ fields: DocumentField[]; problems: DocumentProblem[] }> {
  const { task, document } = await open(pdfjs, bytes, options, true);
  try {
    const { fields, truncated } = xfaFields(document.allXfaHtml);
    const problems: DocumentProblem[] = [];
    if (truncated) {
      problems.push({ where: 'XFA form', message: 'the XFA form is too large; only part of its data was read', severity: 'warning' });
    }
    return { fields, problems };
  } finally {
    await task.destroy();
  }
}

/** Extracts a PDF. Throws DocumentError when it is not a PDF, is damaged beyond repair, or stays locked. */
export async function extractPdf(bytes: Uint8Array, options: PdfOptions): Promise<DocumentParts> {
  if (!looksLikePdf(bytes)) {
    throw new DocumentError('wrong-format', 'not a PDF: there is no %PDF header in the first kilobyte');
  }
  const started = Date.now();
  const pdfjs = loadPdfJs();
  options.signal?.throwIfAborted();
  const { task, document, passwordUsed } = await open(pdfjs, bytes, options, false);
  const abort = (): void => void task.destroy();
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    const problems: DocumentProblem[] = [];
    const meta = await document.getMetadata().catch(() => ({ info: {}, metadata: null }));
    const info = meta.info as Record<string, unknown>;
    const xmp = meta.metadata;
    const metadata = pdfMetadata(info, xmp ? (name) => xmp.get(name) : null, document.numPages);
    if (passwordUsed) {
      problems.push({ where: '', message: 'encrypted: opened with one of the passwords given', severity: 'warning' });
    } else if (info.EncryptFilterName) {
      problems.push({ where: '', message: 'encrypted with an owner password only (it restricts printing, copying or editing, not reading); the text was read', severity: 'warning' });
    }
    const pages: DocumentPage[] = [];
    const comments: DocumentComment[] = [];
    const fields: DocumentField[] = [];
    const fieldNames = new Set<string>();
    const lastPage = Math.min(document.numPages, options.limits.maxPages);
    let characters = 0;
    for (let number = 1; number <= lastPage; number++) {
      options.signal?.throwIfAborted();
      const stopReason =
        Date.now() - started > options.limits.maxMilliseconds ? `the time limit of ${options.limits.maxMilliseconds} ms` :
        characters > options.limits.maxTextChars ? `the text limit of ${options.limits.maxTextChars} characters` : null;
      if (stopReason !== null) {
        problems.push({ where: `page ${number}`, message: `pages ${number}–${document.numPages} not read: ${stopReason} was reached`, severity: 'warning' });
        break;
      }
      try {
        const remaining = options.limits.maxMilliseconds - (Date.now() - started);
        const result = await withDeadline(readPage(pdfjs, document, number, fieldNames), remaining, () => new PageTimeout());
        pages.push(result.page);
        comments.push(...result.comments);
        fields.push(...result.fields);
        problems.push(...result.problems);
        characters += result.page.text.length;
      } catch (error) {
        options.signal?.throwIfAborted();
        if (error instanceof PageTimeout) {
          problems.push({ where: `page ${number}`, message: `pages ${number}–${document.numPages} not read: the time limit of ${options.limits.maxMilliseconds} ms was reached`, severity: 'warning' });
          break;
        }
        pages.push({ number, text: '', needsOcr: false });
        problems.push({ where: `page ${number}`, message: `the page cannot be read: ${errorMessage(error)}`, severity: 'error' });
      }
    }
    if (document.numPages > lastPage && lastPage === options.limits.maxPages) {
      problems.push({ where: '', message: `only the first ${lastPage} of ${document.numPages} pages were read (page limit)`, severity: 'warning' });
    }
    const placeholderOnly = info.IsXFAPresent === true && pages.some((page) => XFA_PLACEHOLDER.test(page.text)) && fields.length === 0;
    if (placeholderOnly) {
      options.signal?.throwIfAborted();
      const xfa = await readXfaData(pdfjs, bytes, options).catch((error: unknown) => ({
        fields: [] as DocumentField[],
        problems: [{ where: 'XFA form', message: `the XFA form data cannot be read: ${errorMessage(error)}`, severity: 'error' as const }],
      }));
      fields.push(...xfa.fields);
      problems.push(...xfa.problems, {
        where: '',
        message: `dynamic XFA form: the pages hold only a "Please wait…" placeholder; ${xfa.fields.length} filled fields were read from the form data`,
        severity: 'warning',
      });
    }
    return { format: 'pdf', body: '', pages, comments, fields, html: null, metadata, problems };
  } finally {
    options.signal?.removeEventListener('abort', abort);
    await task.destroy();
  }
}
