/**
 * Font runs and text widths from the packet's real fonts, without a PDF document.
 *
 * Layout needs widths before anything is drawn, and it should not depend on pdf-lib. Widths are
 * computed the way pdf-lib computes them for embedded fonts (fontkit `layout` with the face's
 * features, summing glyph advances), so what layout measures is what the PDF shows. A plain face
 * (no shaping, see packet-fonts.ts) maps each character to its glyph, so its width is the sum of
 * per-character advances, cached per character. Results are cached per build: record bodies
 * repeat the same words many times.
 */
import fontkit from '@pdf-lib/fontkit';
import { measureRuns, splitFontRuns, type FontRun, type GlyphCoverage, type MeasureText, type TextStyle } from './font-runs.js';
import { FACE_FILE, faceFor, type FaceName, type FontFile, type PacketFontFiles } from './packet-fonts.js';

export type TextShaper = {
  /** Runs of `text` in `style`, each with the face that draws it. */
  runs(text: string, style: TextStyle): Array<FontRun & { face: FaceName }>;
  /** Width of one run's text in a face, in points. */
  faceWidth(face: FaceName, text: string, size: number): number;
  measure: MeasureText;
  /**
   * Whether `style`'s primary face or the fallback has a glyph for the code point. A character
   * neither has is drawn as the primary face's empty box; layout reports it (uncovered-chars.ts).
   */
  covers(codePoint: number, style: TextStyle): boolean;
};

type FontkitFont = ReturnType<typeof fontkit.create>;

function memoProbe(font: FontkitFont): (codePoint: number) => boolean {
  const cache = new Map<number, boolean>();
  return (codePoint) => {
    let has = cache.get(codePoint);
    if (has === undefined) {
      has = font.hasGlyphForCodePoint(codePoint);
      cache.set(codePoint, has);
    }
    return has;
  };
}

/** Opens the three faces with fontkit (lazily parsed: only the tables used are read). */
export function createTextShaper(files: PacketFontFiles): TextShaper {
  const fonts: Record<FontFile, FontkitFont> = {
    regular: fontkit.create(files.regular),
    bold: fontkit.create(files.bold),
    fallback: fontkit.create(files.fallback),
  };
  const fallbackProbe = memoProbe(fonts.fallback);
  const coverage: Record<TextStyle, GlyphCoverage> = {
    regular: { primary: memoProbe(fonts.regular), fallback: fallbackProbe },
    bold: { primary: memoProbe(fonts.bold), fallback: fallbackProbe },
  };

  // Per-character advances of the plain faces, by file, at size 1.
  const charAdvances = new Map<string, number>();
  const plainUnitWidth = (file: FontFile, text: string): number => {
    const font = fonts[file];
    let advance = 0;
    for (const char of text) {
      const key = `${file}\u0000${char}`;
      let width = charAdvances.get(key);
      if (width === undefined) {
        width = font.glyphForCodePoint(char.codePointAt(0) ?? 0).advanceWidth / font.unitsPerEm;
        charAdvances.set(key, width);
      }
      advance += width;
    }
    return advance;
  };

  // Widths at size 1: width is linear in size, so one entry serves every size.
  const faceWidths = new Map<string, number>();
  const faceUnitWidth = (face: FaceName, text: string): number => {
    const file = FACE_FILE[face];
    if (face !== file) {
      return plainUnitWidth(file, text);
    }
    const key = `${face}\u0000${text}`;
    let width = faceWidths.get(key);
    if (width === undefined) {
      const font = fonts[file];
      let advance = 0;
      for (const glyph of font.layout(text).glyphs) {
        advance += glyph.advanceWidth;
      }
      width = advance / font.unitsPerEm;
      faceWidths.set(key, width);
    }
    return width;
  };

  const runs = (text: string, style: TextStyle): Array<FontRun & { face: FaceName }> =>
    splitFontRuns(text, coverage[style]).map((run) => ({ ...run, face: faceFor(run.font, style, run.text) }));

  const textWidths = new Map<string, number>();
  const measure: MeasureText = (text, size, style) => {
    const key = `${style}\u0000${text}`;
    let width = textWidths.get(key);
    if (width === undefined) {
      width = measureRuns(runs(text, style), (run) => faceUnitWidth(faceFor(run.font, style, run.text), run.text));
      textWidths.set(key, width);
    }
    return width * size;
  };

  return {
    runs,
    faceWidth: (face, text, size) => faceUnitWidth(face, text) * size,
    measure,
    covers: (codePoint, style) => coverage[style].primary(codePoint) || coverage[style].fallback(codePoint),
  };
}
