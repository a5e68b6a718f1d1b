/**
 * `date:`, `before:` and `after:` values as ranges of calendar days. Pure arithmetic on
 * YYYY-MM-DD strings (proleptic Gregorian), no Date objects: a day in a query is a calendar day,
 * never an instant, so no time zone may shift it.
 */
import { QuerySyntaxError } from './query-syntax-error.js';
import type { DateField } from './query-fields.js';

/** Both ends inclusive ISO days; null is open. */
export type DayRange = { from: string | null; to: string | null };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const FORMAT_HINT = 'write a year (2021), a month (2021-03) or a day (2021-03-04)';

type Period = { first: string; last: string };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day before `iso` (a valid YYYY-MM-DD). */
export function previousDay(iso: string): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  if (day > 1) {
    return isoDay(year, month, day - 1);
  }
  if (month > 1) {
    return isoDay(year, month - 1, daysInMonth(year, month - 1));
  }
  return isoDay(year - 1, 12, 31);
}

/**
 * The days a YYYY, YYYY-MM or YYYY-MM-DD value covers. `start` is the value's offset in the
 * normalised query, for the error span.
 */
function parsePeriod(text: string, start: number): Period {
  const span = (message: string) => new QuerySyntaxError(message, start, start + Math.max(1, text.length));
  const match = PARTIAL_DATE.exec(text);
  if (!match) {
    return failFormat(text, span);
  }
  const year = Number(match[1]);
  if (year < 1000) {
    throw span(`'${text}': the year must have four digits, from 1000 to 9999`);
  }
  if (match[2] === undefined) {
    return { first: isoDay(year, 1, 1), last: isoDay(year, 12, 31) };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    throw span(`'${text}' is not a date: there is no month ${match[2]}`);
  }
  const length = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { first: isoDay(year, month, 1), last: isoDay(year, month, length) };
  }
  const day = Number(match[3]);
  if (day < 1 || day > length) {
    throw span(`'${text}' is not a date: ${isoDay(year, month, 1).slice(0, 7)} has ${length} days`);
  }
  return { first: isoDay(year, month, day), last: isoDay(year, month, day) };
}

function failFormat(text: string, span: (message: string) => QuerySyntaxError): never {
  throw span(text.length === 0 ? `a date is missing: ${FORMAT_HINT}` : `'${text}' is not a date: ${FORMAT_HINT}`);
}

/**
 * The day range of `field:value`. `date:` takes a period or a range `A..B` (either end may be
 * left open); `before:D` ends the day before D begins; `after:D` starts on D's first day.
 * `valueStart` is the value's offset in the normalised query.
 */
export function parseDateValue(field: DateField, value: string, valueStart: number): DayRange {
  if (field === 'before') {
    return { from: null, to: previousDay(parsePeriod(value, valueStart).first) };
  }
  if (field === 'after') {
    return { from: parsePeriod(value, valueStart).first, to: null };
  }
  const dots = value.indexOf('..');
  if (dots === -1) {
    const period = parsePeriod(value, valueStart);
    return { from: period.first, to: period.last };
  }
  const left = value.slice(0, dots);
  const right = value.slice(dots + 2);
  if (left.length === 0 && right.length === 0) {
    throw new QuerySyntaxError(`'..' needs a date on at least one side: date:2021-01-01..2021-03-31`, valueStart, valueStart + value.length);
  }
  const from = left.length === 0 ? null : parsePeriod(left, valueStart).first;
  const to = right.length === 0 ? null : parsePeriod(right, valueStart + dots + 2).last;
  if (from !== null && to !== null && from > to) {
    throw new QuerySyntaxError(`'${value}' starts after it ends (${from} is later than ${to})`, valueStart, valueStart + value.length);
  }
  return { from, to };
}
