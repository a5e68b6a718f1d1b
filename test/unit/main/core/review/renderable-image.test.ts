/** Image records drawn for the viewer: upright, on white, at the width asked, within OCR's limits. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawnSize, openImageForRendering } from '../../../../../main/core/review/renderable-image.js';
import { DEFAULT_IMAGE_LIMITS } from '../../../../../main/core/ocr/decode-image.js';
import { expectCode } from '../../../../support/expect-code.js';

async function png(width: number, height: number, options: { alpha?: boolean } = {}): Promise<Uint8Array> {
  const channels = options.alpha === true ? 4 : 3;
  return new Uint8Array(await sharp({ create: { width, height, channels, background: options.alpha === true ? { r: 0, g: 0, b: 0, alpha: 0 } : '#336699' } }).png().toBuffer());
}

describe('image records drawn as pages', () => {
  it('draws a page at the width asked, clamped to 200–2000, never enlarged past its own size', async () => {
    const image = await openImageForRendering(await png(1600, 1200));
    expect(image.pageCount).toBe(1);
    const drawn = await image.renderPage(1, { widthPx: 800 });
    expect(drawn).toMatchObject({ widthPx: 800, heightPx: 600, page: 1, pageCount: 1 });
    expect((await sharp(drawn.png).metadata()).format).toBe('png');
    expect(await image.renderPage(1, { widthPx: 10 })).toMatchObject({ widthPx: 200, heightPx: 150 });
    expect(await (await openImageForRendering(await png(300, 100))).renderPage(1, { widthPx: 1200 })).toMatchObject({ widthPx: 300, heightPx: 100 });
    await expectCode(image.renderPage(2, { widthPx: 800 }), 'invalid-args');
  });

  it('keeps a tall strip within the side limit PDF pages are drawn within', () => {
    expect(drawnSize(1000, 100_000, 800)).toEqual({ widthPx: 164, heightPx: 16_384 });
    expect(drawnSize(1600, 1200, 800)).toEqual({ widthPx: 800, heightPx: 600 });
    expect(drawnSize(300, 100, 1200)).toEqual({ widthPx: 300, heightPx: 100 });
  });

  it('puts transparent pixels on white and turns a page upright by its EXIF orientation', async () => {
    const clear = await (await openImageForRendering(await png(400, 200, { alpha: true }))).renderPage(1, { widthPx: 400 });
    const { data } = await sharp(clear.png).raw().toBuffer({ resolveWithObject: true });
    expect(data.every((value) => value === 255)).toBe(true);
    const turned = new Uint8Array(await sharp(await png(400, 200)).withMetadata({ orientation: 6 }).jpeg().toBuffer());
    expect(await (await openImageForRendering(turned)).renderPage(1, { widthPx: 2000 })).toMatchObject({ widthPx: 200, heightPx: 400 });
  });

  it('refuses what is no raster image, a decompression bomb, and a page past the page limit', async () => {
    await expectCode(openImageForRendering(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100"/></svg>')), 'unsupported');
    await expectCode(openImageForRendering(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])), 'source-unreadable');
    const bomb = await openImageForRendering(await png(2000, 1000), { ...DEFAULT_IMAGE_LIMITS, maxInputPixels: 1_000_000 });
    const refused = await expectCode(bomb.renderPage(1, { widthPx: 800 }), 'source-unreadable');
    expect(refused.message).toContain('declares 2000 × 1000 pixels');
    const tiff = new Uint8Array(await sharp(await png(300, 300)).tiff().toBuffer());
    const limited = await openImageForRendering(tiff, { ...DEFAULT_IMAGE_LIMITS, maxPages: 0 });
    await expectCode(limited.renderPage(1, { widthPx: 300 }), 'source-unreadable');
  });
});
