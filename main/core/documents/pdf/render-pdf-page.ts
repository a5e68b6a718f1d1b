/**
 * PDF pages as PNG images, drawn by pdf.js on @napi-rs/canvas (the canvas pdf.js itself loads in
 * Node). The record viewer shows them beside the text; OCR will draw pages without a text layer
 * at about 300 dpi through the same contract: bytes, a page and a size in, a PNG and its pixel
 * size out.
 *
 * The PDF is untrusted. pdf.js is told never to evaluate code (isEvalSupported: false), to draw
 * glyphs as paths rather than load fonts into the page (disableFontFace) or use system fonts,
 * and it is only ever given bytes, never a URL: the only files it reads are its own character
 * maps, standard font data and image decoders, from the installed pdfjs-dist folder. Every cost
 * is bounded: the image's pixels (whatever page size the file declares), the images pdf.js may
 * decode, and the wall-clock time to open the file and to draw each page. The time limits act
 * between pdf.js's steps (drawing yields to the event loop between slices); a parser stuck inside
 * one step of this thread cannot be cut short from it, which only a worker thread would allow.
 *
 * Failures are AppErrors that name the page: `invalid-args` for a page the file does not have or
 * a size that is no number, `source-unreadable` for a file pdf.js cannot open or a page it
 * cannot draw in time.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../../../shared/errors.js';
import type { PdfAssets } from '../extracted-document.js';
import { looksLikePdf } from './extract-pdf.js';
import { passwordCandidates } from './pdf-passwords.js';
import { asFolderUrl, defaultPdfAssets, loadPdfJs, safeDocumentParameters, type PdfJs } from './pdfjs-loader.js';
import { withDeadline } from '../../util/with-deadline.js';

/** How large to draw a page: a width in CSS pixels (a viewer), or a resolution (OCR). */
export type RenderSize = { widthPx: number } | { dpi: number };

/** What one page became. */
export type RenderedPage = {
  /** A PNG file's bytes: opaque, white where the page draws nothing. */
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
  /** The page drawn (1-based) and how many the document has. */
  page: number;
  pageCount: number;
};

export type RenderLimits = {
  /** A requested width is clamped into [minWidthPx, maxWidthPx]. */
  minWidthPx: number;
  maxWidthPx: number;
  /** A requested resolution is clamped into [minDpi, maxDpi]. */
  minDpi: number;
  maxDpi: number;
  /** The image is scaled down until it has at most this many pixels (4 bytes each while drawn). */
  maxPixels: number;
  /** Nor may either side be longer than this (a 1 × 200-inch strip). */
  maxSidePx: number;
  /** Images in the PDF larger than this are not decoded (pdf.js leaves them out of the page). */
  maxImagePixels: number;
  /** Time to open the document. */
  maxOpenMilliseconds: number;
  /** Time to draw one page. */
  maxPageMilliseconds: number;
};

export const DEFAULT_RENDER_LIMITS: RenderLimits = {
  minWidthPx: 200,
  maxWidthPx: 2000,
  minDpi: 36,
  maxDpi: 600,
  // An A4 page at 400 dpi, or A3 at 300: about 100 MB while drawn.
  maxPixels: 25_000_000,
  maxSidePx: 16_384,
  maxImagePixels: 100_000_000,
  maxOpenMilliseconds: 30_000,
  maxPageMilliseconds: 30_000,
};

export type RenderOptions = {
  /** Passwords to try on an encrypted file, as extractPdf takes them. */
  passwords?: readonly string[];
  limits?: Partial<RenderLimits>;
  /** Where pdf.js's data files are; by default beside the installed pdfjs-dist. */
  pdfAssets?: PdfAssets;
};

/** An open PDF that pages can be drawn from, one or many times, until it is closed. */
export type RenderablePdf = {
  readonly pageCount: number;
  /** Bytes the document holds in memory (a copy of the file). */
  readonly sizeBytes: number;
  renderPage(page: number, size: RenderSize, signal?: AbortSignal): Promise<RenderedPage>;
  /** Releases pdf.js's parser and every page it holds; idempotent. */
  close(): Promise<void>;
};

