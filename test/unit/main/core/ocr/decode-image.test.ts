import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE_LIMITS, decodeImagePage, inspectImage, ocrSize, toPgm } from '../../../../../main/core/ocr/decode-image.js';
import { expectCode } from '../../../../support/expect-code.js';
import { bombPng, manyPageTiff, textPage } from './ocr-fixtures.js';

describe('decodeImagePage', () => {
  it('turns a page into an 8-bit greyscale PGM of the same size, transparent pixels white', async () => {
    const transparent = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const page = await decodeImagePage(new Uint8Array(transparent), 1);
    expect(page).toMatchObject({ widthPx: 40, heightPx: 30, ocrWidthPx: 40, ocrHeightPx: 30, dpi: null });
    const header = 'P5\n40 30\n255\n';
    expect(new TextDecoder().decode(page.pgm.subarray(0, header.length))).toBe(header);
    expect(page.pgm.length).toBe(header.length + 40 * 30);
    expect(Math.min(...page.pgm.subarray(header.length))).toBe(255);
  });

  it('keeps a declared scan resolution and ignores placeholder ones', async () => {
    const { png } = await textPage(['x'], { widthPx: 200, heightPx: 100 });
    const at300 = await sharp(png).withMetadata({ density: 300 }).png().toBuffer();
    const at72 = await sharp(png).withMetadata({ density: 72 }).png().toBuffer();
    expect((await decodeImagePage(new Uint8Array(at300), 1)).dpi).toBe(300);
    expect((await decodeImagePage(new Uint8Array(at72), 1)).dpi).toBeNull();
  });

  it('scales a page above the OCR pixel budget down, keeping its own size for the boxes', async () => {
    const { png } = await textPage(['x'], { widthPx: 1000, heightPx: 800 });
    const page = await decodeImagePage(png, 1, { ...DEFAULT_IMAGE_LIMITS, maxOcrPixels: 200_000 });
    expect(page).toMatchObject({ widthPx: 1000, heightPx: 800, ocrWidthPx: 500, ocrHeightPx: 400 });
  });

  it('refuses a 20,000 × 20,000 PNG from its header, quickly and without decoding it', async () => {
    const bomb = bombPng();
    expect(bomb.length).toBeLessThan(200_000);
    const start = performance.now();
    const rssBefore = process.memoryUsage().rss;
    const error = await expectCode(decodeImagePage(bomb, 1), 'source-unreadable');
    expect(error.message).toMatch(/20000 × 20000 pixels \(400\.0 Mpx\), above the limit of 100\.0 Mpx/);
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200_000_000);
  });

  it('reports a corrupt file as unreadable, naming the page', async () => {
    const { png } = await textPage(['x'], { widthPx: 200, heightPx: 100 });
    const truncated = png.slice(0, 60);
    await expectCode(inspectImage(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])), 'source-unreadable');
    const error = await expectCode(decodeImagePage(truncated, 1), 'source-unreadable');
    expect(error.message).toMatch(/^Page 1 of the image cannot be decoded/);
  });
});

describe('inspectImage', () => {
  it('counts the pages of a 1,000-page TIFF from its header', async () => {
    const start = performance.now();
    expect(await inspectImage(manyPageTiff(1000))).toEqual({ format: 'tiff', pageCount: 1000 });
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it('refuses formats OCR does not take, SVG above all', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="file:///etc/passwd"/></svg>');
    const error = await expectCode(inspectImage(svg), 'unsupported');
    expect(error.message).toMatch(/SVG/);
  });
});

describe('ocrSize and toPgm', () => {
  it('scales to the pixel budget keeping the aspect ratio', () => {
    expect(ocrSize(4000, 3000, 12_000_000)).toEqual({ widthPx: 4000, heightPx: 3000 });
    expect(ocrSize(4000, 3000, 3_000_000)).toEqual({ widthPx: 2000, heightPx: 1500 });
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => toPgm(new Uint8Array(5), 2, 2)).toThrow(/not a 2 × 2/);
  });
});
