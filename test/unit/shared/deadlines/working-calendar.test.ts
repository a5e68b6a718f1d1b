import { describe, expect, it } from 'vitest';
import { englandWalesWorkingCalendar, usFederalWorkingCalendar, weekdayCalendar } from '../../../../shared/deadlines/working-calendar.js';

describe('working calendars', () => {
  it('closes US offices on weekends and observed federal holidays, across the year boundary', () => {
    const us = usFederalWorkingCalendar();
    expect(us.name).toBe('us-federal');
    // 1 January 2022 was a Saturday, so New Year's Day 2022 was observed on Friday 31 December 2021.
    expect(us.isWorkingDay('2021-12-31')).toBe(false);
    expect(us.isWorkingDay('2021-12-30')).toBe(true);
    expect(us.isWorkingDay('2022-01-03')).toBe(true);
    expect(us.isWorkingDay('2023-11-23')).toBe(false);
    expect(us.isWorkingDay('2023-11-24')).toBe(true);
    expect(us.isWorkingDay('2023-11-25')).toBe(false);
  });

  it('counts executive-order closures only when asked', () => {
    expect(usFederalWorkingCalendar().isWorkingDay('2025-01-09')).toBe(true);
    const withOrders = usFederalWorkingCalendar({ executiveOrderClosures: true });
    expect(withOrders.name).toBe('us-federal+executive-order-closures');
    expect(withOrders.isWorkingDay('2025-01-09')).toBe(false);
    expect(withOrders.isWorkingDay('2018-12-05')).toBe(false);
    expect(withOrders.isWorkingDay('2024-12-24')).toBe(false);
    expect(withOrders.isWorkingDay('2024-12-23')).toBe(true);
  });

  it("adds the caller's closures and names the calendar so the dashboard can say so", () => {
    const snowed = usFederalWorkingCalendar({ extraClosures: ['2024-01-16'] });
    expect(snowed.name).toBe('us-federal+extra-closures');
    expect(snowed.isWorkingDay('2024-01-16')).toBe(false);
    // Scotland's 2 January and Northern Ireland's St Patrick's Day (Sunday 17 March 2024, substitute Monday 18).
    const uk = englandWalesWorkingCalendar({ extraClosures: ['2024-01-02', '2024-03-18'] });
    expect(uk.name).toBe('england-and-wales+extra-closures');
    expect([uk.isWorkingDay('2024-01-02'), uk.isWorkingDay('2024-03-18'), uk.isWorkingDay('2024-03-19')]).toEqual([false, false, true]);
    expect(englandWalesWorkingCalendar().name).toBe('england-and-wales');
  });

  it('closes England and Wales on Good Friday, Easter Monday and substitute days', () => {
    const ew = englandWalesWorkingCalendar();
    expect(['2024-03-29', '2024-04-01', '2022-12-27', '2023-01-02'].map((date) => ew.isWorkingDay(date))).toEqual([false, false, false, false]);
    expect(['2024-03-28', '2024-04-02', '2022-12-28'].map((date) => ew.isWorkingDay(date))).toEqual([true, true, true]);
  });

  it('rejects a malformed closure or date, naming it', () => {
    expect(() => usFederalWorkingCalendar({ extraClosures: ['2024-01-16', '2024-02-30'] })).toThrow("The extra closure #2 '2024-02-30' is not a calendar date");
    expect(() => usFederalWorkingCalendar().isWorkingDay('16/01/2024')).toThrow("'16/01/2024' is not a calendar date");
  });

  it('fails loudly for a year its holiday rules do not cover, even on a weekend', () => {
    expect(() => usFederalWorkingCalendar().isWorkingDay('1970-01-03')).toThrow(/US federal holidays are computed for 1971/);
    expect(() => englandWalesWorkingCalendar().isWorkingDay('1977-12-25')).toThrow(/1978 to 9999/);
  });

  it('builds a calendar from any holiday list, looking a year ahead for early observances', () => {
    const calendar = weekdayCalendar('test', (year) => (year === 2031 ? [{ date: '2030-12-31', name: 'Early' }] : []));
    expect(calendar.isWorkingDay('2030-12-31')).toBe(false);
    expect(calendar.isWorkingDay('2030-12-30')).toBe(true);
  });
});
