/**
 * A row's sparse daily counts made dense over the shared axis, so a silent stretch is drawn as
 * days of zero rather than as a line jumping over it: the silence is what the timeline is for.
 * Past about three years a bar per day is thinner than a pixel, so the axis switches to weeks.
 *
 * Days are 'YYYY-MM-DD' calendar dates turned into whole day numbers (shared/deadlines), never
 * `Date`s, so no time zone can move a message to the neighbouring day.
 */
import { fromDayNumber, toDayNumber, weekdayOf } from '../../../shared/deadlines/calendar-date.js';

export type TimelineBucket = 'day' | 'week';

/** One bar: the messages of `days` consecutive days from `day` (1 for daily bars). */
export type VolumePoint = {
  /** The bucket's first day on the axis, YYYY-MM-DD. */
  day: string;
  /** The bucket's last day on the axis (equal to `day` for daily bars). */
  lastDay: string;
  /** How many axis days the bucket covers: 1, or up to 7 (fewer where a week is cut by the axis). */
  days: number;
  count: number;
};

/**
 * Three years of days, leap day included. Longer spans are drawn by week: 1,100 bars already
 * share a chart width of about a thousand pixels.
 */
export const MAX_DAILY_SPAN_DAYS = 3 * 365 + 1;

/** The bucket for an axis from `firstDay` to `lastDay`, both inclusive. */
export function bucketFor(firstDay: string, lastDay: string): TimelineBucket {
  return toDayNumber(lastDay) - toDayNumber(firstDay) + 1 > MAX_DAILY_SPAN_DAYS ? 'week' : 'day';
}

/**
 * Dense bars from `firstDay` to `lastDay` (inclusive): every day (or week) present, zero where no
 * count was given. Weeks start on Monday (ISO 8601), so a weekly bar lines up with the calendar;
 * the first and last weeks are cut at the axis and say so in `days`. Counts outside the axis are
 * left out.
 */
export function volumeBuckets(counts: ReadonlyArray<readonly [string, number]>, firstDay: string, lastDay: string, bucket: TimelineBucket): VolumePoint[] {
  const first = toDayNumber(firstDay);
  const last = toDayNumber(lastDay);
  if (last < first) {
    return [];
  }
  const perDay = new Array<number>(last - first + 1).fill(0);
  for (const [day, count] of counts) {
    const index = toDayNumber(day) - first;
    if (index >= 0 && index < perDay.length) {
      perDay[index] = (perDay[index] ?? 0) + count;
    }
  }
  if (bucket === 'day') {
    return perDay.map((count, index) => {
      const day = fromDayNumber(first + index);
      return { day, lastDay: day, days: 1, count };
    });
  }
  const points: VolumePoint[] = [];
  // Monday is weekday 1; Sunday (0) is the end of the ISO week that began six days before.
  const mondayOnOrBefore = first - ((weekdayOf(firstDay) + 6) % 7);
  for (let weekStart = mondayOnOrBefore; weekStart <= last; weekStart += 7) {
    const from = Math.max(weekStart, first);
    const to = Math.min(weekStart + 6, last);
    let count = 0;
    for (let day = from; day <= to; day += 1) {
      count += perDay[day - first] ?? 0;
    }
    points.push({ day: fromDayNumber(from), lastDay: fromDayNumber(to), days: to - from + 1, count });
  }
  return points;
}
