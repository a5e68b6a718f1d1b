import { describe, expect, it } from 'vitest';
import { formatExcelSerial, serialToIsoDate, splitSerial } from '../../../../../../main/core/documents/xlsx/excel-dates.js';

describe('Excel serials, 1900 system', () => {
  it('counts 1 as 1900-01-01 and keeps the Lotus leap-year bug at 60', () => {
    expect(serialToIsoDate(1, false)).toBe('1900-01-01');
    expect(serialToIsoDate(59, false)).toBe('1900-02-28');
    expect(serialToIsoDate(60, false)).toBe('1900-02-29');
    expect(serialToIsoDate(61, false)).toBe('1900-03-01');
    expect(serialToIsoDate(0, false)).toBe('1900-01-00');
  });

  it('gives the dates Excel shows for modern serials', () => {
    expect(serialToIsoDate(43363, false)).toBe('2018-09-20');
    expect(serialToIsoDate(44197, false)).toBe('2021-01-01');
    expect(serialToIsoDate(2958465, false)).toBe('9999-12-31');
  });

  it('refuses serials Excel cannot show', () => {
    expect(serialToIsoDate(-1, false)).toBeNull();
    expect(serialToIsoDate(2958466, false)).toBeNull();
  });
});

describe('Excel serials, 1904 system', () => {
  it('counts 0 as 1904-01-01, so the same serial is 1,462 days later than in the 1900 system', () => {
    expect(serialToIsoDate(0, true)).toBe('1904-01-01');
    expect(serialToIsoDate(43363, true)).toBe('2022-09-21');
    const day = 86_400_000;
    expect((Date.parse(serialToIsoDate(30000, true) ?? '') - Date.parse(serialToIsoDate(30000, false) ?? '')) / day).toBe(1462);
  });
});

describe('formatExcelSerial', () => {
  it('shows dates, times, date-times and elapsed time', () => {
    expect(formatExcelSerial(41434, 'date', false)).toBe('2013-06-09');
    expect(formatExcelSerial(0.2565162037037037, 'time', false)).toBe('06:09:23');
    expect(formatExcelSerial(41399.879184143516, 'datetime', false)).toBe('2013-05-05 21:06:02');
    expect(formatExcelSerial(41434.5, 'date', false)).toBe('2013-06-09 12:00:00');
    expect(formatExcelSerial(1.25, 'elapsed', false)).toBe('30:00:00');
  });

  it('carries a time that rounds to midnight into the next day', () => {
    expect(splitSerial(1.9999999)).toEqual({ days: 2, seconds: 0 });
    expect(formatExcelSerial(43362.999999999, 'datetime', false)).toBe('2018-09-20 00:00:00');
  });
});
