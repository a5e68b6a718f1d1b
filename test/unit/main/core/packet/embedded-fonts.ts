/**
 * Reads the font subsets embedded in a PDF and compares their glyph outlines with the original
 * font files. Text extraction cannot catch a broken subset (it reads the ToUnicode map, not the
 * outlines), so this is how the tests prove that what a viewer draws is the right glyph.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

export type SubsetCheck = {
  /** The font's BaseFont without pdf-lib's numeric suffix, e.g. "DroidSansFallback". */
  name: string;
  /** Glyphs compared (those that map to one code point and are not shaped, see below). */
  compared: number;
  mismatched: number[];
};

// Hebrew and Arabic glyphs are replaced by contextual forms when shaped, so the subset glyph
// for an Arabic letter is not the font's default glyph for that code point: skip them.
const SHAPED = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

function decodeStream(value: unknown): Uint8Array {
  const stream = value instanceof PDFRawStream ? value : null;
  if (stream === null) {
    throw new Error('Expected a stream');
  }
  return decodePDFRawStream(stream).decode();
}

export async function checkEmbeddedSubsets(pdf: Uint8Array, originals: readonly Uint8Array[]): Promise<SubsetCheck[]> {
  const byName = new Map(originals.map((bytes) => {
    const font = fontkit.create(bytes);
    return [font.postscriptName, font] as const;
  }));
  const doc = await PDFDocument.load(pdf);
  const results: SubsetCheck[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) {
      continue;
    }
    const baseFont = object.lookup(PDFName.of('BaseFont'), PDFName).decodeText();
    const name = baseFont.replace(/-\d+$/, '');
    const original = byName.get(name);
    if (original === undefined) {
      throw new Error(`Unknown embedded font ${baseFont}`);
    }
    const descendant = object.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict);
    const subset = fontkit.create(decodeStream(descriptor.lookup(PDFName.of('FontFile2'))));
    const cmap = new TextDecoder('latin1').decode(decodeStream(object.lookup(PDFName.of('ToUnicode'))));

    let compared = 0;
    const mismatched: number[] = [];
    for (const match of cmap.matchAll(/<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})>/g)) {
      const glyphId = Number.parseInt(match[1] ?? '', 16);
      const codePoint = Number.parseInt(match[2] ?? '', 16);
      if (SHAPED.test(String.fromCodePoint(codePoint))) {
        continue;
      }
      compared += 1;
      let drawn: string;
      try {
        drawn = subset.getGlyph(glyphId).path.toSVG();
      } catch {
        drawn = '<undecodable>';
      }
      if (drawn !== original.glyphForCodePoint(codePoint).path.toSVG()) {
        mismatched.push(codePoint);
      }
    }
    results.push({ name, compared, mismatched });
  }
  return results;
}
