/**
 * A `raster` page: a scanned PDF's page with redactions, drawn by pdf.js as an image, the redacted
 * words painted black into its pixels, and the image (PNG, lossless so no trace of the strokes
 * comes back as compression noise) placed on the packet page where an original page would sit.
 *
 * Why pixels and not a box over the copied page: a box drawn over a page leaves the page's
 * content underneath, and anyone with a PDF editor can lift it off. Here nothing of the source
 * page goes into the packet but the image drawn from it: no text layer, no XObject of the
 * scan, no annotation, so nothing under a box survives.
 */
import type { PDFImage, PDFPage } from 'pdf-lib';
import sharp from 'sharp';
import { AppError } from '../../../shared/errors.js';
import type { RenderablePdf } from '../documents/pdf/render-pdf-page.js';
import type { PixelBox } from '../ocr/ocr-result.js';
import { originalFrame, placeOriginal } from './assemble-original-frame.js';
import type { RasterPlan } from './packet-plan.js';
import type { PageGeometry } from './page-geometry.js';

/**
 * The resolution a raster page is drawn at: scans are commonly 200–300 dpi, and 200 keeps body
 * text legible in print while keeping a Letter page's image near 1.5 MB before compression.
 */
export const RASTER_DPI = 200;

/**
 * Pixels added on every side of a box once scaled to the image drawn. OCR's boxes are tight
 * around the ink; anti-aliasing and the rounding of two scales can leave an edge of a stroke
 * just outside. Hiding a little more is safe.
 */
const BOX_PADDING_PX = 2;

/** `boxes`, measured on an image of `from` size, as pixel rectangles on an image of `to` size, padded and clipped. */
export function scaledBoxes(boxes: readonly PixelBox[], from: { widthPx: number; heightPx: number }, to: { widthPx: number; heightPx: number }): PixelBox[] {
  const sx = to.widthPx / from.widthPx;
  const sy = to.heightPx / from.heightPx;
  return boxes.map((box) => ({
    x0: Math.max(0, Math.floor(box.x0 * sx) - BOX_PADDING_PX),
    y0: Math.max(0, Math.floor(box.y0 * sy) - BOX_PADDING_PX),
    x1: Math.min(to.widthPx, Math.ceil(box.x1 * sx) + BOX_PADDING_PX),
    y1: Math.min(to.heightPx, Math.ceil(box.y1 * sy) + BOX_PADDING_PX),
  }));
}

/** Paints `boxes` black in `pixels` (rows top to bottom, `channels` bytes a pixel, no alpha). Pure but for the buffer. */
export function burnBoxes(pixels: Uint8Array, width: number, channels: number, boxes: readonly PixelBox[]): void {
  for (const box of boxes) {
    for (let y = box.y0; y < box.y1; y += 1) {
      pixels.fill(0, (y * width + box.x0) * channels, (y * width + box.x1) * channels);
    }
  }
}

/** The PNG of `page` of `pdf` with `raster.boxes` burned in. Throws `source-unreadable` when the page cannot be drawn. */
export async function rasterPagePng(pdf: RenderablePdf, page: number, raster: RasterPlan, signal?: AbortSignal): Promise<Uint8Array> {
  const drawn = await pdf.renderPage(page, { dpi: RASTER_DPI }, signal);
  // Alpha removed: a transparent pixel would show whatever a viewer puts behind the image.
  const { data, info } = await sharp(drawn.png).flatten({ background: '#ffffff' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  if (info.width !== drawn.widthPx || info.height !== drawn.heightPx) {
    throw new AppError('internal', `Page ${page} was drawn ${drawn.widthPx} × ${drawn.heightPx} but decoded ${info.width} × ${info.height}`);
  }
  const pixels = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  burnBoxes(pixels, info.width, info.channels, scaledBoxes(raster.boxes, raster, { widthPx: info.width, heightPx: info.height }));
  const png = await sharp(pixels, { raw: { width: info.width, height: info.height, channels: info.channels } }).png({ compressionLevel: 9 }).toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** Draws the image into the original-page frame of `page`, at the page's displayed size scaled as an original would be. */
export function drawRasterPage(page: PDFPage, image: PDFImage, raster: RasterPlan, geometry: PageGeometry): void {
  const placement = placeOriginal(raster.widthPt, raster.heightPt, 0, originalFrame(geometry));
  page.drawImage(image, { x: placement.x, y: placement.y, width: raster.widthPt * placement.scale, height: raster.heightPt * placement.scale });
}
