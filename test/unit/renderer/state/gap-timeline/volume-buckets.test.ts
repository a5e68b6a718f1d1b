import { describe, expect, it } from 'vitest';
import { bucketFor, MAX_DAILY_SPAN_DAYS, volumeBuckets } from '../../../../../renderer/state/gap-timeline/volume-buckets.js';

describe('volume buckets', () => {
  it('fills every day of the axis, zero where nothing was counted', () => {
    const points = volumeBuckets([['2021-01-02', 3], ['2021-01-05', 1]], '2021-01-01', '2021-01-06', 'day');
    expect(points.map((point) => [point.day, point.count])).toEqual([
      ['2021-01-01', 0],
      ['2021-01-02', 3],
      ['2021-01-03', 0],
      ['2021-01-04', 0],
      ['2021-01-05', 1],
      ['2021-01-06', 0],
    ]);
    expect(points.every((point) => point.days === 1 && point.lastDay === point.day)).toBe(true);
  });

  it('crosses month ends and leap days as the calendar does', () => {
    const points = volumeBuckets([['2024-02-29', 2]], '2024-02-28', '2024-03-01', 'day');
    expect(points.map((point) => point.day)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(points[1]?.count).toBe(2);
  });

  it('leaves out counts off the axis', () => {
    const points = volumeBuckets([['2020-12-31', 9], ['2021-01-01', 1], ['2021-01-03', 9]], '2021-01-01', '2021-01-02', 'day');
    expect(points.map((point) => point.count)).toEqual([1, 0]);
  });

  it('switches to weeks past three years', () => {
    expect(bucketFor('2018-01-01', '2020-12-31')).toBe('day');
    expect(MAX_DAILY_SPAN_DAYS).toBe(1096);
    expect(bucketFor('2018-01-01', '2021-01-01')).toBe('week');
  });

  it('sums Monday-to-Sunday weeks, cutting the first and last at the axis', () => {
    // 2021-01-01 is a Friday; 2021-01-04 and 2021-01-11 are Mondays.
    const points = volumeBuckets(
      [['2021-01-01', 1], ['2021-01-03', 2], ['2021-01-04', 5], ['2021-01-10', 1], ['2021-01-12', 7]],
      '2021-01-01',
      '2021-01-12',
      'week',
    );
    expect(points).toEqual([
      { day: '2021-01-01', lastDay: '2021-01-03', days: 3, count: 3 },
      { day: '2021-01-04', lastDay: '2021-01-10', days: 7, count: 6 },
      { day: '2021-01-11', lastDay: '2021-01-12', days: 2, count: 7 },
    ]);
  });

  it('keeps every message when it aggregates', () => {
    const counts: Array<[string, number]> = [['2015-03-02', 4], ['2016-07-19', 11], ['2019-12-31', 2]];
    const points = volumeBuckets(counts, '2015-01-01', '2019-12-31', 'week');
    expect(points.reduce((sum, point) => sum + point.count, 0)).toBe(17);
    expect(points.reduce((sum, point) => sum + point.days, 0)).toBe(1826);
  });
});
