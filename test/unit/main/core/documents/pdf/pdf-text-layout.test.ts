import { describe, expect, it } from 'vitest';
import { layOutPageText, type PositionedText } from '../../../../../../main/core/documents/pdf/pdf-text-layout.js';

/** An upright item of `size`-point text at (x, y), `width` wide. */
function item(str: string, x: number, y: number, width: number, options: { hasEOL?: boolean; size?: number; dir?: string } = {}): PositionedText {
  const size = options.size ?? 10;
  return { str, dir: options.dir ?? 'ltr', transform: [size, 0, 0, size, x, y], width, height: size, hasEOL: options.hasEOL ?? false };
}

describe('layOutPageText', () => {
  it('ends lines where pdf.js marks them', () => {
    expect(layOutPageText([item('Hello', 0, 700, 25, { hasEOL: true }), item('world', 0, 688, 25)])).toBe('Hello\nworld');
  });

  it('starts a new line when the baseline moves and pdf.js gave no marker', () => {
    expect(layOutPageText([item('First', 0, 700, 25), item('Second', 0, 680, 30)])).toBe('First\nSecond');
  });

  it('puts a space between words drawn apart on one line, and none between glyph runs that touch', () => {
    expect(layOutPageText([item('Total', 0, 700, 25), item('due', 40, 700, 15)])).toBe('Total due');
    expect(layOutPageText([item('Tot', 0, 700, 15), item('al', 15.5, 700, 10)])).toBe('Total');
  });

  it('does not double a space pdf.js already inserted', () => {
    expect(layOutPageText([item('Total ', 0, 700, 30), item('due', 40, 700, 15)])).toBe('Total due');
  });

  it('measures the gap from the left for right-to-left runs', () => {
    expect(layOutPageText([item('שלום', 100, 700, 20, { dir: 'rtl' }), item('עולם', 60, 700, 20, { dir: 'rtl' })])).toBe('שלום עולם');
  });

  it('leaves rotated text to pdf.js markers', () => {
    const rotated: PositionedText = { str: 'A', transform: [0, 10, -10, 0, 50, 50], width: 10, height: 10, hasEOL: false };
    const next: PositionedText = { str: 'B', transform: [0, 10, -10, 0, 50, 80], width: 10, height: 10, hasEOL: false };
    expect(layOutPageText([rotated, next])).toBe('AB');
  });

  it('trims trailing spaces and collapses runs of blank lines', () => {
    expect(layOutPageText([
      item('One  ', 0, 700, 20, { hasEOL: true }), item('', 0, 0, 0, { hasEOL: true }), item('', 0, 0, 0, { hasEOL: true }),
      item('', 0, 0, 0, { hasEOL: true }), item('Two', 0, 600, 15, { hasEOL: true }),
    ])).toBe('One\n\nTwo');
  });
});
