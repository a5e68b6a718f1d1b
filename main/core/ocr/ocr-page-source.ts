/**
 * The pages of one file, as images ready for OCR: a PDF's pages drawn by pdf.js at the OCR
 * resolution, or an image file's pages (one, or many in a TIFF) decoded by sharp. The engine
 * reads pages through this one shape, so it treats a scanned PDF and a fax TIFF alike.
 *
 * Why 300 dpi for PDF pages: Tesseract is trained on text whose capital letters are 20–30
 * pixels high, which 10–12 pt type reaches at about 300 dpi; at 200 dpi 8 pt footnotes fall to
 * about 15 pixels. On the corpus' brochure scan (linn.pdf, `npm run bench -- ocr`) 300 dpi gave
 * a character error rate of 0.0098 against 0.0105 at 200 dpi, for 5–30 % more time per page
 * (runs on a shared 2-core machine vary). Reading the page right matters more than the time, so
 * 300 is the default; the engine's `pdfDpi` option trades it back where throughput matters more.
 */
import { AppError } from '../../../shared/errors.js';
import { looksLikePdf } from '../documents/pdf/extract-pdf.js';
import { DEFAULT_RENDER_LIMITS, openPdfForRendering, type RenderLimits } from '../documents/pdf/render-pdf-page.js';
import { decodeImagePage, inspectImage, type DecodedPage, type ImageLimits } from './decode-image.js';
import { pdfPointsPerPixel } from './page-geometry.js';

export const DEFAULT_PDF_DPI = 300;

/** One page, decoded. */
export type SourcePage = {
  page: number;
  image: DecodedPage;
  /** The PDF page's scale, when it came from a PDF and is known. */
  pointsPerPixel: number | null;
};

export type OcrPageSource = {
  readonly kind: 'pdf' | 'image';
  /** Pages in the file. */
  readonly pageCount: number;
  /** Pages that may be read (the rest are past the image page limit). */
  readonly readablePages: number;
  load(page: number, signal?: AbortSignal): Promise<SourcePage>;
  close(): Promise<void>;
};

export type SourceOptions = {
  imageLimits: ImageLimits;
  pdfDpi: number;
  /** Passwords to try on an encrypted PDF. */
  passwords?: readonly string[];
};

/** Opens `bytes` as a PDF (by its header) or an image (by what sharp recognises). */
export async function openPageSource(bytes: Uint8Array, options: SourceOptions): Promise<OcrPageSource> {
  return looksLikePdf(bytes) ? openPdfSource(bytes, options) : openImageSource(bytes, options.imageLimits);
}

async function openImageSource(bytes: Uint8Array, limits: ImageLimits): Promise<OcrPageSource> {
  const info = await inspectImage(bytes);
  return {
    kind: 'image',
    pageCount: info.pageCount,
    readablePages: Math.min(info.pageCount, limits.maxPages),
    async load(page, signal) {
      signal?.throwIfAborted();
      return { page, image: await decodeImagePage(bytes, page, limits), pointsPerPixel: null };
    },
    async close() {},
  };
}

async function openPdfSource(bytes: Uint8Array, options: SourceOptions): Promise<OcrPageSource> {
  // The renderer's own limits, with the image decoder's pixel budget (a page drawn larger than
  // OCR would read is drawn smaller in the first place).
  const limits: RenderLimits = { ...DEFAULT_RENDER_LIMITS, maxPixels: Math.min(DEFAULT_RENDER_LIMITS.maxPixels, options.imageLimits.maxOcrPixels) };
  const pdf = await openPdfForRendering(bytes, { limits, ...(options.passwords === undefined ? {} : { passwords: options.passwords }) });
  return {
    kind: 'pdf',
    pageCount: pdf.pageCount,
    readablePages: pdf.pageCount,
    async load(page, signal) {
      const rendered = await pdf.renderPage(page, { dpi: options.pdfDpi }, signal);
      const pointsPerPixel = pdfPointsPerPixel(rendered.widthPx, rendered.heightPx, options.pdfDpi, limits);
      const dpi = pointsPerPixel === null ? null : options.pdfDpi;
      try {
        return { page, image: await decodeImagePage(rendered.png, 1, options.imageLimits, dpi), pointsPerPixel };
      } catch (error) {
        throw error instanceof AppError ? new AppError(error.code, error.message.replace(/^Page 1 of the image/, `Page ${page}`), { page }) : error;
      }
    },
    close: () => pdf.close(),
  };
}
