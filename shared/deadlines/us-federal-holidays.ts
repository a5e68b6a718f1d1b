/**
 * US federal holidays (5 U.S.C. 6103(a)) on the days federal offices close for them: the days a
 * FOIA clock skips as "legal public holidays", computed from the statute's rules for any year
 * instead of copied from a table that runs out.
 */
import { AppError } from '../errors.js';
import { MONDAY, SATURDAY, SUNDAY, THURSDAY, addDays, lastWeekdayOfMonth, makeDate, nthWeekdayOfMonth, weekdayOf } from './calendar-date.js';
import type { Holiday } from './holiday.js';

/**
 * The first year these rules describe. The Uniform Monday Holiday Act moved Washington's
 * Birthday, Memorial Day and Columbus Day to Mondays from 1971, and Executive Order 11582 (February
 * 1971) set the weekend observance rule; earlier years followed other rules we do not model.
 */
export const US_FEDERAL_HOLIDAYS_FIRST_YEAR = 1971;

/**
 * A holiday on its statutory date, or on the day it is observed when that date is a weekend: a
 * Saturday holiday is observed the Friday before (5 U.S.C. 6103(b)), a Sunday holiday the Monday
 * after (Executive Order 11582). This is the rule for the Monday-to-Friday workweek FOIA offices keep.
 */
function observed(name: string, date: string): Holiday {
  const weekday = weekdayOf(date);
  if (weekday === SATURDAY) {
    return { date: addDays(date, -1), name, inLieuOf: date };
  }
  if (weekday === SUNDAY) {
    return { date: addDays(date, 1), name, inLieuOf: date };
  }
  return { date, name };
}

/**
 * The federal holidays of `year` in calendar order, each on the day offices close for it (see
 * `observed`). When 1 January falls on a Saturday, New Year's Day is observed on Friday 31
 * December of the year before, so the first entry of such a year is dated in the previous year:
 * OPM lists 2021-12-31 as the New Year's Day holiday of 2022.
 *
 * Not included, because they are not holidays for every federal office: Inauguration Day (5 U.S.C.
 * 6103(c), only in the Washington DC area) and closures by executive order (see
 * us-executive-order-closures.ts). Callers add those as extra closures.
 */
export function usFederalHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < US_FEDERAL_HOLIDAYS_FIRST_YEAR || year > 9999) {
    throw new AppError('unsupported', `US federal holidays are computed for ${US_FEDERAL_HOLIDAYS_FIRST_YEAR} to 9999, not ${year}`);
  }
  const holidays: Holiday[] = [observed("New Year's Day", makeDate(year, 1, 1))];
  // First observed on 20 January 1986 (Pub. L. 98-144).
  if (year >= 1986) {
    holidays.push({ date: nthWeekdayOfMonth(year, 1, MONDAY, 3), name: 'Birthday of Martin Luther King, Jr.' });
  }
  holidays.push({ date: nthWeekdayOfMonth(year, 2, MONDAY, 3), name: "Washington's Birthday" });
  holidays.push({ date: lastWeekdayOfMonth(year, 5, MONDAY), name: 'Memorial Day' });
  // Added by the Juneteenth National Independence Day Act of 17 June 2021; first observed 18 June 2021.
  if (year >= 2021) {
    holidays.push(observed('Juneteenth National Independence Day', makeDate(year, 6, 19)));
  }
  holidays.push(observed('Independence Day', makeDate(year, 7, 4)));
  holidays.push({ date: nthWeekdayOfMonth(year, 9, MONDAY, 1), name: 'Labor Day' });
  holidays.push({ date: nthWeekdayOfMonth(year, 10, MONDAY, 2), name: 'Columbus Day' });
  // From 1971 to 1977 Veterans Day was the fourth Monday in October; Pub. L. 94-97 restored 11 November from 1978.
  holidays.push(year <= 1977 ? { date: nthWeekdayOfMonth(year, 10, MONDAY, 4), name: 'Veterans Day' } : observed('Veterans Day', makeDate(year, 11, 11)));
  holidays.push({ date: nthWeekdayOfMonth(year, 11, THURSDAY, 4), name: 'Thanksgiving Day' });
  holidays.push(observed('Christmas Day', makeDate(year, 12, 25)));
  return holidays;
}

