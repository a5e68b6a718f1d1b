import { describe, expect, it } from 'vitest';
import { splitGraphemes } from '../../../../../main/core/packet/graphemes.js';

describe('splitGraphemes', () => {
  it('keeps accents, keycaps, skin tones, ZWJ sequences and flags whole', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(splitGraphemes(`e\u0301a1\uFE0F\u20E3\u{1F44D}\u{1F3FD}${family}\u{1F1EF}\u{1F1F5}東`)).toEqual([
      'e\u0301',
      'a',
      '1\uFE0F\u20E3',
      '\u{1F44D}\u{1F3FD}',
      family,
      '\u{1F1EF}\u{1F1F5}',
      '東',
    ]);
  });

  it('keeps a leading mark and gives back the text when joined', () => {
    const text = '\u0301abc नमस्ते مَرْحَبًا';
    const parts = splitGraphemes(text);
    expect(parts[0]).toBe('\u0301');
    expect(parts.join('')).toBe(text);
  });

  it('is linear on long input', () => {
    expect(splitGraphemes('東'.repeat(200_000))).toHaveLength(200_000);
  });
});
