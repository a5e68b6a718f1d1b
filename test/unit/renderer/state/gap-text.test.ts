import { describe, expect, it } from 'vitest';
import { formatVolume, periodText } from '../../../../renderer/state/gap-text.js';

describe('gap text', () => {
  it('says which end of a period is unknown', () => {
    expect(periodText(null, null)).toBe('dates unknown');
    expect(periodText('2021-03-01', null)).toBe('2021-03-01 to unknown');
    expect(periodText(null, '2021-03-01')).toBe('unknown to 2021-03-01');
    expect(periodText('2021-03-01', '2021-03-01')).toBe('2021-03-01');
  });

  it('writes a volume range, or one number when both ends agree', () => {
    expect(formatVolume(null)).toBe('unknown');
    expect(formatVolume({ low: 40, high: 1200, unit: 'messages' })).toBe('40–1,200 messages');
    expect(formatVolume({ low: 5, high: 5, unit: 'emails' })).toBe('5 emails');
  });
});
