/** Word boxes between OCR pixels, page pixels and PDF points. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RENDER_LIMITS } from '../../../../../main/core/documents/pdf/render-pdf-page.js';
import type { OcrWord } from '../../../../../main/core/ocr/ocr-result.js';
import { pdfPointsPerPixel, scaleWords, withPointBoxes } from '../../../../../main/core/ocr/page-geometry.js';

describe('page geometry', () => {
  const words: OcrWord[] = [{ text: 'w', bbox: { x0: 10, y0: 20, x1: 30, y1: 41 }, confidence: 90 }];

  it('scales boxes to the page image, never past its edges', () => {
    expect(scaleWords(words, { widthPx: 100, heightPx: 50 }, { widthPx: 200, heightPx: 100 })[0]?.bbox).toEqual({ x0: 20, y0: 40, x1: 60, y1: 82 });
    expect(scaleWords(words, { widthPx: 31, heightPx: 41 }, { widthPx: 31 * 3, heightPx: 100 })[0]?.bbox.y1).toBe(100);
  });

  it('adds boxes in points from the page scale', () => {
    expect(withPointBoxes(words, 72 / 300)[0]?.pointBox).toEqual({ x0: 2.4, y0: 4.8, x1: 7.2, y1: 9.84 });
  });

  it('knows the scale of a PDF page only when the renderer cannot have shrunk it', () => {
    expect(pdfPointsPerPixel(2550, 3300, 300, DEFAULT_RENDER_LIMITS)).toBe(72 / 300);
    // Clamped to the 25 Mpx budget: the scale is no longer 300 dpi.
    expect(pdfPointsPerPixel(4999, 5000, 300, DEFAULT_RENDER_LIMITS)).toBeNull();
    expect(pdfPointsPerPixel(16_384, 100, 300, DEFAULT_RENDER_LIMITS)).toBeNull();
    expect(pdfPointsPerPixel(100, 100, 700, DEFAULT_RENDER_LIMITS)).toBeNull();
  });
});
