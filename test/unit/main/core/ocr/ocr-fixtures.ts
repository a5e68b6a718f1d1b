/**
 * Images and documents for the OCR tests, made on the fly: text drawn by sharp (Pango, with the
 * app's own DejaVu font so no system font is needed) at a known place on a white page, and
 * hostile files built byte by byte (a PNG declaring 20,000 × 20,000 pixels, a TIFF with 1,000
 * pages, a PDF whose page tree is broken) so that each costs kilobytes, not gigabytes.
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { REPO_ROOT } from '../../../../support/corpus.js';

const FONT_FILE = `${REPO_ROOT}/resources/fonts/DejaVuSans.ttf`;

export type PlacedText = { png: Uint8Array; widthPx: number; heightPx: number; block: { x0: number; y0: number; x1: number; y1: number } };

/** A white page with `lines` drawn in black at (left, top), at about 12 pt at 300 dpi. */
export async function textPage(lines: readonly string[], options: { widthPx?: number; heightPx?: number; left?: number; top?: number; size?: number } = {}): Promise<PlacedText> {
  const { widthPx = 1200, heightPx = 500, left = 150, top = 120, size = 40 } = options;
  const escaped = lines.map((line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join('\n');
  const text = await sharp({ text: { text: escaped, font: `DejaVu Sans ${size}`, fontfile: FONT_FILE, dpi: 72 } }).negate().png().toBuffer({ resolveWithObject: true });
  const png = await sharp({ create: { width: widthPx, height: heightPx, channels: 3, background: '#ffffff' } })
    .composite([{ input: text.data, left, top }])
    .png()
    .toBuffer();
  return { png: new Uint8Array(png), widthPx, heightPx, block: { x0: left, y0: top, x1: left + text.info.width, y1: top + text.info.height } };
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) {
      crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A valid 1-bit greyscale PNG of `side` × `side` white pixels: 20,000 × 20,000 is 400 Mpx
 * (1.6 GB as RGBA) in about 50 KB of file.
 */
export function bombPng(side = 20_000): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  const row = Buffer.alloc(1 + Math.ceil(side / 8), 0xff);
  row[0] = 0; // filter: none
  const rows = Buffer.alloc(row.length * side);
  for (let y = 0; y < side; y += 1) {
    row.copy(rows, y * row.length);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', new Uint8Array())]));
}

/** A little-endian TIFF of `pages` pages, each an 8 × 8 grey square sharing one strip. */
export function manyPageTiff(pages: number): Uint8Array {
  const side = 8;
  const strip = 8;
  const tags = 9;
  const ifdSize = 2 + tags * 12 + 4;
  const firstIfd = strip + side * side;
  const out = Buffer.alloc(firstIfd + pages * ifdSize);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(firstIfd, 4);
  out.fill(0x80, strip, strip + side * side);
  for (let page = 0; page < pages; page += 1) {
    let at = firstIfd + page * ifdSize;
    out.writeUInt16LE(tags, at);
    at += 2;
    // [tag, type (3 short, 4 long), value]
    const entries: Array<[number, number, number]> = [
      [256, 3, side], [257, 3, side], [258, 3, 8], [259, 3, 1], [262, 3, 1],
      [273, 4, strip], [277, 3, 1], [278, 3, side], [279, 4, side * side],
    ];
    for (const [tag, type, value] of entries) {
      out.writeUInt16LE(tag, at);
      out.writeUInt16LE(type, at + 2);
      out.writeUInt32LE(1, at + 4);
      if (type === 3) {
        out.writeUInt16LE(value, at + 8);
      } else {
        out.writeUInt32LE(value, at + 8);
      }
      at += 12;
    }
    out.writeUInt32LE(page + 1 < pages ? firstIfd + (page + 1) * ifdSize : 0, at);
  }
  return new Uint8Array(out);
}

/**
 * A three-page PDF with a line of large text on each page, whose page tree points at an object
 * that does not exist where the second page should be: pdf.js opens the file and draws the first
 * pages, then throws on the last ("Pages tree contains circular reference").
 */
export async function pdfWithBrokenPage(): Promise<{ bytes: Uint8Array; brokenPage: number; texts: string[] }> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const texts = ['Alpha records request', 'Bravo response letter', 'Charlie withheld pages'];
  for (const text of texts) {
    doc.addPage([360, 120]).drawText(text, { x: 20, y: 50, size: 24, font });
  }
  const source = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
  const kids = /\/Kids \[ (\d+) 0 R (\d+) 0 R (\d+) 0 R \]/.exec(source);
  if (kids === null || kids[2] === undefined) {
    throw new Error('pdf-lib wrote no page tree the fixture recognises');
  }
  const missing = '9'.repeat(kids[2].length);
  const broken = source.replace(kids[0], kids[0].replace(` ${kids[2]} 0 R`, ` ${missing} 0 R`));
  return { bytes: new Uint8Array(Buffer.from(broken, 'latin1')), brokenPage: 3, texts };
}

/** `image` re-encoded by sharp as `format`. */
export async function reencode(image: Uint8Array, format: 'jpeg' | 'webp' | 'tiff'): Promise<Uint8Array> {
  return new Uint8Array(await sharp(image).toFormat(format, format === 'tiff' ? {} : { quality: 90 }).toBuffer());
}

/** A multi-page TIFF, one page per image (all of one size). */
export async function multiPageTiff(images: readonly Uint8Array[]): Promise<Uint8Array> {
  return new Uint8Array(await sharp(images.map((image) => Buffer.from(image)), { join: { animated: true } }).tiff().toBuffer());
}

/**
 * A one-page PDF that pdf.js opens and reads as a scan (no text, one image painted) but cannot
 * draw: the page strokes a line with a negative dash pattern, which pdf.js passes to the canvas
 * as it is and Skia (@napi-rs/canvas) refuses ("Make line dash path effect failed").
 */
export async function pdfThatCannotBeDrawn(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 300]);
  const { context } = doc;
  const image = context.register(
    PDFRawStream.of(
      context.obj({ Type: 'XObject', Subtype: 'Image', Width: 100, Height: 100, ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'FlateDecode' }),
      deflateSync(Buffer.alloc(100 * 100, 0x80)),
    ),
  );
  page.node.set(PDFName.of('Resources'), context.obj({ XObject: { Im1: image } }));
  const content = new TextEncoder().encode('[-1 -2] 0 d 0 0 m 100 100 l S q 300 0 0 300 0 0 cm /Im1 Do Q');
  page.node.set(PDFName.of('Contents'), context.register(PDFRawStream.of(context.obj({}), content)));
  return doc.save({ useObjectStreams: false });
}
