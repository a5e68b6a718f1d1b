/**
 * Tolling: a period during which a statutory clock stands still, while the agency waits for the
 * requester (5 U.S.C. 552(a)(6)(A)(ii); a fees notice under FOIA 2000 s.10(2)). The working days
 * inside it are not counted.
 */
import { AppError } from '../errors.js';
import { compareDates, toDayNumber } from './calendar-date.js';

export const TOLLING_REASONS = ['information', 'fees'] as const;

/**
 * Why the clock stopped: `information`, the one request to the requester for information that
 * 552(a)(6)(A)(ii)(I) allows; `fees`, clarifying the fee assessment (552(a)(6)(A)(ii)(II), or a
 * fees notice under FOIA 2000 s.10(2)).
 */
export type TollingReason = (typeof TOLLING_REASONS)[number];

export type TollingPeriod = {
  reason: TollingReason;
  /** The first day the clock stands still (the day the agency asked), counted as stopped. */
  from: string;
  /**
   * The last day the clock stands still (the day the answer or fee arrived), counted as stopped;
   * leave it out while the agency is still waiting, and the period runs to the as-of date.
   */
  to?: string;
};

/** A period with both ends known, both inclusive. */
export type DateSpan = { from: string; to: string };

/**
 * Checks every period and closes an open one at `asOf`. Throws, naming the period, on a malformed
 * date, an unknown reason, an end before its start, or an open period that starts after `asOf`
 * (waiting for an answer to a question not yet asked).
 */
export function resolveTolling(periods: readonly TollingPeriod[], asOf: string): DateSpan[] {
  return periods.map((period, index) => {
    const label = `tolling period #${index + 1}`;
    if (!(TOLLING_REASONS as readonly unknown[]).includes(period.reason)) {
      throw new AppError('invalid-args', `The reason of ${label} must be one of ${TOLLING_REASONS.join(', ')}, not '${String(period.reason)}'`);
    }
    toDayNumber(period.from, `start of ${label}`);
    if (period.to === undefined) {
      if (compareDates(period.from, asOf) > 0) {
        throw new AppError('invalid-args', `The open ${label} starts on ${period.from}, after the as-of date ${asOf}`);
      }
      return { from: period.from, to: asOf };
    }
    toDayNumber(period.to, `end of ${label}`);
    if (compareDates(period.to, period.from) < 0) {
      throw new AppError('invalid-args', `The ${label} ends on ${period.to}, before it starts on ${period.from}`);
    }
    return { from: period.from, to: period.to };
  });
}

/** Whether `date` lies inside any of `spans` (ISO dates compare as strings once validated). */
export function isWithinSpans(spans: readonly DateSpan[], date: string): boolean {
  return spans.some((span) => span.from <= date && date <= span.to);
}
