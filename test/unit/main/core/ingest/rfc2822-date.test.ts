import { describe, expect, it } from 'vitest';
import { parseEmailDate } from '../../../../../main/core/ingest/rfc2822-date.js';

describe('parseEmailDate', () => {
  it('keeps the sender zone (Enron style, with a comment)', () => {
    expect(parseEmailDate('Tue, 1 May 2001 02:55:00 -0700 (PDT)')).toBe('2001-05-01T02:55:00-07:00');
  });
  it('reads named zones, missing seconds and no weekday', () => {
    expect(parseEmailDate('3 Jan 2000 9:05 EST')).toBe('2000-01-03T09:05:00-05:00');
    expect(parseEmailDate('Mon, 14 May 2001 16:39:00 GMT')).toBe('2001-05-14T16:39:00+00:00');
  });
  it('expands two-digit years per RFC 5322', () => {
    expect(parseEmailDate('Fri, 21 Nov 97 09:55:06 -0600')).toBe('1997-11-21T09:55:06-06:00');
    expect(parseEmailDate('Fri, 21 Nov 03 09:55:06 +0530')).toBe('2003-11-21T09:55:06+05:30');
  });
  it('returns null for what it cannot read rather than guessing', () => {
    expect(parseEmailDate('yesterday')).toBeNull();
    expect(parseEmailDate('31 Feb 2001 10:00:00 +0000')).toBeNull();
  });
});
