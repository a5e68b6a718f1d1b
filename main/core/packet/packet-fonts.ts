/**
 * The packet's fonts: reading the TTF files shipped in resources/fonts and embedding them into
 * a PDF.
 *
 * Why these fonts: pdf-lib's standard fonts only encode WinAnsi and throw on Japanese, Russian,
 * Arabic and the rest, which is exactly what public records contain. DejaVu Sans covers Latin,
 * Greek, Cyrillic, Hebrew, Arabic and symbols; Droid Sans Fallback covers CJK. Fonts are
 * embedded as subsets (only the glyphs used), so a packet stays small even though the CJK font
 * is 4 MB. The bytes are read once by the caller and passed in, so a long session does not
 * reread them for each packet and tests can share them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { AppError } from '../../../shared/errors.js';
import type { FontRole, TextStyle } from './font-runs.js';
import { subsetSafeFontkit } from './subset-safe-fontkit.js';

/** The raw bytes of the three faces. */
export type PacketFontFiles = { regular: Uint8Array; bold: Uint8Array; fallback: Uint8Array };

export type FaceName = keyof PacketFontFiles;

export const FACE_NAMES: readonly FaceName[] = ['regular', 'bold', 'fallback'];

export const PACKET_FONT_FILES: Readonly<Record<FaceName, string>> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  fallback: 'DroidSansFallbackFull.ttf',
};

/** Reads the three font files from `fontDir` (resources/fonts in the app). */
export async function loadPacketFonts(fontDir: string): Promise<PacketFontFiles> {
  const read = async (face: FaceName): Promise<Uint8Array> => {
    const path = join(fontDir, PACKET_FONT_FILES[face]);
    try {
      return new Uint8Array(await readFile(path));
    } catch (error: unknown) {
      // A missing font means a broken installation, not a user mistake.
      throw new AppError('internal', 'A font needed to build packets is missing', {
        path,
        cause: error instanceof Error ? error.message : String(error),
      });
    }
  };
  const [regular, bold, fallback] = await Promise.all([read('regular'), read('bold'), read('fallback')]);
  return { regular, bold, fallback };
}

/** The face a run is drawn in: the fallback has a single weight, used for bold too. */
export function faceFor(font: FontRole, style: TextStyle): FaceName {
  if (font === 'fallback') {
    return 'fallback';
  }
  return style === 'bold' ? 'bold' : 'regular';
}

/**
 * Embeds the named faces as subsets. Only faces the packet draws with are embedded: an unused
 * face would still add its hinting tables to the file.
 */
export async function embedPacketFonts(
  doc: PDFDocument,
  files: PacketFontFiles,
  faces: ReadonlySet<FaceName>,
): Promise<Map<FaceName, PDFFont>> {
  doc.registerFontkit(subsetSafeFontkit);
  const embedded = new Map<FaceName, PDFFont>();
  // In a fixed order: pdf-lib names fonts from a seeded sequence, so order keeps output stable.
  for (const face of FACE_NAMES) {
    if (faces.has(face)) {
      embedded.set(face, await doc.embedFont(files[face], { subset: true }));
    }
  }
  return embedded;
}
