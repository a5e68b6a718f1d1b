import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import {
  MONDAY,
  THURSDAY,
  addDays,
  assertCalendarDate,
  compareDates,
  fromDayNumber,
  isCalendarDate,
  isWeekend,
  lastWeekdayOfMonth,
  makeDate,
  nthWeekdayOfMonth,
  toDayNumber,
  weekdayOf,
  yearOf,
} from '../../../../shared/deadlines/calendar-date.js';

const MS_PER_DAY = 86_400_000;

describe('calendar dates', () => {
  it('numbers days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(11017)).toBe('2000-03-01');
    expect(fromDayNumber(toDayNumber('0001-01-01'))).toBe('0001-01-01');
    expect(fromDayNumber(toDayNumber('9999-12-31'))).toBe('9999-12-31');
  });

  it('agrees with UTC Date arithmetic on every day from 1899 to 2101, without using Date itself', () => {
    // Date.UTC is the reference here only; the code under test never builds a Date.
    for (let ms = Date.UTC(1899, 11, 1); ms <= Date.UTC(2101, 2, 1); ms += MS_PER_DAY) {
      const reference = new Date(ms);
      const iso = reference.toISOString().slice(0, 10);
      const day = ms / MS_PER_DAY;
      if (toDayNumber(iso) !== day || fromDayNumber(day) !== iso || weekdayOf(iso) !== reference.getUTCDay()) {
        throw new Error(`disagrees with Date on ${iso}`);
      }
    }
  });

  it('rejects malformed and impossible dates with an error naming the value', () => {
    for (const bad of ['2023-02-29', '2100-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-01-00', '2023-2-01', '20240101', '2024/01/01', ' 2024-01-01', '2024-01-01T00:00', '', '0000-01-01']) {
      expect(() => toDayNumber(bad, 'received date')).toThrow(`The received date '${bad}' is not a calendar date`);
      expect(isCalendarDate(bad)).toBe(false);
    }
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate(20240229)).toBe(false);
    expect(() => assertCalendarDate(undefined, 'as-of date')).toThrow(/as-of date undefined is not a calendar date/);
  });

  it('throws AppError with code invalid-args, so the error crosses the IPC boundary by code', () => {
    let caught: unknown = null;
    try {
      toDayNumber('2023-02-30');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: 'invalid-args', details: { value: '2023-02-30' } });
  });

  it('adds days across month ends, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(() => addDays('9999-12-31', 1)).toThrow(/outside the dates/);
  });

  it('knows weekdays, years and order', () => {
    expect(weekdayOf('2023-11-16')).toBe(THURSDAY);
    expect(weekdayOf('2022-01-01')).toBe(6);
    expect(isWeekend('2022-01-01')).toBe(true);
    expect(isWeekend('2021-12-31')).toBe(false);
    expect(yearOf('2021-12-31')).toBe(2021);
    expect(compareDates('2021-12-31', '2022-01-01')).toBeLessThan(0);
    expect(compareDates('2022-01-01', '2022-01-01')).toBe(0);
    expect(makeDate(2024, 2, 29)).toBe('2024-02-29');
    expect(() => makeDate(2023, 2, 29)).toThrow(/'2023-02-29'/);
  });

  it('finds the nth and the last weekday of a month', () => {
    expect(nthWeekdayOfMonth(2023, 11, THURSDAY, 4)).toBe('2023-11-23');
    expect(nthWeekdayOfMonth(2024, 1, MONDAY, 1)).toBe('2024-01-01');
    expect(nthWeekdayOfMonth(2021, 1, MONDAY, 3)).toBe('2021-01-18');
    expect(lastWeekdayOfMonth(2021, 5, MONDAY)).toBe('2021-05-31');
    expect(lastWeekdayOfMonth(2022, 5, MONDAY)).toBe('2022-05-30');
    expect(lastWeekdayOfMonth(2024, 2, THURSDAY)).toBe('2024-02-29');
    expect(lastWeekdayOfMonth(9999, 12, MONDAY)).toBe('9999-12-27');
    expect(() => nthWeekdayOfMonth(2021, 2, MONDAY, 5)).toThrow(/has no weekday number 5/);
  });
});
