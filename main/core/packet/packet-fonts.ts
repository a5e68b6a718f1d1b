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

export type FontFile = keyof PacketFontFiles;

/**
 * The faces text is drawn in. A `-plain` face is its file drawn without OpenType shaping (no
 * ligatures, no contextual forms, no mark positioning, no kerning): runs that need none of it
 * (Latin, Greek, Cyrillic without combining marks) take it, because full shaping of every line
 * was two thirds of a packet's build time. Arabic, Hebrew points, combining marks and the like
 * keep the shaped face.
 */
export type FaceName = FontFile | 'regular-plain' | 'bold-plain';

/** In embedding order: pdf-lib names fonts from a seeded sequence, so a fixed order keeps output stable. */
export const FACE_NAMES: readonly FaceName[] = ['regular', 'regular-plain', 'bold', 'bold-plain', 'fallback'];

/** The file each face is drawn from. */
export const FACE_FILE: Readonly<Record<FaceName, FontFile>> = {
  regular: 'regular',
  'regular-plain': 'regular',
  bold: 'bold',
  'bold-plain': 'bold',
  fallback: 'fallback',
};

/** Every OpenType feature fontkit applies by default, switched off: what a plain face is laid out with. */
export const PLAIN_FEATURES: Readonly<Record<string, boolean>> = Object.fromEntries(
  ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom'].map((tag) => [tag, false]),
);

/** Scripts and marks that must be shaped to read correctly (joining, reordering, mark placement). */
const NEEDS_SHAPING = /[\u0300-\u036F\u0483-\u0489\u0591-\u05C7\u0600-\u08FF\u0900-\u0DFF\u0E00-\u0FFF\u1000-\u109F\u1AB0-\u1AFF\u1DC0-\u1DFF\u200C\u200D\u20D0-\u20FF\uFB1D-\uFDFF\uFE00-\uFE0F\uFE20-\uFE2F\uFE70-\uFEFF]/u;

/** Whether `text` needs OpenType shaping to be drawn correctly. */
export function needsShaping(text: string): boolean {
  return NEEDS_SHAPING.test(text);
}

export const PACKET_FONT_FILES: Readonly<Record<FontFile, string>> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  fallback: 'DroidSansFallbackFull.ttf',
};

/** Reads the three font files from `fontDir` (resources/fonts in the app). */
export async function loadPacketFonts(fontDir: string): Promise<PacketFontFiles> {
  const read = async (face: FontFile): Promise<Uint8Array> => {
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

/**
 * The face a run is drawn in: the fallback has a single weight, used for bold too; a run that
 * needs no shaping takes the plain face (see FaceName) unless `shaped` is asked for.
 */
export function faceFor(font: FontRole, style: TextStyle, text = '', shaped = needsShaping(text)): FaceName {
  if (font === 'fallback') {
    return 'fallback';
  }
  const face = style === 'bold' ? 'bold' : 'regular';
  return shaped ? face : `${face}-plain`;
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
      const plain = face.endsWith('-plain');
      embedded.set(face, await doc.embedFont(files[FACE_FILE[face]], plain ? { subset: true, features: { ...PLAIN_FEATURES } } : { subset: true }));
    }
  }
  return embedded;
}
