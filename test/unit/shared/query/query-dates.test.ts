import { describe, expect, it } from 'vitest';
import { daysInMonth, isLeapYear, parseDateValue, previousDay } from '../../../../shared/query/query-dates.js';
import { QuerySyntaxError } from '../../../../shared/query/query-syntax-error.js';

describe('query dates', () => {
  it('knows the Gregorian leap years', () => {
    expect([2020, 2024, 2000, 1600, 2400].map(isLeapYear)).toEqual([true, true, true, true, true]);
    expect([2021, 2100, 1900, 1800, 2023].map(isLeapYear)).toEqual([false, false, false, false, false]);
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2000, 2), daysInMonth(1900, 2)]).toEqual([29, 28, 29, 28]);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2021, month))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('steps back a day across months, years and leap days', () => {
    expect(previousDay('2021-03-04')).toBe('2021-03-03');
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
    expect(previousDay('2023-03-01')).toBe('2023-02-28');
    expect(previousDay('2000-03-01')).toBe('2000-02-29');
    expect(previousDay('1900-03-01')).toBe('1900-02-28');
    expect(previousDay('2021-05-01')).toBe('2021-04-30');
    expect(previousDay('2021-01-01')).toBe('2020-12-31');
    expect(previousDay('1000-01-01')).toBe('0999-12-31');
  });

  it('covers whole leap months and accepts 29 February only in leap years', () => {
    expect(parseDateValue('date', '2024-02', 0)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(parseDateValue('date', '2023-02', 0)).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(parseDateValue('date', '2000-02-29', 0)).toEqual({ from: '2000-02-29', to: '2000-02-29' });
    expect(() => parseDateValue('date', '2100-02-29', 0)).toThrow(/has 28 days/);
    expect(parseDateValue('before', '2024-03', 0)).toEqual({ from: null, to: '2024-02-29' });
    expect(parseDateValue('after', '2024-02-29', 0)).toEqual({ from: '2024-02-29', to: null });
  });

  it('takes whole periods at both ends of a range, and a one-day range', () => {
    expect(parseDateValue('date', '2021-02..2021-02', 0)).toEqual({ from: '2021-02-01', to: '2021-02-28' });
    expect(parseDateValue('date', '2021-03-04..2021-03-04', 0)).toEqual({ from: '2021-03-04', to: '2021-03-04' });
    expect(parseDateValue('date', '2021-03-04..2021-03', 0)).toEqual({ from: '2021-03-04', to: '2021-03-31' });
    expect(parseDateValue('date', '9999', 0)).toEqual({ from: '9999-01-01', to: '9999-12-31' });
  });

  it('places errors at the offending part of the value, offset by where the value starts', () => {
    const error = (() => {
      try {
        parseDateValue('date', '2021-01-01..2021-02-30', 10);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect(error).toMatchObject({ start: 22, end: 32 });
  });
});
