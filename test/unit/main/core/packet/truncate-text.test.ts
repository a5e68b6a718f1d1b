import { describe, expect, it } from 'vitest';
import { truncateToWidth } from '../../../../../main/core/packet/truncate-text.js';

const mono = (text: string): number => Array.from(text).length;

describe('truncateToWidth', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateToWidth('short', 5, mono)).toBe('short');
  });

  it('cuts with an ellipsis, dropping the spaces before it', () => {
    expect(truncateToWidth('Budget meeting notes', 10, mono)).toBe('Budget me…');
    expect(truncateToWidth('Budget    meeting', 9, mono)).toBe('Budget…');
  });

  it('returns the ellipsis alone when nothing else fits', () => {
    expect(truncateToWidth('abc', 1, mono)).toBe('…');
  });

  it('cuts between grapheme clusters', () => {
    const accented = 'e\u0301'.repeat(6);
    const visible = (text: string): number => Array.from(text).filter((c) => c !== '\u0301').length;
    expect(truncateToWidth(accented, 4, visible)).toBe('e\u0301'.repeat(3) + '…');
  });

  it('measures only about as much of a very long title as fits', () => {
    let measured = 0;
    const counting = (text: string): number => {
      measured += text.length;
      return mono(text);
    };
    expect(truncateToWidth('x'.repeat(100_000), 50, counting)).toBe('x'.repeat(49) + '…');
    expect(measured).toBeLessThan(5_000);
  });
});
