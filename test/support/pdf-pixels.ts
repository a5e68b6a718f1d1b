/**
 * What a packet page looks like, as pixels: pages rendered to PNG by poppler's `pdftoppm` (an
 * independent renderer, not pdf.js and not our code), decoded here with node:zlib, and checked
 * under a redaction box or over a whole page. The text layer says what can be copied; only the
 * pixels say whether a box really covers the words and whether a page shows anything at all.
 *
 * pdftoppm comes with poppler-utils (Debian: `apt-get install poppler-utils`); tests that need it
 * ask `hasPdftoppm()` first.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** A decoded image: `channels` bytes per pixel (1 gray, 2 gray+alpha, 3 RGB, 4 RGBA), rows top to bottom. */
export type Png = { width: number; height: number; channels: number; data: Uint8Array };

/** A rectangle in PDF points, from the page's bottom-left corner (as the packet plan places boxes). */
export type PdfBox = { x: number; y: number; width: number; height: number };

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
}

/**
 * Decodes an 8-bit, non-interlaced, non-palette PNG (what pdftoppm writes). Throws on anything
 * else rather than guessing.
 */
export function decodePng(bytes: Uint8Array): Png {
  if (!SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    throw new Error('Not a PNG file');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let channels = 0;
  const compressed: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colorType, , , interlace] = body.subarray(8, 13);
      channels = CHANNELS[colorType ?? -1] ?? 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`Unsupported PNG: bit depth ${depth}, colour type ${colorType}, interlace ${interlace}`);
      }
    } else if (type === 'IDAT') {
      compressed.push(body);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * channels;
  const data = new Uint8Array(stride * height);
  for (let row = 0; row < height; row += 1) {
    const filter = raw[row * (stride + 1)];
    const line = raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1));
    const out = row * stride;
    for (let i = 0; i < stride; i += 1) {
      const left = i >= channels ? (data[out + i - channels] ?? 0) : 0;
      const up = row > 0 ? (data[out - stride + i] ?? 0) : 0;
      const upLeft = row > 0 && i >= channels ? (data[out - stride + i - channels] ?? 0) : 0;
      const value = line[i] ?? 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = (left + up) >> 1;
          break;
        case 4:
          predicted = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`Bad PNG filter ${filter} on row ${row}`);
      }
      data[out + i] = (value + predicted) & 0xff;
    }
  }
  return { width, height, channels, data };
}

/** Brightness 0 (black) to 255 (white) of pixel (x, y); alpha is ignored (pdftoppm writes none). */
export function luma(png: Png, x: number, y: number): number {
  const at = (y * png.width + x) * png.channels;
  if (png.channels <= 2) {
    return png.data[at] ?? 0;
  }
  return Math.round(0.299 * (png.data[at] ?? 0) + 0.587 * (png.data[at + 1] ?? 0) + 0.114 * (png.data[at + 2] ?? 0));
}

export function hasPdftoppm(): boolean {
  return spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).status === 0;
}

/** Renders pages `first`..`last` (1-based, default all) at `dpi`, one PNG each, in page order. */
export async function renderPdfPages(pdf: Uint8Array, options: { dpi: number; first?: number; last?: number }): Promise<Png[]> {
  const folder = await mkdtemp(join(tmpdir(), 'foia-pixels-'));
  try {
    const input = join(folder, 'in.pdf');
    await writeFile(input, pdf);
    const args = ['-png', '-r', String(options.dpi)];
    if (options.first !== undefined) {
      args.push('-f', String(options.first));
    }
    if (options.last !== undefined) {
      args.push('-l', String(options.last));
    }
    const run = spawnSync('pdftoppm', [...args, input, join(folder, 'page')], { encoding: 'utf8' });
    if (run.status !== 0) {
      throw new Error(`pdftoppm failed (${run.status ?? run.signal}): ${run.stderr}`);
    }
    // page-01.png, page-02.png… zero-padded to the page count's width, so name order is page order.
    const names = (await readdir(folder)).filter((name) => name.endsWith('.png')).sort();
    return await Promise.all(names.map(async (name) => decodePng(new Uint8Array(await readFile(join(folder, name))))));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Pixel counts under a box: dark (luma < 64), light (> 191) and the rest. */
export type BoxPixels = { total: number; dark: number; light: number; mid: number };

/** Below this a pixel counts as black, above LIGHT as white (anti-aliased edges fall between). */
const DARK = 64;
const LIGHT = 191;

/**
 * The pixels of `png` (a page rendered at `dpi`, `pageHeight` points tall) under `box`, shrunk
 * by `inset` pixels on every side so that the anti-aliased edge of the box does not count.
 * `exclude` boxes (the label's area) are left out.
 */
export function boxPixels(png: Png, box: PdfBox, options: { dpi: number; pageHeight: number; inset?: number; exclude?: readonly PdfBox[] }): BoxPixels {
  const scale = options.dpi / 72;
  const inset = options.inset ?? 1;
  const toPixels = (area: PdfBox): { left: number; right: number; top: number; bottom: number } => ({
    left: Math.round(area.x * scale),
    right: Math.round((area.x + area.width) * scale),
    top: Math.round((options.pageHeight - area.y - area.height) * scale),
    bottom: Math.round((options.pageHeight - area.y) * scale),
  });
  const area = toPixels(box);
  const excluded = (options.exclude ?? []).map(toPixels);
  const counts: BoxPixels = { total: 0, dark: 0, light: 0, mid: 0 };
  for (let y = Math.max(0, area.top + inset); y < Math.min(png.height, area.bottom - inset); y += 1) {
    for (let x = Math.max(0, area.left + inset); x < Math.min(png.width, area.right - inset); x += 1) {
      if (excluded.some((hole) => x >= hole.left && x < hole.right && y >= hole.top && y < hole.bottom)) {
        continue;
      }
      const value = luma(png, x, y);
      counts.total += 1;
      if (value < DARK) {
        counts.dark += 1;
      } else if (value > LIGHT) {
        counts.light += 1;
      } else {
        counts.mid += 1;
      }
    }
  }
  return counts;
}

/** Share of a page's pixels that are not white: 0 for a blank page. */
export function inkShare(png: Png): number {
  let ink = 0;
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      if (luma(png, x, y) <= LIGHT) {
        ink += 1;
      }
    }
  }
  return ink / (png.width * png.height);
}
