/**
 * Image files decoded for OCR with sharp (libvips), one page at a time, every cost bounded.
 *
 * The files are untrusted: a scan attached to an email may be damaged, or be built to exhaust
 * memory (a PNG declaring 20,000 × 20,000 pixels compresses to a few kilobytes). So:
 * - only raster formats OCR can use are accepted (PNG, JPEG, TIFF, WebP, GIF); the format is
 *   read from the bytes, never the name, and everything else (SVG, which can reference other
 *   files, HEIF, …) is refused as `unsupported`;
 * - a page declaring more than `maxInputPixels` is refused from its header, before any pixel is
 *   decoded (sharp's `limitInputPixels` applies the same limit inside libvips);
 * - a page is scaled down to at most `maxOcrPixels` before OCR, since Tesseract's memory grows
 *   with the image (word boxes are mapped back to the original pixels by the caller);
 * - a multi-page TIFF is read to at most `maxPages` pages; the rest are reported, not read;
 * - each decode has a time limit (libvips stops the pipeline).
 *
 * Output is 8-bit greyscale as a binary PGM: Leptonica (inside Tesseract) reads it without
 * decompressing anything, so no second decoder sees the untrusted bytes.
 */
import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';
import { AppError } from '../../../shared/errors.js';

export type ImageLimits = {
  /** A page declaring more pixels than this is refused (a decompression bomb). */
  maxInputPixels: number;
  /** Larger pages are scaled down to this many pixels before OCR. */
  maxOcrPixels: number;
  /** Pages of one file read at most; later pages become one error. */
  maxPages: number;
  /** Time to decode one page. */
  decodeTimeoutSeconds: number;
};

export const DEFAULT_IMAGE_LIMITS: ImageLimits = {
  // A4 at 1200 dpi is 140 Mpx; an A3 page at 600 dpi, 70 Mpx. 100 Mpx admits real scans.
  maxInputPixels: 100_000_000,
  // An A4 page at 600 dpi (35 Mpx): about 1 GB of Tesseract working memory, the most one
  // worker should take. Text scanned finer than that loses nothing at this size.
  maxOcrPixels: 36_000_000,
  maxPages: 500,
  decodeTimeoutSeconds: 30,
};

/** Formats OCR accepts, as sharp names them. */
const OCR_FORMATS: ReadonlySet<string> = new Set(['png', 'jpeg', 'tiff', 'webp', 'gif']);

/** A resolution outside this range is a placeholder (72, 96, 1) rather than a scan's. */
const PLAUSIBLE_DPI = { min: 100, max: 2400 };

export type ImageInfo = {
  format: string;
  /** Pages (TIFF) or frames (GIF, WebP); 1 for a still image. */
  pageCount: number;
};

