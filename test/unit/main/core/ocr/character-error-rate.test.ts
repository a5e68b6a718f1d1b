/** The character error rate the OCR tests and bench measure with. */
import { describe, expect, it } from 'vitest';
import { characterErrorRate, editDistance, normaliseWhitespace } from '../../../../../main/core/ocr/character-error-rate.js';

describe('characterErrorRate', () => {
  it('counts edits against the reference after collapsing whitespace', () => {
    expect(normaliseWhitespace('  a\n\n b\tc ')).toBe('a b c');
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(characterErrorRate('The  Linn\nSequencer', 'The Linn Sequencer')).toBe(0);
    expect(characterErrorRate('The Linn Sequencor', 'The Linn Sequencer')).toBeCloseTo(1 / 18);
    expect(characterErrorRate('', '')).toBe(0);
    expect(characterErrorRate('x', '')).toBe(1);
  });

  it('counts a character outside the BMP as one', () => {
    expect(editDistance('a😀b', 'a😁b')).toBe(1);
  });
});
