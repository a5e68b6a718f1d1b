import { describe, expect, it } from 'vitest';
import { isWeekend } from '../../../../shared/deadlines/calendar-date.js';
import { US_EXECUTIVE_ORDER_CLOSURES } from '../../../../shared/deadlines/us-executive-order-closures.js';
import { usFederalHolidays } from '../../../../shared/deadlines/us-federal-holidays.js';

/**
 * OPM's federal holiday lists (opm.gov/policy-data-oversight/pay-leave/federal-holidays), on the
 * days observed by employees with a Monday-to-Friday workweek, in OPM's order: New Year's Day,
 * Martin Luther King Jr., Washington's Birthday, Memorial Day, [Juneteenth from 2021], Independence
 * Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving, Christmas. Inauguration Day, which OPM
 * lists for the Washington DC area only, is left out. Each year's weekend moves were checked by hand:
 * 2015 and 2020 and 2026 July 4 Saturday -> Friday 3; 2016 and 2022 Christmas Sunday -> Monday 26;
 * 2017 and 2023 January 1 Sunday -> Monday 2; 2017, 2023 and 2028 November 11 Saturday -> Friday 10;
 * 2018 and 2029 November 11 Sunday -> Monday 12; 2021 and 2027 July 4 Sunday -> Monday 5, June 19
 * Saturday -> Friday 18, Christmas Saturday -> Friday 24; 2022 and 2028 January 1 Saturday -> Friday
 * 31 December of the year before; 2022 June 19 Sunday -> Monday 20.
 */
const OPM: Record<number, string[]> = {
  2015: ['2015-01-01', '2015-01-19', '2015-02-16', '2015-05-25', '2015-07-03', '2015-09-07', '2015-10-12', '2015-11-11', '2015-11-26', '2015-12-25'],
  2016: ['2016-01-01', '2016-01-18', '2016-02-15', '2016-05-30', '2016-07-04', '2016-09-05', '2016-10-10', '2016-11-11', '2016-11-24', '2016-12-26'],
  2017: ['2017-01-02', '2017-01-16', '2017-02-20', '2017-05-29', '2017-07-04', '2017-09-04', '2017-10-09', '2017-11-10', '2017-11-23', '2017-12-25'],
  2018: ['2018-01-01', '2018-01-15', '2018-02-19', '2018-05-28', '2018-07-04', '2018-09-03', '2018-10-08', '2018-11-12', '2018-11-22', '2018-12-25'],
  2019: ['2019-01-01', '2019-01-21', '2019-02-18', '2019-05-27', '2019-07-04', '2019-09-02', '2019-10-14', '2019-11-11', '2019-11-28', '2019-12-25'],
  2020: ['2020-01-01', '2020-01-20', '2020-02-17', '2020-05-25', '2020-07-03', '2020-09-07', '2020-10-12', '2020-11-11', '2020-11-26', '2020-12-25'],
  2021: ['2021-01-01', '2021-01-18', '2021-02-15', '2021-05-31', '2021-06-18', '2021-07-05', '2021-09-06', '2021-10-11', '2021-11-11', '2021-11-25', '2021-12-24'],
  2022: ['2021-12-31', '2022-01-17', '2022-02-21', '2022-05-30', '2022-06-20', '2022-07-04', '2022-09-05', '2022-10-10', '2022-11-11', '2022-11-24', '2022-12-26'],
  2023: ['2023-01-02', '2023-01-16', '2023-02-20', '2023-05-29', '2023-06-19', '2023-07-04', '2023-09-04', '2023-10-09', '2023-11-10', '2023-11-23', '2023-12-25'],
  2024: ['2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04', '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25'],
  2025: ['2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25'],
  2026: ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25'],
  2027: ['2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25', '2027-12-24'],
  2028: ['2027-12-31', '2028-01-17', '2028-02-21', '2028-05-29', '2028-06-19', '2028-07-04', '2028-09-04', '2028-10-09', '2028-11-10', '2028-11-23', '2028-12-25'],
  2029: ['2029-01-01', '2029-01-15', '2029-02-19', '2029-05-28', '2029-06-19', '2029-07-04', '2029-09-03', '2029-10-08', '2029-11-12', '2029-11-22', '2029-12-25'],
  2030: ['2030-01-01', '2030-01-21', '2030-02-18', '2030-05-27', '2030-06-19', '2030-07-04', '2030-09-02', '2030-10-14', '2030-11-11', '2030-11-28', '2030-12-25'],
};