/** One page, ready for Tesseract. */
export type DecodedPage = {
  /** A binary PGM (P5), 8-bit greyscale. */
  pgm: Uint8Array;
  /** The page's own size, upright (after its EXIF orientation). */
  widthPx: number;
  heightPx: number;
  /** The size OCR sees: smaller than the page when it was scaled down. */
  ocrWidthPx: number;
  ocrHeightPx: number;
  /** The resolution of the PGM, when the file declares a plausible one. */
  dpi: number | null;
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A decoding failure as the error that names the image's page; an AppError passes unchanged. */
export function unreadable(error: unknown, page: number | null): AppError {
  if (error instanceof AppError) {
    return error;
  }
  const where = page === null ? 'The image' : `Page ${page} of the image`;
  return new AppError('source-unreadable', `${where} cannot be decoded: ${messageOf(error)}`, page === null ? undefined : { page });
}

function megapixels(pixels: number): string {
  return `${(pixels / 1e6).toFixed(1)} Mpx`;
}

/** Refuses a page whose declared size is above the limit, before it is decoded. */
function checkDeclaredSize(width: number | undefined, height: number | undefined, limits: ImageLimits, page: number | null): void {
  if (width === undefined || height === undefined || !(width > 0 && height > 0)) {
    throw new AppError('source-unreadable', `${page === null ? 'The image' : `Page ${page}`} declares no usable size`, page === null ? undefined : { page });
  }
  if (width * height > limits.maxInputPixels) {
    throw new AppError(
      'source-unreadable',
      `${page === null ? 'The image' : `Page ${page}`} declares ${width} × ${height} pixels (${megapixels(width * height)}), above the limit of ${megapixels(limits.maxInputPixels)}`,
      { page, width, height },
    );
  }
}

/** Reads the header: the format and how many pages. Refuses formats OCR does not take. */
export async function inspectImage(bytes: Uint8Array): Promise<ImageInfo> {
  let metadata: Metadata;
  try {
    // Reading the header decodes no pixels; the size limit is applied page by page, with a
    // message that says what the page declares (sharp's own says only "exceeds pixel limit").
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw unreadable(error, null);
  }
  if (!OCR_FORMATS.has(metadata.format)) {
    throw new AppError('unsupported', `Images in ${metadata.format.toUpperCase()} format are not OCR'd (only PNG, JPEG, TIFF, WebP and GIF)`, { format: metadata.format });
  }
  return { format: metadata.format, pageCount: Math.max(1, metadata.pages ?? 1) };
}

/** The size OCR should see: the page itself, or scaled down to `maxPixels`. */
export function ocrSize(widthPx: number, heightPx: number, maxPixels: number): { widthPx: number; heightPx: number } {
  const pixels = widthPx * heightPx;
  if (pixels <= maxPixels) {
    return { widthPx, heightPx };
  }
  const factor = Math.sqrt(maxPixels / pixels);
  return { widthPx: Math.max(1, Math.floor(widthPx * factor)), heightPx: Math.max(1, Math.floor(heightPx * factor)) };
}

/** A binary PGM around 8-bit greyscale pixels. */
export function toPgm(pixels: Uint8Array, widthPx: number, heightPx: number): Uint8Array {
  if (pixels.length !== widthPx * heightPx) {
    throw new AppError('internal', `${pixels.length} bytes are not a ${widthPx} × ${heightPx} greyscale image`);
  }
  const header = new TextEncoder().encode(`P5\n${widthPx} ${heightPx}\n255\n`);
  const pgm = new Uint8Array(header.length + pixels.length);
  pgm.set(header, 0);
  pgm.set(pixels, header.length);
  return pgm;
}

function plausibleDpi(density: number | undefined): number | null {
  return density !== undefined && density >= PLAUSIBLE_DPI.min && density <= PLAUSIBLE_DPI.max ? Math.round(density) : null;
}

/** One page of an image, checked against the limits and ready to decode: upright, on white. */
export type UprightPage = {
  /** The page turned by its EXIF orientation, transparent pixels made white; nothing decoded yet. */
  pipeline: Sharp;
  /** The page's size once upright. */
  widthPx: number;
  heightPx: number;
  /** The resolution the file declares, if any (dots per inch). */
  density: number | undefined;
};

/**
 * Page `page` (1-based) of an image as a sharp pipeline, after its declared size was checked
 * against the limits (nothing is decoded before that): turned upright by its EXIF orientation,
 * and with transparent pixels white (text on a transparent background would otherwise sit on
 * black). OCR decodes it to greyscale; the viewer draws it as a PNG.
 */
export async function uprightPage(bytes: Uint8Array, page: number, limits: ImageLimits): Promise<UprightPage> {
  const options: SharpOptions = { page: page - 1, pages: 1, limitInputPixels: limits.maxInputPixels, failOn: 'error' };
  const metadata = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  const declaredHeight = metadata.pageHeight ?? metadata.height;
  checkDeclaredSize(metadata.width, declaredHeight, limits, page);
  // EXIF orientations 5–8 swap the sides.
  const swapped = (metadata.orientation ?? 1) >= 5;
  return {
    pipeline: sharp(bytes, options).rotate().flatten({ background: '#ffffff' }),
    widthPx: swapped ? (declaredHeight ?? 0) : (metadata.width ?? 0),
    heightPx: swapped ? (metadata.width ?? 0) : (declaredHeight ?? 0),
    density: metadata.density,
  };
}

/**
 * Decodes page `page` (1-based) of an image to greyscale for OCR, upright and on white
 * (`uprightPage`), scaled down to `maxOcrPixels` when larger.
 */
export async function decodeImagePage(bytes: Uint8Array, page: number, limits: ImageLimits = DEFAULT_IMAGE_LIMITS, knownDpi: number | null = null): Promise<DecodedPage> {
  try {
    const upright = await uprightPage(bytes, page, limits);
    const { widthPx: width, heightPx: height } = upright;
    const target = ocrSize(width, height, limits.maxOcrPixels);
    let pipeline = upright.pipeline.toColourspace('b-w');
    if (target.widthPx !== width || target.heightPx !== height) {
      pipeline = pipeline.resize(target.widthPx, target.heightPx, { fit: 'fill', kernel: 'lanczos3' });
    }
    const { data, info } = await pipeline.raw({ depth: 'uchar' }).timeout({ seconds: limits.decodeTimeoutSeconds }).toBuffer({ resolveWithObject: true });
    if (info.channels !== 1) {
      throw new AppError('internal', `Expected one greyscale channel, got ${info.channels}`);
    }
    const declared = knownDpi ?? plausibleDpi(upright.density);
    return {
      pgm: toPgm(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), info.width, info.height),
      widthPx: width,
      heightPx: height,
      ocrWidthPx: info.width,
      ocrHeightPx: info.height,
      dpi: declared === null ? null : Math.round((declared * info.width) / Math.max(1, width)),
    };
  } catch (error) {
    throw unreadable(error, page);
  }
}
