/**
 * Counting working days the way statutes do: the start day is day 0 and is never counted; day 1 is
 * the first working day after it. Both functions use that one convention, so each undoes the other:
 * workingDaysBetween(start, addWorkingDays(start, n, c), c) === n.
 */
import { AppError } from '../errors.js';
import { addDays, compareDates, toDayNumber } from './calendar-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * The `count`th working day after `start` (a whole number, 0 or more); `count` 0 gives `start`
 * itself, working day or not. Days on which `calendar` is closed are stepped over.
 */
export function addWorkingDays(start: string, count: number, calendar: WorkingCalendar): string {
  toDayNumber(start, 'start date');
  if (!Number.isInteger(count) || count < 0) {
    throw new AppError('invalid-args', `A number of working days must be a whole number, 0 or more, not ${count}`);
  }
  let date = start;
  for (let counted = 0; counted < count; ) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) {
      counted += 1;
    }
  }
  return date;
}

/**
 * How many working days lie after `from` up to and including `to`: `from` is day 0 and never
 * counts, `to` counts when it is a working day. When `to` is before `from` the answer is the same
 * count with a minus sign, so a date past a deadline gives how many working days it is late.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  const order = compareDates(from, to);
  if (order > 0) {
    // 0 - n, not -n: a plain minus would turn an empty count into -0.
    return 0 - workingDaysBetween(to, from, calendar);
  }
  let count = 0;
  for (let date = from; date !== to; ) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) {
      count += 1;
    }
  }
  return count;
}

/** `date` itself when it is a working day, else the first working day after it. */
export function workingDayOnOrAfter(date: string, calendar: WorkingCalendar): string {
  let day = date;
  while (!calendar.isWorkingDay(day)) {
    day = addDays(day, 1);
  }
  return day;
}
