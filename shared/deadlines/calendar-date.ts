/**
 * Calendar dates as 'YYYY-MM-DD' strings, and the day arithmetic that statutory deadlines need.
 *
 * A statutory day is a calendar day, never an instant: "received on 16 November" means that date
 * wherever the reader's machine is. So nothing here touches `Date`; dates become whole day numbers
 * (days since 1970-01-01 in the proleptic Gregorian calendar) and back, with integer arithmetic
 * that no time zone or daylight-saving change can shift.
 */
import { AppError } from '../errors.js';

/** 0 is Sunday and 6 is Saturday, the numbering `Date#getUTCDay` uses, so readers need no table. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const SUNDAY = 0;
export const MONDAY = 1;
export const THURSDAY = 4;
export const SATURDAY = 6;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FIRST_DAY = dayNumberOf(1, 1, 1);
const LAST_DAY = dayNumberOf(9999, 12, 31);

/**
 * Days from 1970-01-01 to y-m-d (negative before it). Howard Hinnant's days_from_civil: it counts
 * in 400-year eras from 1 March, so the leap day is the last day of its "year" and needs no branch.
 */
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The inverse of dayNumberOf (Hinnant's civil_from_days). */
function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function invalid(value: unknown, label: string): AppError {
  const shown = typeof value === 'string' ? `'${value}'` : String(value);
  return new AppError('invalid-args', `The ${label} ${shown} is not a calendar date: write YYYY-MM-DD, from 0001-01-01 to 9999-12-31`, {
    value: typeof value === 'string' ? value : String(value),
  });
}

/**
 * The day number of a 'YYYY-MM-DD' date. Throws an `invalid-args` AppError naming the value when it
 * is malformed or no such day exists (2023-02-29, 2024-13-01); `label` says which input it was.
 */
export function toDayNumber(date: string, label = 'date'): number {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!match) {
    throw invalid(date, label);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) {
    throw invalid(date, label);
  }
  const number = dayNumberOf(year, month, day);
  // A day past the month's end (02-30) lands in the next month: the round trip exposes it.
  const back = civilOf(number);
  if (back.month !== month || back.day !== day) {
    throw invalid(date, label);
  }
  return number;
}

/** The 'YYYY-MM-DD' date of a day number; throws when it falls outside years 1 to 9999. */
export function fromDayNumber(dayNumber: number): string {
  if (!Number.isInteger(dayNumber) || dayNumber < FIRST_DAY || dayNumber > LAST_DAY) {
    throw new AppError('invalid-args', `Day ${dayNumber} is outside the dates this calculator writes (0001-01-01 to 9999-12-31)`);
  }
  const { year, month, day } = civilOf(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True when `value` is a real day written as 'YYYY-MM-DD'. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') {
    return false;
  }
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** Throws, naming `label` and the value, unless `value` is a real 'YYYY-MM-DD' day. */
export function assertCalendarDate(value: unknown, label = 'date'): asserts value is string {
  toDayNumber(value as string, label);
}

/** The date of year/month/day, checked: makeDate(2023, 2, 29) throws. */
export function makeDate(year: number, month: number, day: number): string {
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  toDayNumber(date);
  return date;
}

/** Negative, zero or positive as `a` is before, on or after `b`; for sorting. */
export function compareDates(a: string, b: string): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** `date` moved by `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The day of the week; 1970-01-01 was a Thursday. */
export function weekdayOf(date: string): Weekday {
  return (((toDayNumber(date) + THURSDAY) % 7) + 7) % 7 as Weekday;
}

export function isWeekend(date: string): boolean {
  const weekday = weekdayOf(date);
  return weekday === SATURDAY || weekday === SUNDAY;
}

export function yearOf(date: string): number {
  toDayNumber(date);
  return Number(date.slice(0, 4));
}

/** The `nth` (1-based) `weekday` of a month, e.g. the 4th Thursday of November. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, nth: number): string {
  const first = makeDate(year, month, 1);
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  const date = addDays(first, offset + (nth - 1) * 7);
  if (date.slice(0, 7) !== first.slice(0, 7)) {
    throw new AppError('invalid-args', `${pad(year, 4)}-${pad(month, 2)} has no weekday number ${nth}`);
  }
  return date;
}

/** The last `weekday` of a month, e.g. the last Monday of May. */
export function lastWeekdayOfMonth(year: number, month: number, weekday: Weekday): string {
  // The day before the next month's first, except December, whose end is known (and 9999-12 has no next month).
  const last = month === 12 ? makeDate(year, 12, 31) : addDays(makeDate(year, month + 1, 1), -1);
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}
