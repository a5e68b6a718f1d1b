/**
 * Body redactions mapped onto OCR words, on Tesseract's real output for the corpus scan
 * (test/support/ocr-fixture.ts): a two-page scan whose pages both read as the fixture's text.
 */
import { describe, expect, it } from 'vitest';
import { alignOcrWords, redactionBoxes, type AlignedWord } from '../../../../../main/core/packet/redaction-word-boxes.js';
import { linnPage1, ocrPageWords, scannedBody } from '../../../../support/ocr-fixture.js';

const fixture = linnPage1();
const { body, document } = scannedBody(fixture, 2);
const pages = [ocrPageWords(fixture, 1), ocrPageWords(fixture, 2)];
const aligned = alignOcrWords(body, document.pageStarts, pages);

/** The span of the `nth` (0-based) occurrence of `quote` in the body. */
function spanOf(quote: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) {
    at = body.indexOf(quote, at + 1);
  }
  if (at === -1) {
    throw new Error(`“${quote}” is not in the body ${nth + 1} times`);
  }
  return { start: at, end: at + quote.length };
}

function wordsIn(words: readonly AlignedWord[]): string[] {
  return words.map((word) => body.slice(word.start, word.end));
}

describe('alignOcrWords', () => {
  it('finds every word of both pages at its place in the body, in order', () => {
    expect(aligned).toHaveLength(fixture.words.length * 2);
    expect(wordsIn(aligned)).toEqual([...fixture.words, ...fixture.words].map((word) => word.text));
    expect(aligned.filter((word) => word.page === 2).every((word) => word.start >= (document.pageStarts[1] ?? Infinity))).toBe(true);
  });

  it('tolerates white space that differs from OCR text (blank lines folded, spaces doubled)', () => {
    const loose = body.replace(/\n\n/g, '\n').replace(/ /g, '  ');
    const starts = [0, loose.indexOf('\f') + 2];
    const again = alignOcrWords(loose, starts, pages);
    expect(again).toHaveLength(aligned.length);
    expect(again.map((word) => loose.slice(word.start, word.end))).toEqual(wordsIn(aligned));
  });

  it('leaves out a word that is not in its page text, and aligns the rest', () => {
    const words = [...fixture.words.slice(0, 3), { ...fixture.words[3], text: 'Zyzzogeton' }, ...fixture.words.slice(4)];
    const result = alignOcrWords(body, document.pageStarts, [{ page: 1, words: words as typeof fixture.words }]);
    expect(result).toHaveLength(fixture.words.length - 1);
    expect(wordsIn(result).slice(0, 4)).toEqual(['The', 'LinnSequencer', '32', 'MIDI']);
  });
});

describe('redactionBoxes', () => {
  const boxOf = (text: string, page = 1): AlignedWord | undefined => aligned.find((word) => word.page === page && body.slice(word.start, word.end) === text);

  it('gives the box of a whole word, in pixels and points', () => {
    const found = redactionBoxes(body, aligned, spanOf('polyphonic'));
    const word = boxOf('polyphonic');
    expect(found).toEqual({ boxes: [{ page: 1, bbox: word?.bbox, pointBox: word?.pointBox }], uncovered: 0 });
  });

  it('redacts a word the span only partly covers whole', () => {
    const span = spanOf('Sequen');
    const found = redactionBoxes(body, aligned, span);
    expect(found.uncovered).toBe(0);
    expect(found.boxes.map((box) => box.bbox)).toEqual([boxOf('LinnSequencer')?.bbox]);
  });

  it('covers a span across lines with a box per word, on both lines', () => {
    const span = spanOf('musician. It is\n\nextremely');
    const found = redactionBoxes(body, aligned, span);
    expect(found.uncovered).toBe(0);
    const under = aligned.filter((word) => word.start < span.end && word.end > span.start);
    expect(wordsIn(under)).toEqual(['musician.', 'It', 'is', 'extremely']);
    expect(found.boxes.map((box) => box.bbox)).toEqual(under.map((word) => word.bbox));
    const [first, , , last] = found.boxes;
    expect((last?.bbox.y0 ?? 0) > (first?.bbox.y1 ?? 0)).toBe(true);
  });

  it('places a span on page 2 on page 2', () => {
    // “polyphonic” is twice on each page: its third occurrence in the body is page 2's first.
    const found = redactionBoxes(body, aligned, spanOf('polyphonic', 2));
    expect(found.boxes).toEqual([{ page: 2, bbox: boxOf('polyphonic', 2)?.bbox, pointBox: boxOf('polyphonic', 2)?.pointBox }]);
    expect(found.uncovered).toBe(0);
  });

  it('counts what no word covers: text outside the OCR pages', () => {
    const withText = `${body}\n\fA typed page: call 555-0134.`;
    const span = { start: withText.indexOf('555-0134'), end: withText.indexOf('555-0134') + 8 };
    const found = redactionBoxes(withText, aligned, span);
    expect(found).toEqual({ boxes: [], uncovered: 8 });
  });
});
