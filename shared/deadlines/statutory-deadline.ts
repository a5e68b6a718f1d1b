/**
 * One statutory clock seen on one day: the part the US and UK rules share. They differ only in
 * where the clock starts, how many working days it runs and which calendar it counts on; those are
 * decided in us-foia-deadline.ts and uk-foi-deadline.ts, and everything after is here.
 */
import { compareDates, toDayNumber } from './calendar-date.js';
import { isWithinSpans } from './tolling-period.js';
import type { DateSpan } from './tolling-period.js';
import type { WorkingCalendar } from './working-calendar.js';
import { addWorkingDays, workingDaysBetween } from './working-days.js';

export type DeadlineRule = 'us-foia' | 'uk-foia';

/** What a dashboard needs to show one request's clock: the due date, and where the clock stands. */
export type DeadlineStatus = {
  /** The statute counted: 'us-foia' (5 U.S.C. 552(a)(6)) or 'uk-foia' (FOIA 2000 s.10). */
  rule: DeadlineRule;
  /** The working calendar's name, e.g. 'us-federal' or 'england-and-wales+extra-closures'. */
  calendar: string;
  /** Day 0: the working days are counted from the day after it. */
  clockStartedOn: string;
  /** The last day on which a response is in time. */
  dueDate: string;
  /** The statute's working days before any extension (20 under both Acts). */
  baseWorkingDays: number;
  /** Working days added by an extension (unusual circumstances, or a UK public interest extension). */
  extensionWorkingDays: number;
  /** baseWorkingDays + extensionWorkingDays. */
  workingDaysAllowed: number;
  /** Working days between day 0 and the due date on which the clock stood still (tolling). */
  tolledWorkingDays: number;
  /** The day the elapsed and remaining counts are taken on, usually today. */
  asOf: string;
  /** Counted working days after day 0 up to and including asOf (0 before the clock starts). */
  workingDaysElapsed: number;
  /**
   * workingDaysAllowed - workingDaysElapsed: 0 on the due date, negative once working days pass
   * after it. It counts working days only, so on the weekend straight after a Friday due date it
   * is still 0 while `overdue` is already true.
   */
  workingDaysRemaining: number;
  /** asOf is after the due date. */
  overdue: boolean;
  /**
   * asOf falls in a tolling period while the clock still runs. For a period still open (no end
   * yet) the due date assumes the clock starts again the day after asOf, so it moves on each day.
   */
  clockStopped: boolean;
};

export type StatutoryClock = {
  rule: DeadlineRule;
  calendar: WorkingCalendar;
  clockStartedOn: string;
  baseWorkingDays: number;
  extensionWorkingDays: number;
  /** Checked spans, open ones already closed at asOf (see resolveTolling). */
  tolling: readonly DateSpan[];
  asOf: string;
};

/** The due date and the clock's position on `asOf`. */
export function statutoryDeadline(clock: StatutoryClock): DeadlineStatus {
  const { calendar, clockStartedOn, asOf, tolling } = clock;
  toDayNumber(clockStartedOn, 'clock start date');
  toDayNumber(asOf, 'as-of date');
  const workingDaysAllowed = clock.baseWorkingDays + clock.extensionWorkingDays;
  const stopped = (date: string): boolean => isWithinSpans(tolling, date);
  const running: WorkingCalendar = { name: calendar.name, isWorkingDay: (date) => calendar.isWorkingDay(date) && !stopped(date) };
  const dueDate = addWorkingDays(clockStartedOn, workingDaysAllowed, running);
  // A clock that has run out cannot be stopped: after the due date every working day counts as late,
  // even inside a tolling period the agency recorded too late.
  const late: WorkingCalendar = {
    name: calendar.name,
    isWorkingDay: (date) => calendar.isWorkingDay(date) && !(compareDates(date, dueDate) <= 0 && stopped(date)),
  };
  const workingDaysElapsed = Math.max(0, workingDaysBetween(clockStartedOn, asOf, late));
  return {
    rule: clock.rule,
    calendar: calendar.name,
    clockStartedOn,
    dueDate,
    baseWorkingDays: clock.baseWorkingDays,
    extensionWorkingDays: clock.extensionWorkingDays,
    workingDaysAllowed,
    tolledWorkingDays: workingDaysBetween(clockStartedOn, dueDate, calendar) - workingDaysAllowed,
    asOf,
    workingDaysElapsed,
    workingDaysRemaining: workingDaysAllowed - workingDaysElapsed,
    overdue: compareDates(asOf, dueDate) > 0,
    clockStopped: compareDates(asOf, clockStartedOn) > 0 && compareDates(asOf, dueDate) <= 0 && stopped(asOf),
  };
}
