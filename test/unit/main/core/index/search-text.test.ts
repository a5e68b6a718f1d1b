import { describe, expect, it } from 'vitest';
import { HIT_END, HIT_START } from '../../../../../shared/model/search.js';
import { cleanSnippet } from '../../../../../main/core/index/sqlite/record-search.js';
import { folderMatches, valuePattern } from '../../../../../main/core/index/sqlite/search-values.js';

describe('snippets', () => {
  it('turns the FTS5 markers into hit markers, and strips a record’s own control characters so it cannot fake a hit', () => {
    const fromFts = `invoice ${HIT_START}FAKE${HIT_END} total \u0002\uE000gas\u0003\uE001 price\r\n\tend`;
    expect(cleanSnippet(fromFts)).toBe(`invoice FAKE total ${HIT_START}gas${HIT_END} price end`);
    expect(cleanSnippet(`preview ${HIT_START}x${HIT_END}`)).toBe('preview x ');
  });
});

describe('value patterns', () => {
  it('match whole values without regard to case, * for any run', () => {
    const cases: Array<[string, string, boolean]> = [
      ['sally bailey', 'Sally Bailey', true],
      ['sally', 'Sally Bailey', false],
      ['sally*', 'Sally Bailey', true],
      ['*bailey', 'Sally Bailey', true],
      ['*ll*ai*', 'Sally Bailey', true],
      ['s*y*y', 'Sally Bailey', true],
      ['a*a', 'a', false],
      ['*', '', true],
      ['**x**', 'x', true],
      ['*ab*ba*', 'aba', false],
    ];
    for (const [pattern, value, expected] of cases) {
      expect([pattern, value, valuePattern(pattern)(value)]).toEqual([pattern, value, expected]);
    }
  });

  it('take linear time on patterns that make a backtracking regex explode', () => {
    const started = performance.now();
    expect(valuePattern(`${'*a'.repeat(10)}*b`)('a'.repeat(40))).toBe(false);
    expect(folderMatches(valuePattern('*******z'), 'Personal Folders/Deleted Items/Sent Items/Inbox/Meetings/Reference')).toBe(false);
    // A regex took 46 s and 13.5 s for these; the bound is loose on purpose.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
