import { describe, expect, it } from 'vitest';
import { describeQuery } from '../../../../shared/query/describe-query.js';
import { parsed } from './parse-helpers.js';

function described(input: string): string {
  const query = parsed(input);
  if (!query) {
    throw new Error('empty query');
  }
  return describeQuery(query);
}

describe('describeQuery', () => {
  it('writes the grouping out and shows words as the index matches them', () => {
    expect(described('from:Lay (budget OR forecast)')).toBe('from: lay AND (budget OR forecast)');
    expect(described('a b OR c')).toBe('(a AND b) OR c');
    expect(described('a OR b c')).toBe('a OR (b AND c)');
    expect(described('Café -draft')).toBe('cafe AND NOT draft');
    expect(described('NOT (a OR b) c')).toBe('NOT (a OR b) AND c');
    expect(described('NOT NOT a')).toBe('NOT (NOT a)');
  });

  it('quotes phrases and punctuated words, and marks prefixes', () => {
    expect(described('"Power Plant"')).toBe('"power plant"');
    expect(described('e-mail')).toBe('"e mail"');
    expect(described('calif* "power pla"*')).toBe('calif* AND "power pla"*');
  });

  it('distributes fields and spells out NEAR distances', () => {
    expect(described('subject:(budget OR forecast)')).toBe('subject: budget OR subject: forecast');
    expect(described('lay NEAR skilling')).toBe('lay NEAR/10 skilling');
    expect(described('subject:(a NEAR/3 "b c")')).toBe('subject: (a NEAR/3 "b c")');
    expect(described('x NOT a NEAR/2 b')).toBe('x AND NOT (a NEAR/2 b)');
  });

  it('shows filters and dates plainly', () => {
    expect(described('custodian:"Jeff Skilling" kind:email has:attachment')).toBe('custodian: "Jeff Skilling" AND kind: email AND has: attachment');
    expect(described('date:2021')).toBe('date: 2021');
    expect(described('date:2024-02')).toBe('date: 2024-02');
    expect(described('date:2021-03-04')).toBe('date: 2021-03-04');
    expect(described('date:2021-01-15..2021-03')).toBe('date: 2021-01-15 to 2021-03-31');
    expect(described('date:2021-01..2021-02')).toBe('date: 2021-01-01 to 2021-02-28');
    expect(described('after:2021-03')).toBe('date: 2021-03-01 or later');
    expect(described('before:2021')).toBe('date: 2020-12-31 or earlier');
  });
});
