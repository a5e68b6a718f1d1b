/**
 * An image record (a scan, a photo, a fax TIFF) opened to draw its pages for the viewer, the way
 * a PDF's pages are drawn (render-pdf-page.ts): one page at a time, as a PNG of the width asked
 * for, upright by its EXIF orientation and on white where it is transparent. OCR's word boxes
 * are in the same upright pixels (decode-image.ts), so a highlight lands on its word.
 *
 * The bytes are untrusted, so OCR's limits apply: the format is read from the bytes and only
 * raster formats OCR takes are drawn, a page declaring more than `maxInputPixels` is refused from
 * its header before any pixel is decoded, pages past `maxPages` are not drawn, and each page has
 * a time limit.
 */
import { AppError } from '../../../shared/errors.js';
import { DEFAULT_RENDER_LIMITS, type RenderedPage } from '../documents/pdf/render-pdf-page.js';
import { DEFAULT_IMAGE_LIMITS, inspectImage, unreadable, uprightPage, type ImageLimits } from '../ocr/decode-image.js';

/** An open image whose pages can be drawn; the same shape the viewer's cache keeps for PDFs. */
export type RenderableImage = {
  readonly pageCount: number;
  readonly sizeBytes: number;
  renderPage(page: number, size: { widthPx: number }): Promise<RenderedPage>;
  close(): Promise<void>;
};

/**
 * The size to draw an upright `widthPx` × `heightPx` page at for a frame `wantedWidthPx` wide:
 * that width (clamped as PDF pages are), never enlarged, and within the pixel and side limits
 * PDF pages are drawn within (a 1,000 × 100,000 px strip is not sent as a 100 Mpx PNG). Pure.
 */
export function drawnSize(widthPx: number, heightPx: number, wantedWidthPx: number): { widthPx: number; heightPx: number } {
  const limits = DEFAULT_RENDER_LIMITS;
  const wanted = Math.min(limits.maxWidthPx, Math.max(limits.minWidthPx, Math.round(wantedWidthPx)));
  const scale = Math.min(1, wanted / widthPx, Math.sqrt(limits.maxPixels / (widthPx * heightPx)), limits.maxSidePx / Math.max(widthPx, heightPx));
  return { widthPx: Math.max(1, Math.round(widthPx * scale)), heightPx: Math.max(1, Math.round(heightPx * scale)) };
}

/** Opens `bytes` as an image. Throws `unsupported` for a format OCR does not take, `source-unreadable` for a damaged one. */
export async function openImageForRendering(bytes: Uint8Array, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): Promise<RenderableImage> {
  const info = await inspectImage(bytes);
  const pageCount = info.pageCount;
  return {
    pageCount,
    sizeBytes: bytes.byteLength,
    async renderPage(page, size) {
      if (!Number.isSafeInteger(page) || page < 1 || page > pageCount) {
        throw new AppError('invalid-args', `There is no page ${page}: the image has ${pageCount} page${pageCount === 1 ? '' : 's'}`, { page, pageCount });
      }
      if (page > limits.maxPages) {
        throw new AppError('source-unreadable', `Page ${page} is not drawn: at most ${limits.maxPages} pages of one image file are read`, { page });
      }
      try {
        const upright = await uprightPage(bytes, page, limits);
        const target = drawnSize(Math.max(1, upright.widthPx), Math.max(1, upright.heightPx), size.widthPx);
        const { data, info: drawn } = await upright.pipeline
          .resize({ width: target.widthPx, height: target.heightPx, fit: 'fill' })
          .png()
          .timeout({ seconds: limits.decodeTimeoutSeconds })
          .toBuffer({ resolveWithObject: true });
        return { png: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), widthPx: drawn.width, heightPx: drawn.height, page, pageCount };
      } catch (error) {
        throw unreadable(error, page);
      }
    },
    async close() {},
  };
}
