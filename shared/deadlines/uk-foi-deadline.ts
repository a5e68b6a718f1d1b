/**
 * The UK Freedom of Information Act 2000 time for compliance, s.10: when a response is due and how
 * many working days are left.
 */
import { AppError } from '../errors.js';
import { compareDates, toDayNumber } from './calendar-date.js';
import { statutoryDeadline } from './statutory-deadline.js';
import type { DeadlineStatus } from './statutory-deadline.js';
import { resolveTolling } from './tolling-period.js';
import type { TollingPeriod } from './tolling-period.js';
import { englandWalesWorkingCalendar } from './working-calendar.js';
import type { WorkingCalendar } from './working-calendar.js';

/** s.10(1): "not later than the twentieth working day following the date of receipt". */
export const UK_FOI_WORKING_DAYS = 20;

export type UkFoiRequest = {
  /** The day the public authority received the request. */
  receivedOn: string;
  /**
   * When the authority asked for more information to identify what is wanted (s.1(3)), the day it
   * arrived: s.10(6) then makes that the date of receipt.
   */
  perfectedOn?: string;
  /**
   * Working days added while a public interest test is considered (s.10(3) allows "such time as is
   * reasonable"; the ICO expects no more than 20 extra in most cases). 0 when left out.
   */
  publicInterestExtensionWorkingDays?: number;
  /**
   * Fees notices (s.10(2)): the working days from the day the notice is given to the day the fee
   * is received are disregarded. Every period must have reason `fees`; a request for clarification
   * is not tolling under this Act but a new date of receipt (`perfectedOn`).
   */
  tolling?: readonly TollingPeriod[];
};

/**
 * The status on `asOf` of the s.10 clock: the response is due on the twentieth working day
 * following the date of receipt. The day of receipt is day 0 whatever day it is, and the first
 * working day following it is day 1; a request arriving on a Saturday has the Monday as day 1.
 *
 * s.10(6) defines a working day as any day other than a Saturday, a Sunday, Christmas Day, Good
 * Friday or a bank holiday in any part of the United Kingdom. The default calendar has England and
 * Wales's bank holidays only: Scotland's (2 January, St Andrew's Day, its August holiday) and
 * Northern Ireland's (St Patrick's Day, 12 July) are also excluded by s.10(6), so a caller who must
 * honour them passes englandWalesWorkingCalendar({ extraClosures }) with those dates.
 */
export function ukFoiDeadline(request: UkFoiRequest, asOf: string, calendar: WorkingCalendar = englandWalesWorkingCalendar()): DeadlineStatus {
  toDayNumber(request.receivedOn, 'received date');
  toDayNumber(asOf, 'as-of date');
  if (request.perfectedOn !== undefined) {
    toDayNumber(request.perfectedOn, 'perfected date');
    if (compareDates(request.perfectedOn, request.receivedOn) < 0) {
      throw new AppError('invalid-args', `The perfected date ${request.perfectedOn} is before the received date ${request.receivedOn}`);
    }
  }
  const extension = request.publicInterestExtensionWorkingDays ?? 0;
  if (!Number.isInteger(extension) || extension < 0) {
    throw new AppError('invalid-args', `A public interest extension must be a whole number of working days, 0 or more, not ${extension}`);
  }
  const tolling = request.tolling ?? [];
  const notFees = tolling.findIndex((period) => period.reason !== 'fees');
  if (notFees !== -1) {
    throw new AppError('invalid-args', `Tolling period #${notFees + 1}: FOIA 2000 stops the clock only for a fees notice (s.10(2)); a request for clarification sets perfectedOn instead`);
  }
  return statutoryDeadline({
    rule: 'uk-foia',
    calendar,
    clockStartedOn: request.perfectedOn ?? request.receivedOn,
    baseWorkingDays: UK_FOI_WORKING_DAYS,
    extensionWorkingDays: extension,
    tolling: resolveTolling(tolling, asOf),
    asOf,
  });
}
