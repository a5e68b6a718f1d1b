/** Pages listed for review by their confidence. */
import { describe, expect, it } from 'vitest';
import { lowConfidencePages } from '../../../../../main/core/ocr/ocr-result.js';

describe('lowConfidencePages', () => {
  it('lists pages with words and a low mean confidence, not blank pages', () => {
    const word = (confidence: number) => ({ text: 'a', bbox: { x0: 0, y0: 0, x1: 1, y1: 1 }, confidence });
    const pages = [
      { page: 1, result: { meanConfidence: 90, words: [word(90)] } },
      { page: 2, result: { meanConfidence: 40, words: [word(40)] } },
      { page: 3, result: { meanConfidence: 0, words: [] } },
    ];
    expect(lowConfidencePages(pages).map((entry) => entry.page)).toEqual([2]);
    expect(lowConfidencePages(pages, 95).map((entry) => entry.page)).toEqual([1, 2]);
  });
});
