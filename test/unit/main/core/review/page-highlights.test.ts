/** Boxes of the words a search hits on OCR'd pages, on the real OCR of the corpus brochure scan. */
import { describe, expect, it } from 'vitest';
import { bodyTermsOf } from '../../../../../shared/query/query-body-terms.js';
import { parseSearchQuery } from '../../../../../shared/query/query-parser.js';
import { pageHighlights } from '../../../../../main/core/review/page-highlights.js';
import { linnPage1, ocrPageWords } from '../../../../support/ocr-fixture.js';

function termsOf(query: string) {
  const parsed = parseSearchQuery(query);
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }
  return bodyTermsOf(parsed.query);
}

describe('page highlights', () => {
  const fixture = linnPage1();
  const pages = [ocrPageWords(fixture, 1), { ...ocrPageWords(fixture, 2), words: [] }, ocrPageWords(fixture, 3)];

  it('gives each hit word its box as fractions of the page, and the pages hit', () => {
    const { highlights, hitPages } = pageHighlights(pages, termsOf('LinnSequencer'), 1);
    expect(hitPages).toEqual([1, 3]);
    const expected = fixture.words.filter((word) => /linnsequencer/i.test(word.text));
    expect(expected.length).toBeGreaterThan(0);
    expect(highlights).toHaveLength(expected.length);
    const [first] = expected;
    expect(highlights[0]?.left).toBeCloseTo((first?.bbox.x0 ?? 0) / fixture.widthPx, 4);
    expect(highlights[0]?.top).toBeCloseTo((first?.bbox.y0 ?? 0) / fixture.heightPx, 4);
    expect(highlights[0]?.width).toBeCloseTo(((first?.bbox.x1 ?? 0) - (first?.bbox.x0 ?? 0)) / fixture.widthPx, 4);
    for (const box of highlights) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.left + box.width).toBeLessThanOrEqual(1);
      expect(box.top + box.height).toBeLessThanOrEqual(1);
    }
  });

  it('marks nothing on a page without hits, and nothing at all for no terms', () => {
    expect(pageHighlights(pages, termsOf('LinnSequencer'), 2)).toEqual({ highlights: [], hitPages: [1, 3] });
    expect(pageHighlights(pages, [], 1)).toEqual({ highlights: [], hitPages: [] });
    expect(pageHighlights(pages, termsOf('zeppelin'), 1)).toEqual({ highlights: [], hitPages: [] });
  });
});