describe('usFederalHolidays', () => {
  for (const [year, published] of Object.entries(OPM)) {
    it(`matches OPM's list for ${year}`, () => {
      expect(usFederalHolidays(Number(year)).map((holiday) => holiday.date)).toEqual(published);
    });
  }

  it("names each holiday as OPM does and records the day a weekend holiday stands in for", () => {
    expect(usFederalHolidays(2022)).toEqual([
      { date: '2021-12-31', name: "New Year's Day", inLieuOf: '2022-01-01' },
      { date: '2022-01-17', name: 'Birthday of Martin Luther King, Jr.' },
      { date: '2022-02-21', name: "Washington's Birthday" },
      { date: '2022-05-30', name: 'Memorial Day' },
      { date: '2022-06-20', name: 'Juneteenth National Independence Day', inLieuOf: '2022-06-19' },
      { date: '2022-07-04', name: 'Independence Day' },
      { date: '2022-09-05', name: 'Labor Day' },
      { date: '2022-10-10', name: 'Columbus Day' },
      { date: '2022-11-11', name: 'Veterans Day' },
      { date: '2022-11-24', name: 'Thanksgiving Day' },
      { date: '2022-12-26', name: 'Christmas Day', inLieuOf: '2022-12-25' },
    ]);
  });

  it('adds holidays in the years the statutes created them', () => {
    expect(usFederalHolidays(2020).some((holiday) => holiday.name.startsWith('Juneteenth'))).toBe(false);
    expect(usFederalHolidays(2021).find((holiday) => holiday.name.startsWith('Juneteenth'))?.date).toBe('2021-06-18');
    expect(usFederalHolidays(1985).some((holiday) => holiday.name.includes('King'))).toBe(false);
    expect(usFederalHolidays(1986).find((holiday) => holiday.name.includes('King'))?.date).toBe('1986-01-20');
    // Veterans Day sat on the fourth Monday of October from 1971 to 1977.
    expect(usFederalHolidays(1975).find((holiday) => holiday.name === 'Veterans Day')?.date).toBe('1975-10-27');
    expect(usFederalHolidays(1978).find((holiday) => holiday.name === 'Veterans Day')?.date).toBe('1978-11-10');
  });

  it('puts every holiday on a weekday, in order, for every supported year to 2200', () => {
    for (let year = 1971; year <= 2200; year += 1) {
      const dates = usFederalHolidays(year).map((holiday) => holiday.date);
      expect(dates.filter(isWeekend)).toEqual([]);
      expect([...dates].sort()).toEqual(dates);
      expect(dates.length).toBe(year >= 2021 ? 11 : year >= 1986 ? 10 : 9);
    }
  });

  it('refuses years its rules do not describe', () => {
    expect(() => usFederalHolidays(1970)).toThrow(/1971 to 9999, not 1970/);
    expect(() => usFederalHolidays(1970)).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });
});

describe('US_EXECUTIVE_ORDER_CLOSURES', () => {
  it('lists real weekdays, in order, none of them already a federal holiday, each with its source', () => {
    const dates = US_EXECUTIVE_ORDER_CLOSURES.map((closure) => closure.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.filter(isWeekend)).toEqual([]);
    for (const closure of US_EXECUTIVE_ORDER_CLOSURES) {
      const year = Number(closure.date.slice(0, 4));
      const holidays = [...usFederalHolidays(year), ...usFederalHolidays(year + 1)].map((holiday) => holiday.date);
      expect(holidays).not.toContain(closure.date);
      expect(closure.source).toMatch(/^Executive [Oo]rder/);
    }
    expect(dates).toEqual(expect.arrayContaining(['2018-12-05', '2019-12-24', '2020-12-24', '2024-12-24', '2025-01-09']));
  });
});
