/** Moving a Date header by whole years: wall clock and zone kept, weekday and instant recomputed. */
import { describe, expect, it } from 'vitest';
import { shiftMailDate } from './shift-mail-date.js';

describe('shiftMailDate', () => {
  it('keeps the time and zone, recomputes the weekday and gives the instant', () => {
    const shifted = shiftMailDate('Mon, 14 May 2001 17:37:00 -0700 (PDT)', 1);
    expect(shifted?.header).toBe('Tue, 14 May 2002 17:37:00 -0700 (PDT)');
    expect(shifted?.time).toBe(Date.parse('2002-05-15T00:37:00Z'));
  });

  it('reads a Date without weekday or seconds, and a positive offset', () => {
    expect(shiftMailDate('3 Jan 2000 09:05 +0130', -1)).toEqual({ header: 'Sun, 3 Jan 1999 09:05:00 +0130', time: Date.parse('1999-01-03T07:35:00Z') });
  });

  it('moves 29 February to 1 March in a year without it', () => {
    expect(shiftMailDate('Tue, 29 Feb 2000 10:00:00 -0600 (CST)', 1)?.header).toBe('Thu, 1 Mar 2001 10:00:00 -0600 (CST)');
  });

  it('leaves what it cannot read alone', () => {
    expect(shiftMailDate('sometime last week', 2)).toBeNull();
    expect(shiftMailDate('Mon, 14 Foo 2001 17:37:00 -0700', 2)).toBeNull();
    // Enron's broken "year 1": moved, it would become 1902 (Date.UTC) or a From_ line no reader takes.
    expect(shiftMailDate('Mon, 30 May 0001 13:10:06 -0800 (PST)', 1)).toBeNull();
    expect(shiftMailDate('Mon, 30 May 1001 13:10:06 -0800 (PST)', -2)).toBeNull();
  });
});
