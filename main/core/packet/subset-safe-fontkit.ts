/**
 * The fontkit instance handed to pdf-lib, with a fix for its TrueType subsetter.
 *
 * Why: @pdf-lib/fontkit 1.1.1 (the fork pdf-lib uses; unmaintained, no newer release) writes a
 * subset's `loca` table in the short format whenever the subset's glyph data is under 64 KiB,
 * halving every offset. Short offsets can only express even positions, and fontkit does not pad
 * glyph records to even length, so after the first odd-length glyph every later glyph points one
 * byte off: viewers draw garbage or nothing, with no error, while text extraction (which reads
 * the ToUnicode map, not the outlines) still looks perfect. DroidSansFallbackFull has thousands
 * of odd-length glyphs, so every CJK subset was broken. Upstream fontkit fixed this in 1.8.0
 * (foliojs/fontkit#191) by keeping the source font's long format; we do the same, always
 * writing long offsets (valid for any TrueType font, two bytes more per glyph).
 *
 * How: `TTFSubset.encode` assigns `this.loca = { offsets: [] }` and later asks the loca table to
 * pick a format only if `version` is unset. An accessor on the subset instance sets `version = 1`
 * on the object as it is assigned. test/unit/main/core/packet/build-packet.test.ts decodes every
 * embedded subset and compares its outlines with the original font, so a change in fontkit
 * internals that defeats this fails the suite rather than the packets.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<typeof fontkit.create>;
type FontkitSubset = ReturnType<FontkitFont['createSubset']>;

/** `head.indexToLocFormat` value for 32-bit `loca` offsets. */
const LONG_LOCA_FORMAT = 1;

function keepLongLoca(subset: FontkitSubset): FontkitSubset {
  let loca: unknown;
  Object.defineProperty(subset, 'loca', {
    configurable: true,
    enumerable: true,
    get: () => loca,
    set: (value: unknown) => {
      if (typeof value === 'object' && value !== null) {
        (value as { version?: number }).version = LONG_LOCA_FORMAT;
      }
      loca = value;
    },
  });
  return subset;
}

/** fontkit whose subsets keep every glyph intact; pass to `PDFDocument.registerFontkit`. */
export const subsetSafeFontkit: Fontkit = {
  create(bytes: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(bytes, postscriptName);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => keepLongLoca(createSubset());
    return font;
  },
};
