/**
 * The days a request's statutory clock runs over, from day 0 to the due date, each marked as
 * the statute counts it: a working day (numbered), a weekend, a holiday (named), or a day the
 * clock stood still. What the officer (or a requester disputing the date) checks the due date
 * against. Pure.
 */
import { addDays, compareDates, isWeekend, yearOf } from '../../shared/deadlines/calendar-date.js';
import { englandWalesBankHolidays } from '../../shared/deadlines/england-wales-bank-holidays.js';
import type { DeadlineStatus } from '../../shared/deadlines/statutory-deadline.js';
import type { TollingPeriod } from '../../shared/deadlines/tolling-period.js';
import { usFederalHolidays } from '../../shared/deadlines/us-federal-holidays.js';
import type { RequestRegime } from '../../shared/model/request.js';

export type CalendarDay = {
  date: string;
  kind: 'start' | 'working' | 'weekend' | 'holiday' | 'tolled';
  /** The working day's number in the count (1 … allowed); null for days not counted. */
  count: number | null;
  /** The holiday's name, or the tolling reason. */
  label: string | null;
  due: boolean;
};

/** A clock longer than this (years of tolling) is not drawn day by day. */
const MAX_DAYS = 730;

function holidaysBetween(regime: RequestRegime, from: string, to: string): Map<string, string> {
  const names = new Map<string, string>();
  for (let year = yearOf(from) - 1; year <= yearOf(to) + 1; year += 1) {
    for (const holiday of regime === 'uk-foia' ? englandWalesBankHolidays(year) : usFederalHolidays(year)) {
      names.set(holiday.date, holiday.name);
    }
  }
  return names;
}

function tolledReason(tolling: readonly TollingPeriod[], date: string, asOf: string): string | null {
  const period = tolling.find((candidate) => compareDates(candidate.from, date) <= 0 && compareDates(date, candidate.to ?? asOf) <= 0);
  return period ? `clock stopped (${period.reason})` : null;
}

export function deadlineCalendar(deadline: DeadlineStatus, regime: RequestRegime, tolling: readonly TollingPeriod[]): CalendarDay[] {
  const holidays = holidaysBetween(regime, deadline.clockStartedOn, deadline.dueDate);
  const days: CalendarDay[] = [{ date: deadline.clockStartedOn, kind: 'start', count: null, label: 'received (day 0)', due: false }];
  let count = 0;
  for (let date = addDays(deadline.clockStartedOn, 1); compareDates(date, deadline.dueDate) <= 0 && days.length < MAX_DAYS; date = addDays(date, 1)) {
    const holiday = holidays.get(date);
    const tolled = tolledReason(tolling, date, deadline.asOf);
    if (isWeekend(date)) {
      days.push({ date, kind: 'weekend', count: null, label: null, due: false });
    } else if (holiday !== undefined) {
      days.push({ date, kind: 'holiday', count: null, label: holiday, due: false });
    } else if (tolled !== null) {
      days.push({ date, kind: 'tolled', count: null, label: tolled, due: false });
    } else {
      count += 1;
      days.push({ date, kind: 'working', count, label: null, due: date === deadline.dueDate });
    }
  }
  return days;
}
