import { describe, expect, it } from 'vitest';
import { normaliseQueryInput } from '../../../../shared/query/query-input.js';

describe('normaliseQueryInput', () => {
  it('normalises NFKC, as the whole string would be', () => {
    const samples = [
      'plain ascii',
      'ｆｒｏｍ：ｌａｙ （ｂｕｄｇｅｔ）',
      'ﬁle ﬂow ㈱ ¹²³ … ™',
      'Cafe\u0301 e\u0301\u0323 \u0301lead',
      '\u1100\u1161\u11a8 한국어',
      'ﷺ emoji 😀 \ud800 lone',
      '',
    ];
    for (const sample of samples) {
      expect(normaliseQueryInput(sample).text).toBe(sample.normalize('NFKC'));
    }
  });

  it('maps spans of the normalised text back to what was typed', () => {
    const input = normaliseQueryInput('ﬁle ｆｒｏｍ：x');
    expect(input.text).toBe('file from:x');
    // "file" came from the one-character ligature and two letters.
    expect(input.typedSpan(0, 4)).toEqual({ start: 0, end: 3 });
    // A span inside the ligature's expansion widens to the whole ligature.
    expect(input.typedSpan(1, 2)).toEqual({ start: 0, end: 1 });
    expect(input.typedSpan(1, 3)).toEqual({ start: 0, end: 2 });
    expect(input.typedSpan(5, 10)).toEqual({ start: 4, end: 9 });
    expect(input.typedSpan(10, 11)).toEqual({ start: 9, end: 10 });
    expect(input.typedSpan(11, 11)).toEqual({ start: 10, end: 10 });
  });

  it('keeps a base letter and its combining marks together', () => {
    const input = normaliseQueryInput('xe\u0301y');
    expect(input.text).toBe('xéy');
    expect(input.typedSpan(1, 2)).toEqual({ start: 1, end: 3 });
    expect(input.typedSpan(2, 3)).toEqual({ start: 3, end: 4 });
  });
});
