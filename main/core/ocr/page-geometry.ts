/**
 * Word boxes moved between the three spaces a page lives in: the pixels Tesseract saw (maybe
 * scaled down), the page image's own pixels (what `bbox` is in), and PDF points (what a
 * redaction on a scanned PDF page is drawn in).
 */
import type { RenderLimits } from '../documents/pdf/render-pdf-page.js';
import type { OcrWord, PixelBox } from './ocr-result.js';

/** Boxes found on an image of `from` size, expressed in pixels of `to` size (same page, other scale). */
export function scaleWords(words: readonly OcrWord[], from: { widthPx: number; heightPx: number }, to: { widthPx: number; heightPx: number }): OcrWord[] {
  if (from.widthPx === to.widthPx && from.heightPx === to.heightPx) {
    return [...words];
  }
  const sx = to.widthPx / from.widthPx;
  const sy = to.heightPx / from.heightPx;
  const scale = (box: PixelBox): PixelBox => ({
    x0: Math.floor(box.x0 * sx),
    y0: Math.floor(box.y0 * sy),
    x1: Math.min(to.widthPx, Math.ceil(box.x1 * sx)),
    y1: Math.min(to.heightPx, Math.ceil(box.y1 * sy)),
  });
  return words.map((word) => ({ ...word, bbox: scale(word.bbox) }));
}

/** Adds each word's box in PDF points, `pointsPerPixel` being the page's scale (72 / dpi). */
export function withPointBoxes(words: readonly OcrWord[], pointsPerPixel: number): OcrWord[] {
  const round = (value: number): number => Math.round(value * pointsPerPixel * 100) / 100;
  return words.map((word) => ({
    ...word,
    pointBox: { x0: round(word.bbox.x0), y0: round(word.bbox.y0), x1: round(word.bbox.x1), y1: round(word.bbox.y1) },
  }));
}

/**
 * The points per pixel of a PDF page drawn at `dpi`, or null when the renderer may have drawn
 * it smaller than asked (a page too large for its pixel or side limits) and the scale is
 * therefore not known from here.
 *
 * pdf.js draws at scale dpi / 72 unless the page would exceed `maxPixels` or `maxSidePx`; an
 * image that stays clearly below both (by more than the rounding of its sides) was not shrunk.
 */
export function pdfPointsPerPixel(widthPx: number, heightPx: number, dpi: number, limits: Pick<RenderLimits, 'maxPixels' | 'maxSidePx' | 'minDpi' | 'maxDpi'>): number | null {
  if (dpi < limits.minDpi || dpi > limits.maxDpi) {
    return null;
  }
  const roundingSlack = widthPx + heightPx + 1;
  if (widthPx * heightPx >= limits.maxPixels - roundingSlack || Math.max(widthPx, heightPx) >= limits.maxSidePx - 1) {
    return null;
  }
  return 72 / dpi;
}
