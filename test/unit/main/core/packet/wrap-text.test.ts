import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../../main/core/packet/wrap-text.js';

/** One unit per code point: easy to reason about column widths. */
const mono = (text: string): number => Array.from(text).length;

describe('wrapText', () => {
  it('wraps at spaces and drops the spaces at wrap points', () => {
    expect(wrapText('the quick brown fox jumps', 10, mono)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('keeps newlines, blank lines, indentation and runs of spaces', () => {
    expect(wrapText('a  b\n\n    indented\n', 20, mono)).toEqual(['a  b', '', '    indented', '']);
  });

  it('breaks a word longer than the line by character, starting on the current line', () => {
    expect(wrapText('see https://example.org/abcdefghij', 10, mono)).toEqual(['see https:', '//example.', 'org/abcdef', 'ghij']);
  });

  it('fills lines with text that has no spaces (CJK)', () => {
    expect(wrapText('東京都庁との打ち合わせ', 4, (t) => 2 * mono(t))).toEqual(['東京', '都庁', 'との', '打ち', '合わ', 'せ']);
  });

  it('never splits a grapheme cluster', () => {
    const lines = wrapText('e\u0301e\u0301e\u0301e\u0301', 2, (t) => Array.from(t).filter((c) => c !== '\u0301').length);
    expect(lines).toEqual(['e\u0301e\u0301', 'e\u0301e\u0301']);
  });

  it('gives a grapheme wider than the line a line of its own', () => {
    expect(wrapText('ab', 0.5, mono)).toEqual(['a', 'b']);
  });

  it('moves a word that fits on an empty line to the next line instead of breaking it', () => {
    expect(wrapText('abc defghij', 8, mono)).toEqual(['abc', 'defghij']);
  });

  it('drops indentation that would push a fitting word off the line', () => {
    expect(wrapText('      abcdef', 8, mono)).toEqual(['abcdef']);
  });

  it('keeps a line of spaces as a blank line', () => {
    expect(wrapText('   ', 10, mono)).toEqual(['']);
  });

  it('never returns a line wider than the limit, and loses no non-space text', () => {
    const words = ['a', 'bb', 'ccc', 'dddddddddddddd', '東京', 'x'];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 50; round += 1) {
      const text = Array.from({ length: 40 }, () => words[next() % words.length]).join(next() % 3 === 0 ? '  ' : ' ');
      const width = 3 + (next() % 20);
      const lines = wrapText(text, width, mono);
      for (const line of lines) {
        expect(mono(line)).toBeLessThanOrEqual(width);
      }
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    }
  });
});