/** The pixel size of a page drawn at `size`, from the page's size in PDF points (1/72 inch). */
export function renderScale(pageWidthPt: number, pageHeightPt: number, size: RenderSize, limits: RenderLimits = DEFAULT_RENDER_LIMITS): { scale: number; widthPx: number; heightPx: number } {
  const requested = 'widthPx' in size ? size.widthPx : size.dpi;
  if (!Number.isFinite(requested) || requested <= 0) {
    throw new AppError('invalid-args', `The image size must be a positive number, not ${requested}`);
  }
  if (!(pageWidthPt > 0 && pageHeightPt > 0 && Number.isFinite(pageWidthPt * pageHeightPt))) {
    throw new AppError('source-unreadable', `The page declares no usable size (${pageWidthPt} × ${pageHeightPt} points)`);
  }
  let scale = 'widthPx' in size
    ? clamp(Math.round(size.widthPx), limits.minWidthPx, limits.maxWidthPx) / pageWidthPt
    : clamp(size.dpi, limits.minDpi, limits.maxDpi) / 72;
  const pixels = pageWidthPt * scale * pageHeightPt * scale;
  if (pixels > limits.maxPixels) {
    scale *= Math.sqrt(limits.maxPixels / pixels);
  }
  const longest = Math.max(pageWidthPt, pageHeightPt) * scale;
  if (longest > limits.maxSidePx) {
    scale *= limits.maxSidePx / longest;
  }
  return { scale, widthPx: Math.max(1, Math.floor(pageWidthPt * scale)), heightPx: Math.max(1, Math.floor(pageHeightPt * scale)) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The parts of @napi-rs/canvas that pdf.js's NodeCanvasFactory hands out and this uses. */
type NodeCanvas = { width: number; height: number; encode(format: 'png'): Promise<Uint8Array> };
type CanvasAndContext = { canvas: NodeCanvas; context: unknown };
type CanvasFactory = { create(width: number, height: number): CanvasAndContext; destroy(canvasAndContext: CanvasAndContext): void };

/** pdf.js's image decoders (JBIG2, JPEG 2000) beside its standard fonts; without them it falls back to slower JavaScript. */
function wasmFolder(assets: PdfAssets): string | undefined {
  if (assets.standardFontDir === null) {
    return undefined;
  }
  const folder = join(dirname(assets.standardFontDir.replace(/[\\/]+$/, '')), 'wasm');
  return existsSync(folder) ? asFolderUrl(folder) : undefined;
}

function documentParameters(pdfjs: PdfJs, bytes: Uint8Array, assets: PdfAssets, limits: RenderLimits): Parameters<PdfJs['getDocument']>[0] {
  return {
    ...safeDocumentParameters(pdfjs, bytes, assets),
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    maxImageSize: limits.maxImagePixels,
    wasmUrl: wasmFolder(assets),
  };
}

async function openDocument(pdfjs: PdfJs, bytes: Uint8Array, options: RenderOptions, limits: RenderLimits): Promise<{ task: PDFDocumentLoadingTask; document: PDFDocumentProxy }> {
  const task = pdfjs.getDocument(documentParameters(pdfjs, bytes, options.pdfAssets ?? defaultPdfAssets(), limits));
  const passwords = options.passwords ?? [];
  const candidates = passwordCandidates(passwords);
  let requests = 0;
  task.onPassword = (update: (password: string) => void) => {
    const next = candidates[requests++];
    if (next === undefined) {
      // Ends the loading task; reported below as encrypted.
      throw new Error('no more passwords');
    }
    update(next);
  };
  try {
    const document = await withDeadline(task.promise, limits.maxOpenMilliseconds, () => new AppError('source-unreadable', `The PDF did not open within ${limits.maxOpenMilliseconds} ms`));
    return { task, document };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if (requests > 0 || (error instanceof Error && error.name === 'PasswordException')) {
      throw new AppError('source-unreadable', passwords.length === 0
        ? 'The PDF is encrypted: it needs a password to open'
        : `The PDF is encrypted: none of the ${passwords.length} passwords given opens it`);
    }
    if (error instanceof AppError) {
      throw error;
    }
    throw new AppError('source-unreadable', `The PDF cannot be read: ${errorMessage(error)}`);
  }
}

/**
 * What one drawing holds while it runs, so a deadline or an abort can stop it: `stopped` once
 * they have (a drawing still waiting for its page then never starts), `rendered` once pdf.js is
 * done with the canvas (a render that has ended is not cancelled: that would touch the canvas
 * while it is being encoded), `finished` once the page was encoded, so that its canvas can be freed.
 */
type Drawing = { task: RenderTask | null; canvas: CanvasAndContext | null; stopped: boolean; rendered: boolean; finished: boolean };

class OpenPdf implements RenderablePdf {
  private closed = false;

  constructor(
    private readonly task: PDFDocumentLoadingTask,
    private readonly document: PDFDocumentProxy,
    private readonly limits: RenderLimits,
    readonly sizeBytes: number,
  ) {}

  get pageCount(): number {
    return this.document.numPages;
  }

  async renderPage(pageNumber: number, size: RenderSize, signal?: AbortSignal): Promise<RenderedPage> {
    if (this.closed) {
      throw new AppError('internal', 'The PDF was closed before its page could be drawn');
    }
    if (!Number.isSafeInteger(pageNumber) || pageNumber < 1) {
      throw new AppError('invalid-args', `There is no page ${pageNumber}: pages are numbered from 1`, { page: pageNumber });
    }
    if (pageNumber > this.pageCount) {
      throw new AppError('invalid-args', `There is no page ${pageNumber}: the PDF has ${this.pageCount} page${this.pageCount === 1 ? '' : 's'}`, {
        page: pageNumber,
        pageCount: this.pageCount,
      });
    }
    signal?.throwIfAborted();
    const where = `page ${pageNumber} of ${this.pageCount}`;
    const drawing: Drawing = { task: null, canvas: null, stopped: false, rendered: false, finished: false };
    const factory = this.document.canvasFactory as CanvasFactory;
    const cancel = (): void => {
      drawing.stopped = true;
      if (!drawing.rendered) {
        drawing.task?.cancel();
      }
    };
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      return await withDeadline(this.draw(pageNumber, size, drawing, factory), this.limits.maxPageMilliseconds, () => {
        cancel();
        return new AppError('source-unreadable', `The PDF's ${where} was not drawn within ${this.limits.maxPageMilliseconds} ms`, { page: pageNumber });
      });
    } catch (error) {
      if (signal?.aborted) {
        throw new AppError('cancelled', `Drawing ${where} was cancelled`);
      }
      if (error instanceof AppError) {
        throw error;
      }
      throw new AppError('source-unreadable', `The PDF's ${where} cannot be drawn: ${errorMessage(error)}`, { page: pageNumber });
    } finally {
      signal?.removeEventListener('abort', cancel);
      // Only a finished drawing's canvas is freed here. A cancelled render can still touch its
      // canvas after its promise has settled, and a canvas freed (sized to 0 × 0) under it ends
      // the whole process with a segmentation fault; that canvas is left to the garbage collector.
      if (drawing.canvas !== null && drawing.finished) {
        factory.destroy(drawing.canvas);
      }
    }
  }

  private async draw(pageNumber: number, size: RenderSize, drawing: Drawing, factory: CanvasFactory): Promise<RenderedPage> {
    const page = await this.document.getPage(pageNumber);
    try {
      if (drawing.stopped) {
        // The deadline or an abort came while the page was being fetched: nobody waits for it.
        throw new AppError('cancelled', `Drawing page ${pageNumber} was stopped before it began`);
      }
      // The viewport applies the page's /Rotate, so a landscape page comes out landscape.
      const unscaled = page.getViewport({ scale: 1 });
      const { scale, widthPx, heightPx } = renderScale(unscaled.width, unscaled.height, size, this.limits);
      drawing.canvas = factory.create(widthPx, heightPx);
      // Given the canvas, pdf.js asks it for an opaque context: the page is drawn on white.
      drawing.task = page.render({ canvas: drawing.canvas.canvas, viewport: page.getViewport({ scale }) });
      // pdf.js continues drawing in microtasks; a macrotask between its slices lets timers (the
      // deadline) and the backend's other calls run while a heavy page is drawn.
      drawing.task.onContinue = (next: () => void) => void setImmediate(next);
      await drawing.task.promise;
      drawing.rendered = true;
      const png = await drawing.canvas.canvas.encode('png');
      drawing.finished = true;
      return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), widthPx, heightPx, page: pageNumber, pageCount: this.pageCount };
    } finally {
      page.cleanup();
    }
  }

  async close(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.closed = true;
    await this.task.destroy();
  }
}

/**
 * Opens a PDF to draw its pages. Throws AppError 'source-unreadable' when the bytes are no PDF,
 * are damaged beyond pdf.js's repair, or stay locked. Close the result when done.
 */
export async function openPdfForRendering(bytes: Uint8Array, options: RenderOptions = {}): Promise<RenderablePdf> {
  if (!looksLikePdf(bytes)) {
    throw new AppError('source-unreadable', 'Not a PDF: there is no %PDF header in the first kilobyte');
  }
  const limits = { ...DEFAULT_RENDER_LIMITS, ...options.limits };
  const pdfjs = loadPdfJs();
  const { task, document } = await openDocument(pdfjs, bytes, options, limits);
  return new OpenPdf(task, document, limits, bytes.byteLength);
}

/** Draws one page (1-based) of a PDF: opens, draws, closes. */
export async function renderPdfPage(bytes: Uint8Array, page: number, size: RenderSize, options: RenderOptions & { signal?: AbortSignal } = {}): Promise<RenderedPage> {
  const pdf = await openPdfForRendering(bytes, options);
  try {
    return await pdf.renderPage(page, size, options.signal);
  } finally {
    await pdf.close();
  }
}
