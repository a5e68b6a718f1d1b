import { describe, expect, it } from 'vitest';
import { parseQuery, toFts5 } from '../../../../shared/query/parse-query.js';

const column = (field: string) => `col_${field}`;

function fts(input: string): string | null {
  const parsed = parseQuery(input);
  if (!parsed.ok) {
    throw new Error(parsed.message);
  }
  return toFts5(parsed.query, column);
}

describe('parseQuery + toFts5', () => {
  it('quotes every word and ANDs them', () => {
    expect(fts('energy crisis')).toBe('"energy" AND "crisis"');
  });

  it('keeps phrases, prefixes, OR groups and exclusions', () => {
    expect(fts('"power plant" calif* OR texas -gas')).toBe('("power plant" AND ("calif"* OR "texas")) NOT ("gas")');
  });

  it('limits a term to a field', () => {
    expect(fts('subject:budget from:skilling')).toBe('col_subject : "budget" AND col_from : "skilling"');
  });

  it('neutralises FTS5 syntax in user text', () => {
    // Punctuation splits words inside one token, which then match as a phrase, as FTS5 would index them.
    expect(fts('NEAR(a b) "x')).toBe('"NEAR a" AND "b" AND "x"');
    expect(fts('a"b*c')).toBe('"a b c"');
  });

  it('treats an empty or punctuation-only query as browse-all', () => {
    expect(fts('')).toBeNull();
    expect(fts('  ** -- ')).toBeNull();
  });

  it('rejects dangling OR and exclusion-only queries with a message', () => {
    expect(parseQuery('OR gas')).toEqual({ ok: false, message: 'OR must stand between two terms' });
    expect(parseQuery('gas OR')).toEqual({ ok: false, message: 'OR must stand between two terms' });
    expect(parseQuery('-gas').ok).toBe(false);
  });

  it('folds compatibility characters (NFKC) so presentation forms match typed text', () => {
    expect(fts('ｅｎｒｏｎ')).toBe('"enron"');
  });
});
