import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../../../../shared/deadlines/calendar-date.js';
import { englandWalesWorkingCalendar, usFederalWorkingCalendar } from '../../../../shared/deadlines/working-calendar.js';
import type { WorkingCalendar } from '../../../../shared/deadlines/working-calendar.js';
import { addWorkingDays, workingDayOnOrAfter, workingDaysBetween } from '../../../../shared/deadlines/working-days.js';

const us = usFederalWorkingCalendar();
const ew = englandWalesWorkingCalendar();

/** A small seeded generator (mulberry32), so the property tests try the same cases on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = toDayNumber('2015-01-01');
const LAST = toDayNumber('2030-12-31');

function cases(seed: number, count: number): Array<{ start: string; n: number; m: number }> {
  const next = random(seed);
  return Array.from({ length: count }, () => ({
    start: fromDayNumber(FIRST + Math.floor(next() * (LAST - FIRST))),
    n: Math.floor(next() * 61),
    m: Math.floor(next() * 31),
  }));
}

describe('addWorkingDays and workingDaysBetween', () => {
  it('count from day 0, which is never counted, skipping weekends and holidays', () => {
    expect(addWorkingDays('2023-11-16', 0, us)).toBe('2023-11-16');
    expect(addWorkingDays('2023-11-16', 1, us)).toBe('2023-11-17');
    // Friday 17, Monday 20, Tuesday 21, Wednesday 22, Thanksgiving 23 skipped, Friday 24 is the fifth.
    expect(addWorkingDays('2023-11-16', 5, us)).toBe('2023-11-24');
    expect(addWorkingDays('2024-03-09', 0, us)).toBe('2024-03-09');
    expect(addWorkingDays('2024-03-09', 1, us)).toBe('2024-03-11');
    expect(workingDaysBetween('2023-11-16', '2023-11-24', us)).toBe(5);
    expect(workingDaysBetween('2023-11-24', '2023-11-16', us)).toBe(-5);
    expect(workingDaysBetween('2023-11-16', '2023-11-16', us)).toBe(0);
    expect(workingDaysBetween('2023-11-26', '2023-11-25', us)).toBe(0); // a weekend backwards: 0, not -0
    // Over Easter 2024 in England: Good Friday 29 March and Easter Monday 1 April are skipped.
    expect(addWorkingDays('2024-03-28', 1, ew)).toBe('2024-04-02');
    expect(workingDaysBetween('2024-03-28', '2024-04-02', ew)).toBe(1);
  });

  it('refuses a count that is not a whole number of 0 or more', () => {
    expect(() => addWorkingDays('2024-01-02', -1, us)).toThrow(/not -1/);
    expect(() => addWorkingDays('2024-01-02', 1.5, us)).toThrow(/not 1.5/);
    expect(() => addWorkingDays('2024-1-2', 1, us)).toThrow("The start date '2024-1-2' is not a calendar date");
    expect(() => workingDaysBetween('2024-01-02', 'soon', us)).toThrow("'soon' is not a calendar date");
  });

  it('finds the working day on or after a date', () => {
    expect(workingDayOnOrAfter('2024-01-12', us)).toBe('2024-01-12');
    expect(workingDayOnOrAfter('2024-01-13', us)).toBe('2024-01-16'); // Saturday, Sunday, then MLK Day
    expect(workingDayOnOrAfter('2021-12-24', us)).toBe('2021-12-27');
  });

  for (const [name, calendar, seed] of [['US federal', us, 1], ['England and Wales', ew, 2]] as Array<[string, WorkingCalendar, number]>) {
    describe(`properties on the ${name} calendar`, () => {
      it('addWorkingDays then workingDaysBetween gives back the count', () => {
        for (const { start, n } of cases(seed, 400)) {
          expect({ start, n, back: workingDaysBetween(start, addWorkingDays(start, n, calendar), calendar) }).toEqual({ start, n, back: n });
        }
      });

      it('never lands on a non-working day when it moves at all', () => {
        for (const { start, n } of cases(seed + 10, 400)) {
          const end = addWorkingDays(start, n + 1, calendar);
          expect({ start, n, end, working: calendar.isWorkingDay(end) }).toEqual({ start, n, end, working: true });
        }
      });

      it('adds in steps the same as at once, and the step before the end is one working day short', () => {
        for (const { start, n, m } of cases(seed + 20, 300)) {
          const end = addWorkingDays(start, n + m + 1, calendar);
          expect(addWorkingDays(addWorkingDays(start, n, calendar), m + 1, calendar)).toBe(end);
          expect(workingDaysBetween(start, addDays(end, -1), calendar)).toBe(n + m);
        }
      });

      it('is antisymmetric: swapping the ends flips the sign', () => {
        for (const { start, n, m } of cases(seed + 30, 300)) {
          const other = addDays(start, n - m);
          // 0 - n rather than -n: the function never returns -0, and toBe tells the two apart.
          expect(workingDaysBetween(other, start, calendar)).toBe(0 - workingDaysBetween(start, other, calendar));
        }
      });
    });
  }
});
