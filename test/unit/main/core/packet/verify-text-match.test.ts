import { describe, expect, it } from 'vitest';
import { containsWords, countOccurrences, foldForMatch, foldKeepingSpaces, quoteForMessage } from '../../../../../main/core/packet/verify-text-match.js';

describe('foldForMatch', () => {
  it('folds ligatures, full-width forms, case, format characters and every kind of white space', () => {
    expect(foldForMatch('O\uFB03ce')).toBe('office');
    expect(foldForMatch('ＤＡＮＡ Smith')).toBe('danasmith');
    expect(foldForMatch('Da\u00ADna\u200B Smith')).toBe('danasmith');
    expect(foldForMatch('Dana\n  Smith\t\u00A0x')).toBe('danasmithx');
  });

  it('keeps the ellipsis of a shortened title from reading as full stops', () => {
    expect(foldForMatch('PRC Rep information…')).not.toContain('information.');
    expect(foldForMatch('Wait…')).toBe(foldForMatch('wait…'));
  });
});

describe('countOccurrences', () => {
  it('counts overlapping occurrences and nothing for an empty needle', () => {
    expect(countOccurrences('aaa', 'aa')).toBe(2);
    expect(countOccurrences('dana smith, dana', 'dana')).toBe(2);
    expect(countOccurrences('abc', '')).toBe(0);
    expect(countOccurrences('', 'a')).toBe(0);
  });
});

describe('quoteForMessage', () => {
  it('puts the text on one line and cuts it with an ellipsis', () => {
    expect(quoteForMessage('Dana\n Smith')).toBe('Dana Smith');
    expect(quoteForMessage('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('whole-word matching for pages where any occurrence is a leak', () => {
  it('does not find a word inside another word or across squeezed spaces', () => {
    const page = foldKeepingSpaces('Records that should exist: the records\ndescribed where noted.');
    expect(containsWords(page, foldKeepingSpaces('Here'))).toBe(false);
    expect(containsWords(page, foldKeepingSpaces('there'))).toBe(false);
    expect(containsWords(page, foldKeepingSpaces('Records'))).toBe(true);
  });

  it('finds a name broken across lines or followed by punctuation', () => {
    const page = foldKeepingSpaces('Prepared for Dana\nSmith’s office; cc: DANA SMITH.');
    expect(containsWords(page, foldKeepingSpaces('Dana Smith'))).toBe(true);
    expect(containsWords(foldKeepingSpaces('Danas Smithers'), foldKeepingSpaces('Dana Smith'))).toBe(false);
    expect(containsWords(page, '')).toBe(false);
  });
});
