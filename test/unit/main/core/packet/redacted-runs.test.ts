import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText } from '../../../../../main/core/packet/font-runs.js';
import {
  concatMarked,
  exemptionLabel,
  markText,
  normaliseSpans,
  placeholderText,
  trimMarkedLine,
  type MarkedText,
} from '../../../../../main/core/packet/redacted-runs.js';
import { B3_TAX, B5, B6, B7C } from './packet-fixtures.js';

const span = (start: number, end: number, exemptions = [B6]) => ({ start, end, exemptions });
const visible = (marked: MarkedText): string => marked.map((s) => (s.kind === 'text' ? s.text : '|')).join('');

describe('exemptionLabel', () => {
  it('prints each exemption once, with its statute', () => {
    expect(exemptionLabel([B6])).toBe('(b)(6)');
    expect(exemptionLabel([B6, B7C, B6])).toBe('(b)(6), (b)(7)(C)');
    expect(exemptionLabel([B3_TAX])).toBe('(b)(3): 26 U.S.C. 6103');
    expect(exemptionLabel([])).toBe('Redacted');
  });
});

describe('normaliseSpans', () => {
  it('sorts spans and merges overlapping and touching ones, keeping every exemption', () => {
    const merged = normaliseSpans('abcdefghij', [span(6, 8, [B5]), span(0, 2), span(1, 4, [B7C]), span(4, 5, [B5])]);
    expect(merged.map(({ start, end }) => [start, end])).toEqual([
      [0, 5],
      [6, 8],
    ]);
    expect(exemptionLabel(merged[0]?.exemptions ?? [])).toBe('(b)(6), (b)(7)(C), (b)(5)');
  });

  it('widens a span to whole grapheme clusters: no half of an accent, emoji or surrogate pair stays visible', () => {
    const text = 'cafe\u0301 👩‍👩‍👧 ok';
    // Starts on the combining accent, ends inside the family emoji (a ZWJ sequence of surrogate pairs).
    const [merged] = normaliseSpans(text, [span(4, 8)]);
    expect(text.slice(merged?.start, merged?.end)).toBe('e\u0301 👩‍👩‍👧');
  });

  it('never splits CR LF', () => {
    const [merged] = normaliseSpans('ab\r\ncd', [span(3, 5)]);
    expect([merged?.start, merged?.end]).toEqual([2, 5]);
  });

  it('clamps to the text and drops empty spans', () => {
    expect(normaliseSpans('abc', [span(2, 10), span(1, 1), span(-3, 0)]).map(({ start, end }) => [start, end])).toEqual([[2, 3]]);
  });
});

describe('markText', () => {
  it('splits at the start, the middle and the end', () => {
    const text = 'Alice met Bob at noon';
    expect(visible(markText(text, [span(0, 5)], cleanLine))).toBe('| met Bob at noon');
    expect(visible(markText(text, [span(10, 13)], cleanLine))).toBe('Alice met | at noon');
    expect(visible(markText(text, [span(17, 21)], cleanLine))).toBe('Alice met Bob at |');
    expect(visible(markText(text, [span(0, 21)], cleanLine))).toBe('|');
  });

  it('cleans pieces after splitting, so control characters and CR LF never shift an offset', () => {
    const text = 'a\u0000b\r\nSECRET\r\nc';
    const start = text.indexOf('SECRET');
    const marked = markText(text, [span(start, start + 6)], cleanText);
    expect(marked).toEqual([
      { kind: 'text', text: 'ab\n' },
      { kind: 'redaction', label: '(b)(6)', hidden: 'SECRET' },
      { kind: 'text', text: '\nc' },
    ]);
  });

  it('gives placeholders for one-line uses, and trims fields', () => {
    const marked = trimMarkedLine(markText('  Budget for Jane Roe  ', [span(13, 21)], cleanLine));
    expect(placeholderText(marked)).toBe('Budget for [redacted (b)(6)]');
    expect(placeholderText(markText('x', [span(0, 1, [])], cleanLine))).toBe('[redacted]');
  });

  it('joins marked texts without two text runs in a row', () => {
    const joined = concatMarked([{ kind: 'text', text: 'a' }], [{ kind: 'text', text: 'b' }, { kind: 'redaction', label: 'L', hidden: 'x' }], [{ kind: 'text', text: '' }]);
    expect(joined).toEqual([
      { kind: 'text', text: 'ab' },
      { kind: 'redaction', label: 'L', hidden: 'x' },
    ]);
  });
});
