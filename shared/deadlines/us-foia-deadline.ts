/**
 * The US FOIA response deadline, 5 U.S.C. 552(a)(6): when a determination on a request is due and
 * how many working days are left.
 */
import { AppError } from '../errors.js';
import { compareDates, toDayNumber } from './calendar-date.js';
import { statutoryDeadline } from './statutory-deadline.js';
import type { DeadlineStatus } from './statutory-deadline.js';
import { resolveTolling } from './tolling-period.js';
import type { TollingPeriod } from './tolling-period.js';
import { usFederalWorkingCalendar } from './working-calendar.js';
import type { WorkingCalendar } from './working-calendar.js';
import { workingDayOnOrAfter } from './working-days.js';

/** 552(a)(6)(A)(i): "within 20 days (excepting Saturdays, Sundays, and legal public holidays)". */
export const US_FOIA_WORKING_DAYS = 20;
/** 552(a)(6)(B)(i): written notice of unusual circumstances extends the limit by up to ten working days. */
export const US_FOIA_UNUSUAL_CIRCUMSTANCES_WORKING_DAYS = 10;

export type UsFoiaRequest = {
  /**
   * The day the appropriate component received the request. A misrouted request starts the clock no
   * later than ten days after a component designated to receive requests first had it
   * (552(a)(6)(A)(ii)); the caller passes that earlier date here, as this module does not track routing.
   */
  receivedOn: string;
  /**
   * The day a request that needed clarification (one that did not reasonably describe the records
   * or follow the agency's rules) became perfected; the clock starts from it instead.
   */
  perfectedOn?: string;
  /** The agency gave written notice of unusual circumstances (552(a)(6)(B)(i)): ten more working days. */
  unusualCircumstances?: boolean;
  /**
   * Periods the clock stood still awaiting the requester: at most one `information` period (the
   * statute allows one such request) and any number of `fees` periods.
   */
  tolling?: readonly TollingPeriod[];
};

/**
 * The status on `asOf` of the 20-working-day clock of 552(a)(6)(A)(i).
 *
 * Counting: "20 days (excepting Saturdays, Sundays, and legal public holidays)" after receipt, read
 * by DOJ's Office of Information Policy as twenty working days (Department of Justice FOIA Reference
 * Guide, "Response Times"). The day of receipt is day 0 and the first working day after it is day 1.
 * A request that arrives on a weekend or holiday is treated as received on the next working day, as
 * agencies' FOIA regulations commonly provide: no one can receive it in the office before then, so
 * that day is day 0 and the day after is day 1. The clock runs from the perfected date when there
 * is one. Working days inside tolling periods are not counted (552(a)(6)(A)(ii)); unusual
 * circumstances add ten working days.
 *
 * `calendar` defaults to weekends and federal holidays; pass usFederalWorkingCalendar({...}) to skip
 * closures by executive order or the agency's own closures too.
 */
export function usFoiaDeadline(request: UsFoiaRequest, asOf: string, calendar: WorkingCalendar = usFederalWorkingCalendar()): DeadlineStatus {
  toDayNumber(request.receivedOn, 'received date');
  toDayNumber(asOf, 'as-of date');
  if (request.perfectedOn !== undefined) {
    toDayNumber(request.perfectedOn, 'perfected date');
    if (compareDates(request.perfectedOn, request.receivedOn) < 0) {
      throw new AppError('invalid-args', `The perfected date ${request.perfectedOn} is before the received date ${request.receivedOn}`);
    }
  }
  const tolling = request.tolling ?? [];
  const informationRequests = tolling.filter((period) => period.reason === 'information').length;
  if (informationRequests > 1) {
    throw new AppError('invalid-args', `5 U.S.C. 552(a)(6)(A)(ii)(I) allows one request to the requester for information, but ${informationRequests} tolling periods give that reason`);
  }
  return statutoryDeadline({
    rule: 'us-foia',
    calendar,
    clockStartedOn: workingDayOnOrAfter(request.perfectedOn ?? request.receivedOn, calendar),
    baseWorkingDays: US_FOIA_WORKING_DAYS,
    extensionWorkingDays: request.unusualCircumstances ? US_FOIA_UNUSUAL_CIRCUMSTANCES_WORKING_DAYS : 0,
    tolling: resolveTolling(tolling, asOf),
    asOf,
  });
}
