import { describe, expect, it } from 'vitest';
import type { MarkedText } from '../../../../../main/core/packet/redacted-runs.js';
import { wrapMarked, type MarkedLine, type MarkedWrapOptions } from '../../../../../main/core/packet/wrap-marked.js';
import { wrapText } from '../../../../../main/core/packet/wrap-text.js';

/** One point per code point; boxes as wide as their label or hidden text, capped. */
const measure = (text: string): number => Array.from(text).length;
const options = (width: number, rest = width): MarkedWrapOptions => ({
  firstWidth: width,
  restWidth: rest,
  measure,
  boxWidth: (label, hidden, max) => Math.min(max, Math.max(label.length + 2, hidden)),
});

const text = (value: string): MarkedText[number] => ({ kind: 'text', text: value });
const box = (hidden: string, label = 'L'): MarkedText[number] => ({ kind: 'redaction', label, hidden });

/** A line as a string: text as is, a box as [width]. */
const show = (lines: MarkedLine[]): string[] => lines.map((line) => line.map((p) => (p.kind === 'text' ? p.text : `[${p.width}]`)).join(''));

function randomText(seed: number): string {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pieces = ['word', ' ', '  ', 'a', 'longerword', '\n', 'x'.repeat(25), '東京都', 'é', ' '];
  return Array.from({ length: 40 }, () => pieces[Math.floor(next() * pieces.length)]).join('');
}

describe('wrapMarked', () => {
  it('gives exactly the lines of wrapText when nothing is redacted', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const value = randomText(seed);
      for (const width of [5, 12, 30]) {
        expect(show(wrapMarked([text(value)], options(width)))).toEqual(wrapText(value, width, measure));
      }
    }
  });

  it('glues a box to the characters around it up to the nearest space', () => {
    // "Jane's" with "Jane" hidden: the box and "'s" move to the next line together.
    const lines = wrapMarked([text('Call with '), box('Jane'), text("'s office")], options(14));
    expect(show(lines)).toEqual(['Call with', "[4]'s office"]);
  });

  it('sizes a box to its label or its hidden text, whichever is larger, capped to the line', () => {
    expect(show(wrapMarked([box('ab', 'LABEL')], options(40)))).toEqual(['[7]']);
    expect(show(wrapMarked([box('a much longer hidden text', 'L')], options(40)))).toEqual(['[25]']);
    expect(show(wrapMarked([text('x '), box('y'.repeat(100))], options(20)))).toEqual(['x', '[20]']);
  });

  it('gives one box per line of hidden text when a redaction spans line breaks', () => {
    const lines = wrapMarked([text('Name: '), box('Jane Roe\nPhone: 555-0101\n\nSSN 1'), text(' end')], options(40));
    expect(show(lines)).toEqual(['Name: [8]', '[15]', '', '[5] end']);
  });

  it('keeps a box for a span that hides only a line break', () => {
    expect(show(wrapMarked([text('a'), box('\n'), text('b')], options(40)))).toEqual(['a[3]', 'b']);
  });

  it('breaks a run of boxes and text too long for any line between graphemes, boxes whole', () => {
    const lines = wrapMarked([text('abcdef'), box('x', 'LL'), text('ghijkl')], options(8));
    expect(show(lines)).toEqual(['abcdef', '[4]ghij', 'kl']);
    for (const line of lines) {
      expect(line.reduce((sum, p) => sum + (p.kind === 'box' ? p.width : measure(p.text)), 0)).toBeLessThanOrEqual(8);
    }
  });

  it('uses the narrower width after the first line (hanging indent)', () => {
    expect(show(wrapMarked([text('aaaa bbbb cccc dddd')], options(10, 5)))).toEqual(['aaaa bbbb', 'cccc', 'dddd']);
  });
});
