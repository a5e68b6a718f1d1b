/**
 * Drawing PDF pages on the corpus PDFs. Page sizes were checked with pdfinfo (libtasn1.pdf: US
 * letter, 612 × 792 points, 36 pages; linn.pdf: a 1-bit JBIG2 scan; issue7229.pdf: a 2-page JPEG
 * scan). The PNGs are decoded again here, with the same canvas library, to look at their pixels.
 */
import { readFile } from 'node:fs/promises';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../../shared/errors.js';
import { openPdfForRendering, renderPdfPage, renderScale } from '../../../../../../main/core/documents/pdf/render-pdf-page.js';
import { corpusPath } from '../../../../../support/corpus.js';
import { expectCode } from '../../../../../support/expect-code.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function corpusPdf(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(corpusPath('docs', 'pdf', name)));
}

/** The PNG's size and the variance of its grey levels (0 for a blank page). */
async function decode(png: Uint8Array): Promise<{ width: number; height: number; variance: number; mean: number }> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let sum = 0;
  let squares = 0;
  const count = data.length / 4;
  for (let i = 0; i < data.length; i += 4) {
    const grey = ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3;
    sum += grey;
    squares += grey * grey;
  }
  const mean = sum / count;
  return { width: image.width, height: image.height, mean, variance: squares / count - mean * mean };
}

describe('renderPdfPage', () => {
  it('draws a text page as a PNG at the width asked, in the page’s proportions, not blank', async () => {
    const page = await renderPdfPage(await corpusPdf('libtasn1.pdf'), 1, { widthPx: 800 });
    expect([...page.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(page).toMatchObject({ widthPx: 800, heightPx: Math.floor((792 / 612) * 800), page: 1, pageCount: 36 });
    const pixels = await decode(page.png);
    expect([pixels.width, pixels.height]).toEqual([page.widthPx, page.heightPx]);
    // Mostly white paper with black type.
    expect(pixels.mean).toBeGreaterThan(200);
    expect(pixels.variance).toBeGreaterThan(100);
  });

  it('draws scans (JBIG2 and JPEG images, no text layer) at a resolution, as OCR will', async () => {
    const linn = await renderPdfPage(await corpusPdf('ocrmypdf/linn.pdf'), 1, { dpi: 100 });
    expect((await decode(linn.png)).variance).toBeGreaterThan(100);
    const scan = await openPdfForRendering(await corpusPdf('pdfjs/issue7229.pdf'));
    try {
      expect(scan.pageCount).toBe(2);
      const second = await scan.renderPage(2, { dpi: 72 });
      expect(second).toMatchObject({ page: 2, pageCount: 2 });
      expect((await decode(second.png)).variance).toBeGreaterThan(100);
    } finally {
      await scan.close();
    }
  });

  it('draws many pages from one open document', async () => {
    const pdf = await openPdfForRendering(await corpusPdf('libtasn1.pdf'));
    try {
      const [first, second] = [await pdf.renderPage(1, { widthPx: 300 }), await pdf.renderPage(2, { widthPx: 300 })];
      expect(first?.page).toBe(1);
      expect(second?.page).toBe(2);
      expect(Buffer.from(first?.png ?? []).equals(Buffer.from(second?.png ?? []))).toBe(false);
    } finally {
      await pdf.close();
    }
    await expectCode(pdf.renderPage(1, { widthPx: 300 }), 'internal');
  });

  it('refuses a page beyond the last, naming it and the page count', async () => {
    const error = await expectCode(renderPdfPage(await corpusPdf('libtasn1.pdf'), 37, { widthPx: 400 }), 'invalid-args');
    expect(error.message).toBe('There is no page 37: the PDF has 36 pages');
    await expectCode(renderPdfPage(await corpusPdf('libtasn1.pdf'), 0, { widthPx: 400 }), 'invalid-args');
  });

  it('fails clearly on a damaged PDF, on bytes that are no PDF, and on a locked one', async () => {
    const broken = await expectCode(renderPdfPage(await corpusPdf('pdfjs/REDHAT-1531897-0.pdf'), 1, { widthPx: 400 }), 'source-unreadable');
    expect(broken.message).toMatch(/^The PDF cannot be read: |^The PDF's page 1 of \d+ cannot be drawn: /);
    const truncated = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n');
    await expectCode(renderPdfPage(truncated, 1, { widthPx: 400 }), 'source-unreadable');
    const notPdf = await expectCode(renderPdfPage(new TextEncoder().encode('just text'), 1, { widthPx: 400 }), 'source-unreadable');
    expect(notPdf.message).toMatch(/Not a PDF/);
    const locked = await expectCode(renderPdfPage(await corpusPdf('pdfjs/issue6010_1.pdf'), 1, { widthPx: 400 }), 'source-unreadable');
    expect(locked.message).toMatch(/encrypted: it needs a password/);
    const opened = await renderPdfPage(await corpusPdf('pdfjs/issue6010_1.pdf'), 1, { widthPx: 400 }, { passwords: ['abc'] });
    expect(opened.pageCount).toBe(1);
  });

  it('stops a page that takes longer than its time limit, naming the page', async () => {
    const pdf = await openPdfForRendering(await corpusPdf('pdfjs/issue7229.pdf'), { limits: { maxPageMilliseconds: 1 } });
    try {
      const error = await expectCode(pdf.renderPage(2, { dpi: 300 }), 'source-unreadable');
      expect(error.message).toBe("The PDF's page 2 of 2 was not drawn within 1 ms");
    } finally {
      await pdf.close();
    }
  });
});

describe('renderScale', () => {
  it('clamps the width asked into 200–2000 px and a resolution into 36–600 dpi', () => {
    expect(renderScale(612, 792, { widthPx: 50 })).toMatchObject({ widthPx: 200, heightPx: 258 });
    expect(renderScale(612, 792, { widthPx: 9000 })).toMatchObject({ widthPx: 2000, heightPx: 2588 });
    expect(renderScale(612, 792, { dpi: 300 })).toMatchObject({ widthPx: 2550, heightPx: 3300 });
    // 600 dpi letter is 33.7 million pixels: scaled down to the 25 million cap.
    expect(renderScale(612, 792, { dpi: 5000 })).toEqual(renderScale(612, 792, { dpi: 600 }));
    expect(renderScale(612, 792, { dpi: 600 })).toMatchObject({ widthPx: 4395, heightPx: 5687 });
  });

  it('scales a page of absurd size down to the pixel and side limits', () => {
    // A 200-inch square at 300 dpi would be 3.6 billion pixels.
    const square = renderScale(14_400, 14_400, { dpi: 300 });
    expect(square.widthPx * square.heightPx).toBeLessThanOrEqual(25_000_000);
    // A strip 1 inch wide and 200 inches long, 2000 px wide, would be 576,000 px long.
    const strip = renderScale(72, 14_400, { widthPx: 2000 });
    expect(strip.heightPx).toBeLessThanOrEqual(16_384);
    expect(strip.widthPx).toBeGreaterThanOrEqual(1);
  });

  it('refuses sizes that are no numbers and pages without a size', () => {
    expect(() => renderScale(612, 792, { widthPx: Number.NaN })).toThrow(AppError);
    expect(() => renderScale(0, 792, { widthPx: 400 })).toThrow(/no usable size/);
  });
});
