import { describe, expect, it } from 'vitest';
import { graphDateIso, graphInstantMs, isoDurationSeconds } from '../../../../../../main/core/chat/teams/teams-time.js';

describe('Graph times', () => {
  it('reads UTC instants and offsets, dropping the fraction', () => {
    expect(graphInstantMs('2021-02-02T18:19:52.105Z')).toBe(Date.UTC(2021, 1, 2, 18, 19, 52));
    expect(graphInstantMs('2021-02-02T20:19:52+02:00')).toBe(Date.UTC(2021, 1, 2, 18, 19, 52));
    expect(graphDateIso('2021-05-03T12:56:37.52Z', 'Europe/Zurich')).toBe('2021-05-03T14:56:37+02:00');
  });

  it('refuses what is no time, Microsoft’s own typo included', () => {
    for (const raw of ['2021-03-1706:47:05.123Z', '2021-02-30T10:00:00Z', '2021-02-02T18:19:52', '0001-01-01', '', 'yesterday']) {
      expect(graphInstantMs(raw)).toBeNull();
    }
  });
});

describe('ISO 8601 durations', () => {
  it('reads the durations Graph writes, rounded to whole seconds', () => {
    expect(isoDurationSeconds('PT59S')).toBe(59);
    expect(isoDurationSeconds('PT40M19.26S')).toBe(2419);
    expect(isoDurationSeconds('PT14M5S')).toBe(845);
    expect(isoDurationSeconds('P1DT2H')).toBe(93_600);
    expect(isoDurationSeconds('PT0S')).toBe(0);
  });

  it('refuses empty, negative, unbounded and free-text durations', () => {
    for (const raw of ['', 'P', 'PT', '-PT5S', 'PT99999999999999999999S', 'about a minute', 'P1Y']) {
      expect(isoDurationSeconds(raw)).toBeNull();
    }
  });
});
