/**
 * Bank holidays in England and Wales, computed for any year from the standing rules plus the
 * days moved or added by royal proclamation, so a UK FOI deadline can skip them.
 */
import { AppError } from '../errors.js';
import { MONDAY, addDays, compareDates, isWeekend, lastWeekdayOfMonth, makeDate, nthWeekdayOfMonth } from './calendar-date.js';
import { easterSunday } from './easter.js';
import type { Holiday } from './holiday.js';

/** The first year with today's set of holidays: the early May bank holiday began on 1 May 1978. */
export const ENGLAND_WALES_BANK_HOLIDAYS_FIRST_YEAR = 1978;

/**
 * Standing holidays moved for one year by proclamation under the Banking and Financial Dealings
 * Act 1971, s.1(3). The date it would have had is not a holiday that year.
 */
const MOVED: Readonly<Record<number, { earlyMay?: Holiday; spring?: Holiday }>> = {
  // 50th anniversary of VE Day: the May Day holiday moved from Monday 1 May to Monday 8 May 1995.
  1995: { earlyMay: { date: '1995-05-08', name: 'Early May bank holiday (VE day)' } },
  // Golden Jubilee: spring bank holiday moved from 27 May to Tuesday 4 June 2002, beside the extra 3 June.
  2002: { spring: { date: '2002-06-04', name: 'Spring bank holiday' } },
  // Diamond Jubilee: spring bank holiday moved from 28 May to Monday 4 June 2012, beside the extra 5 June.
  2012: { spring: { date: '2012-06-04', name: 'Spring bank holiday' } },
  // 75th anniversary of VE Day: moved from Monday 4 May to Friday 8 May 2020 (gov.uk).
  2020: { earlyMay: { date: '2020-05-08', name: 'Early May bank holiday (VE day)' } },
  // Platinum Jubilee: spring bank holiday moved from 30 May to Thursday 2 June 2022, beside the extra 3 June (gov.uk).
  2022: { spring: { date: '2022-06-02', name: 'Spring bank holiday' } },
};

/** One-off bank holidays added by proclamation (those from 2012 on as gov.uk lists them). */
const ADDED: readonly Holiday[] = [
  { date: '1981-07-29', name: 'Royal wedding of the Prince of Wales and Lady Diana Spencer' },
  { date: '1999-12-31', name: 'Millennium bank holiday' },
  { date: '2002-06-03', name: 'Golden Jubilee bank holiday' },
  { date: '2011-04-29', name: 'Royal wedding of Prince William and Catherine Middleton' },
  { date: '2012-06-05', name: "Queen's Diamond Jubilee" },
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
  { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
];

/** New Year's Day, or the Monday after it when it falls at a weekend (2 or 3 January). */
function newYear(year: number): Holiday {
  const date = makeDate(year, 1, 1);
  return isWeekend(date) ? { date: nthWeekdayOfMonth(year, 1, MONDAY, 1), name: "New Year's Day", inLieuOf: date } : { date, name: "New Year's Day" };
}

/**
 * Christmas Day and Boxing Day. Each that falls at a weekend gets a substitute: the first weekday
 * after 26 December not already taken. So Christmas on a Saturday gives Monday 27 (for Christmas)
 * and Tuesday 28 (for Boxing Day); on a Sunday, Boxing Day keeps Monday 26 and Christmas moves to
 * Tuesday 27; on a Friday, Boxing Day (a Saturday) moves to Monday 28.
 */
function christmas(year: number): Holiday[] {
  const days: Holiday[] = [];
  const displaced: Holiday[] = [];
  for (const holiday of [
    { date: makeDate(year, 12, 25), name: 'Christmas Day' },
    { date: makeDate(year, 12, 26), name: 'Boxing Day' },
  ]) {
    (isWeekend(holiday.date) ? displaced : days).push(holiday);
  }
  let candidate = makeDate(year, 12, 27);
  for (const holiday of displaced) {
    while (isWeekend(candidate)) {
      candidate = addDays(candidate, 1);
    }
    days.push({ date: candidate, name: holiday.name, inLieuOf: holiday.date });
    candidate = addDays(candidate, 1);
  }
  return days.sort((a, b) => compareDates(a.date, b.date));
}

/**
 * The bank holidays of England and Wales in `year`, in date order, on the days banks close (a
 * substitute day carries `inLieuOf`). Years after the last proclamation we know of follow the
 * standing rules; a future one-off (a jubilee, a state funeral) must be added by the caller as an
 * extra closure until this list learns it.
 */
export function englandWalesBankHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < ENGLAND_WALES_BANK_HOLIDAYS_FIRST_YEAR || year > 9999) {
    throw new AppError('unsupported', `England and Wales bank holidays are computed for ${ENGLAND_WALES_BANK_HOLIDAYS_FIRST_YEAR} to 9999, not ${year}`);
  }
  const easter = easterSunday(year);
  const moved = MOVED[year] ?? {};
  const holidays: Holiday[] = [
    newYear(year),
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    moved.earlyMay ?? { date: nthWeekdayOfMonth(year, 5, MONDAY, 1), name: 'Early May bank holiday' },
    moved.spring ?? { date: lastWeekdayOfMonth(year, 5, MONDAY), name: 'Spring bank holiday' },
    { date: lastWeekdayOfMonth(year, 8, MONDAY), name: 'Summer bank holiday' },
    ...christmas(year),
    ...ADDED.filter((holiday) => holiday.date.startsWith(`${year}-`)),
  ];
  return holidays.sort((a, b) => compareDates(a.date, b.date));
}
