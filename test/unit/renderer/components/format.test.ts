import { describe, expect, it } from 'vitest';
import { channelHint, formatBytes, formatCount, formatDuration, formatKindCount, formatRecordDate } from '../../../../renderer/components/format.js';

describe('display formatting', () => {
  it('keeps a record date in the sender’s zone', () => {
    expect(formatRecordDate('2001-05-14T16:39:00-07:00')).toBe('2001-05-14 16:39 -07:00');
    expect(formatRecordDate('2025-01-01T00:00:00.000Z')).toBe('2025-01-01 00:00 UTC');
    expect(formatRecordDate(null)).toBe('No date');
  });

  it('counts with the right number', () => {
    expect(formatCount(1, 'record')).toBe('1 record');
    expect(formatCount(1200, 'record')).toBe('1,200 records');
    expect(formatCount(2, 'copy', 'copies')).toBe('2 copies');
    expect(formatKindCount('email', 1)).toBe('1 email');
    expect(formatKindCount('chat-message', 3)).toBe('3 chat messages');
    expect(formatKindCount('attachment', 0)).toBe('0 attachments');
  });

  it('says durations to the precision a person reads', () => {
    expect(formatDuration(0)).toBe('less than a second');
    expect(formatDuration(999)).toBe('less than a second');
    expect(formatDuration(42_400)).toBe('42 s');
    expect(formatDuration(59_600)).toBe('1 min');
    expect(formatDuration(185_000)).toBe('3 min 5 s');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
    expect(formatDuration(7_200_000)).toBe('2 h');
    expect(formatDuration(Number.NaN)).toBe('less than a second');
  });

  it('sizes bytes', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
  });

  it('explains every channel', () => {
    expect(channelHint('personal-email')).toMatch(/private account/);
  });
});
