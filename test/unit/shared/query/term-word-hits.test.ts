/** The terms a page image highlights, and which of a page's OCR words they hit. */
import { describe, expect, it } from 'vitest';
import { bodyTermsOf } from '../../../../shared/query/query-body-terms.js';
import { termWordHits } from '../../../../shared/query/term-word-hits.js';
import { parsed } from './parse-helpers.js';

const terms = (query: string) => bodyTermsOf(parsed(query));

describe('body terms of a query', () => {
  it('keeps positive terms that can match the body, once each, in the order written', () => {
    expect(terms('Budget "sewer bond" audit*')).toEqual([
      { words: ['budget'], prefix: false },
      { words: ['sewer', 'bond'], prefix: false },
      { words: ['audit'], prefix: true },
    ]);
    expect(terms('budget OR (budget AND body:levy)')).toEqual([
      { words: ['budget'], prefix: false },
      { words: ['levy'], prefix: false },
    ]);
    expect(terms('culvert NEAR/3 repair')).toEqual([
      { words: ['culvert'], prefix: false },
      { words: ['repair'], prefix: false },
    ]);
  });

  it('leaves out negated terms, other fields and filters', () => {
    expect(terms('budget -draft NOT (memo)')).toEqual([{ words: ['budget'], prefix: false }]);
    expect(terms('from:dana subject:budget kind:email date:2021 has:attachment levy')).toEqual([{ words: ['levy'], prefix: false }]);
    expect(bodyTermsOf(null)).toEqual([]);
  });
});

describe('OCR words a term hits', () => {
  const page = ['The', 'Sewer-bond', 'budget,', 'was', 'BUDGETED', 'for', 'the', 'sewer', 'bond.', 'Café'];

  it('matches words as the index splits and folds them', () => {
    expect(termWordHits(page, terms('budget'))).toEqual([2]);
    expect(termWordHits(page, terms('budget*'))).toEqual([2, 4]);
    expect(termWordHits(page, terms('cafe'))).toEqual([9]);
    // "Sewer-bond" is the tokens sewer, bond: a phrase within one OCR word, and across two.
    expect(termWordHits(page, terms('"sewer bond"'))).toEqual([1, 7, 8]);
    expect(termWordHits(page, terms('"bond budget"'))).toEqual([1, 2]);
  });

  it('needs every word of a phrase in order, and hits nothing for no terms', () => {
    expect(termWordHits(page, terms('"bond sewer"'))).toEqual([]);
    // "The Sewer-bond" reads the, sewer, bond: the phrase hits there too.
    expect(termWordHits(page, terms('"the sewer" OR levy'))).toEqual([0, 1, 6, 7]);
    expect(termWordHits(page, [])).toEqual([]);
    expect(termWordHits([], terms('budget'))).toEqual([]);
  });
});
