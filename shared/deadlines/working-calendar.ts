/**
 * A working calendar answers the one question working-day arithmetic asks: does this date count?
 * Deadlines take the calendar as a value, so a caller can close an office for a snow day, add
 * Scotland's bank holidays to a UK clock, or count a President's extra closures, without the
 * arithmetic knowing any jurisdiction.
 */
import { assertCalendarDate, isWeekend, yearOf } from './calendar-date.js';
import { englandWalesBankHolidays } from './england-wales-bank-holidays.js';
import type { Holiday } from './holiday.js';
import { US_EXECUTIVE_ORDER_CLOSURES } from './us-executive-order-closures.js';
import { usFederalHolidays } from './us-federal-holidays.js';

export type WorkingCalendar = {
  /** A stable id for the rule set, shown beside a deadline so the officer knows what was skipped. */
  readonly name: string;
  /** Throws on a malformed date, and for a year the calendar's holiday rules do not cover. */
  isWorkingDay(date: string): boolean;
};

export type CalendarOptions = {
  /**
   * More non-working dates: office closures (weather, building), local holidays, or, for a UK
   * clock, the bank holidays of Scotland and Northern Ireland that FOIA 2000 s.10(6) also skips.
   */
  extraClosures?: readonly string[];
};

export type UsFederalCalendarOptions = CalendarOptions & {
  /** Also skip the whole-day closures by executive order in US_EXECUTIVE_ORDER_CLOSURES. */
  executiveOrderClosures?: boolean;
};

/**
 * A Monday-to-Friday calendar, closed on the holidays `holidaysOf(year)` lists and on
 * `extraClosures`. A holiday may be observed in the year before its own (a Saturday New Year's Day
 * is observed on Friday 31 December in the US), never after, so a date in year Y is checked against
 * the holidays of Y and Y + 1.
 */
export function weekdayCalendar(name: string, holidaysOf: (year: number) => readonly Holiday[], extraClosures: readonly string[] = []): WorkingCalendar {
  extraClosures.forEach((date, index) => assertCalendarDate(date, `extra closure #${index + 1}`));
  const closures = new Set(extraClosures);
  // Deadlines ask about the same few months over and over; each year's holidays are computed once.
  const closedByYear = new Map<number, ReadonlySet<string>>();
  const closedIn = (year: number): ReadonlySet<string> => {
    let closed = closedByYear.get(year);
    if (closed === undefined) {
      const prefix = `${String(year).padStart(4, '0')}-`;
      const holidays = year < 9999 ? [...holidaysOf(year), ...holidaysOf(year + 1)] : [...holidaysOf(year)];
      closed = new Set(holidays.map((holiday) => holiday.date).filter((date) => date.startsWith(prefix)));
      closedByYear.set(year, closed);
    }
    return closed;
  };
  return {
    name,
    isWorkingDay(date: string): boolean {
      // Holidays first, so a year the rules do not cover fails even on a weekend.
      const closed = closedIn(yearOf(date));
      return !isWeekend(date) && !closed.has(date) && !closures.has(date);
    },
  };
}

/**
 * Weekends, US federal holidays (5 U.S.C. 6103(a)) on their observed days, and the caller's
 * closures: the days a FOIA clock does not count.
 */
export function usFederalWorkingCalendar(options: UsFederalCalendarOptions = {}): WorkingCalendar {
  const extra = [...(options.executiveOrderClosures ? US_EXECUTIVE_ORDER_CLOSURES.map((closure) => closure.date) : []), ...(options.extraClosures ?? [])];
  const name = ['us-federal', options.executiveOrderClosures ? '+executive-order-closures' : '', options.extraClosures?.length ? '+extra-closures' : ''].join('');
  return weekdayCalendar(name, usFederalHolidays, extra);
}

/**
 * Weekends, England and Wales bank holidays (with Good Friday and Christmas Day among them), and the
 * caller's closures.
 */
export function englandWalesWorkingCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const name = `england-and-wales${options.extraClosures?.length ? '+extra-closures' : ''}`;
  return weekdayCalendar(name, englandWalesBankHolidays, options.extraClosures ?? []);
}
