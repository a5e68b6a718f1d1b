import { describe, expect, it } from 'vitest';
import { isWeekend } from '../../../../shared/deadlines/calendar-date.js';
import { englandWalesBankHolidays } from '../../../../shared/deadlines/england-wales-bank-holidays.js';

/**
 * The England and Wales list published at gov.uk/bank-holidays, 2012-2027, on the days banks close
 * (substitute days included, the weekend days they replace left out). Special years: 2012 spring
 * holiday moved to 4 June plus the Diamond Jubilee on 5 June; 2020 early May moved to Friday 8 May
 * (VE day); 2022 spring moved to Thursday 2 June plus the Platinum Jubilee on 3 June and the State
 * Funeral on 19 September; 2023 the coronation on 8 May.
 */
const GOV_UK: Record<number, string[]> = {
  2012: ['2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26'],
  2013: ['2013-01-01', '2013-03-29', '2013-04-01', '2013-05-06', '2013-05-27', '2013-08-26', '2013-12-25', '2013-12-26'],
  2014: ['2014-01-01', '2014-04-18', '2014-04-21', '2014-05-05', '2014-05-26', '2014-08-25', '2014-12-25', '2014-12-26'],
  2015: ['2015-01-01', '2015-04-03', '2015-04-06', '2015-05-04', '2015-05-25', '2015-08-31', '2015-12-25', '2015-12-28'],
  2016: ['2016-01-01', '2016-03-25', '2016-03-28', '2016-05-02', '2016-05-30', '2016-08-29', '2016-12-26', '2016-12-27'],
  2017: ['2017-01-02', '2017-04-14', '2017-04-17', '2017-05-01', '2017-05-29', '2017-08-28', '2017-12-25', '2017-12-26'],
  2018: ['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26'],
  2019: ['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26'],
  2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
  2021: ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28'],
  2022: ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
  2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
};

const datesOf = (year: number): string[] => englandWalesBankHolidays(year).map((holiday) => holiday.date);

describe('englandWalesBankHolidays', () => {
  for (const [year, published] of Object.entries(GOV_UK)) {
    it(`matches gov.uk's list for ${year}`, () => {
      expect(datesOf(Number(year))).toEqual(published);
    });
  }

  it('gives Christmas and Boxing Day substitutes for every weekday Christmas can fall on', () => {
    const lastDays = (year: number) => datesOf(year).filter((date) => date.slice(5, 7) === '12');
    expect(lastDays(2021)).toEqual(['2021-12-27', '2021-12-28']); // Saturday: Monday for Christmas, Tuesday for Boxing Day
    expect(lastDays(2022)).toEqual(['2022-12-26', '2022-12-27']); // Sunday: Boxing Day Monday, Christmas moves to Tuesday
    expect(lastDays(2023)).toEqual(['2023-12-25', '2023-12-26']); // Monday
    expect(lastDays(2018)).toEqual(['2018-12-25', '2018-12-26']); // Tuesday
    expect(lastDays(2019)).toEqual(['2019-12-25', '2019-12-26']); // Wednesday
    expect(lastDays(2025)).toEqual(['2025-12-25', '2025-12-26']); // Thursday
    expect(lastDays(2020)).toEqual(['2020-12-25', '2020-12-28']); // Friday: Boxing Day (Saturday) moves to Monday
  });

  it('names substitute days and the day each replaces', () => {
    expect(englandWalesBankHolidays(2022).filter((holiday) => holiday.inLieuOf !== undefined)).toEqual([
      { date: '2022-01-03', name: "New Year's Day", inLieuOf: '2022-01-01' },
      { date: '2022-12-27', name: 'Christmas Day', inLieuOf: '2022-12-25' },
    ]);
    expect(englandWalesBankHolidays(2021).filter((holiday) => holiday.inLieuOf !== undefined).map((holiday) => holiday.name)).toEqual(['Christmas Day', 'Boxing Day']);
    expect(englandWalesBankHolidays(2020).find((holiday) => holiday.date === '2020-05-08')?.name).toBe('Early May bank holiday (VE day)');
  });

  it('knows the one-off and moved holidays before gov.uk began publishing', () => {
    expect(datesOf(1981)).toContain('1981-07-29');
    expect(datesOf(1995)).toContain('1995-05-08');
    expect(datesOf(1995)).not.toContain('1995-05-01');
    expect(datesOf(1999).slice(-3)).toEqual(['1999-12-27', '1999-12-28', '1999-12-31']);
    expect(datesOf(2000)[0]).toBe('2000-01-03');
    expect(datesOf(2002)).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
    expect(datesOf(2002)).not.toContain('2002-05-27');
    expect(datesOf(2011)).toContain('2011-04-29');
  });

  it('puts every holiday on a weekday, in order, and at least eight a year, to 2200', () => {
    for (let year = 1978; year <= 2200; year += 1) {
      const dates = datesOf(year);
      expect(dates.filter(isWeekend)).toEqual([]);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates.length).toBeGreaterThanOrEqual(8);
    }
  });

  it('refuses years before the early May bank holiday existed', () => {
    expect(() => englandWalesBankHolidays(1977)).toThrow(/1978 to 9999, not 1977/);
  });
});
