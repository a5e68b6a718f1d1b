import { describe, expect, it } from 'vitest';
import { timelineSeries } from '../../../../../renderer/state/gap-timeline/timeline-series.js';
import type { TimelineSeries } from '../../../../../renderer/state/gap-timeline/timeline-series.js';
import { makeGap, makeProposal, makeRow, makeTimeline } from './timeline-fixtures.js';

function drawn(series: TimelineSeries | null): TimelineSeries {
  if (series === null) {
    throw new Error('no axis');
  }
  return series;
}

describe('the timeline series', () => {
  const rows = [makeRow('Ana', [['2021-01-04', 3], ['2021-01-20', 2]]), makeRow('Ben', [['2021-01-10', 1]]), makeRow('Ana', [['2021-01-05', 4]], 'sms')];

  it('gives every row the same dense daily axis, in the backend order', () => {
    const series = drawn(timelineSeries(makeTimeline(rows, '2021-01-01', '2021-01-31'), []));
    expect(series.bucket).toBe('day');
    expect(series.bucketNote).toBeNull();
    expect(series.rows.map((row) => row.label)).toEqual(['Ana · WhatsApp', 'Ben · WhatsApp', 'Ana · SMS / text messages']);
    for (const row of series.rows) {
      expect(row.points).toHaveLength(31);
      expect(row.points[0]?.day).toBe('2021-01-01');
      expect(row.points[30]?.day).toBe('2021-01-31');
    }
    expect(series.rows[0]?.points.filter((point) => point.count > 0).map((point) => [point.day, point.count])).toEqual([
      ['2021-01-04', 3],
      ['2021-01-20', 2],
    ]);
    expect(new Set(series.rows.map((row) => row.key)).size).toBe(3);
  });

  it('has nothing to draw without dated messages', () => {
    expect(timelineSeries({ rows: [], firstDay: null, lastDay: null, evidenceDays: {} }, [makeGap()])).toBeNull();
  });

  it('shades each row with the gaps of its channel and custodian, gaps before proposals', () => {
    const gaps = [
      makeGap({ id: 'ana-wa', custodians: ['Ana'], periodStart: '2021-01-10', periodEnd: '2021-01-15' }),
      makeGap({ id: 'all-wa', custodians: [], periodStart: null, periodEnd: '2021-01-03', status: 'confirmed' }),
      makeGap({ id: 'ana-sms', channel: 'sms', periodStart: '2021-01-20', periodEnd: '2021-02-20' }),
      makeGap({ id: 'off-axis', custodians: [], periodStart: '2020-01-01', periodEnd: '2020-02-01' }),
    ];
    const proposals = [makeProposal({ key: 'p1', periodStart: '2021-01-02', periodEnd: '2021-01-08' })];
    const series = drawn(timelineSeries(makeTimeline(rows, '2021-01-01', '2021-01-31'), gaps, proposals));
    const shading = series.rows.map((row) => row.intervals.map((interval) => [interval.source.id, interval.from, interval.to, interval.openEnded]));
    expect(shading).toEqual([
      [
        ['all-wa', '2021-01-01', '2021-01-03', true],
        ['ana-wa', '2021-01-10', '2021-01-15', false],
        ['p1', '2021-01-02', '2021-01-08', false],
      ],
      [['all-wa', '2021-01-01', '2021-01-03', true]],
      [['ana-sms', '2021-01-20', '2021-01-31', false]],
    ]);
    expect(series.rows[2]?.intervals[0]?.endEdge).toBe('clipped');
  });

  it('marks evidence whose day is known and on the axis, on every row its gap is about', () => {
    // The gap's own period (March to May) is off this January axis: its evidence is still marked.
    const gap = makeGap({
      id: 'all-wa',
      title: 'Whole channel',
      custodians: [],
      evidence: [
        { recordId: 'r2', quote: '', why: 'timer' },
        { recordId: 'r1', quote: 'deleted', why: 'deleted marker' },
        { recordId: 'r1', quote: 'again', why: 'listed twice' },
        { recordId: 'r-unknown', quote: '', why: 'no day' },
        { recordId: 'r-off', quote: '', why: 'off the axis' },
      ],
    });
    const timeline = makeTimeline(rows, '2021-01-01', '2021-01-31', { r1: '2021-01-07', r2: '2021-01-21', 'r-off': '2022-01-01' });
    const series = drawn(timelineSeries(timeline, [gap]));
    const marks = series.rows.map((row) => row.evidence.map((mark) => [mark.day, mark.recordId, mark.source.title]));
    const expected = [
      ['2021-01-07', 'r1', 'Whole channel'],
      ['2021-01-21', 'r2', 'Whole channel'],
    ];
    expect(marks).toEqual([expected, expected, []]);
    expect(series.rows[0]?.intervals).toEqual([]);
    expect(series.rows[0]?.summary).toBe('Ana, WhatsApp: 5 messages 2021-01-04 to 2021-01-20; 2 evidence records marked');
  });

  it('draws a span over three years by week, and says so', () => {
    const long = makeTimeline([makeRow('Ana', [['2018-01-01', 2], ['2021-06-30', 5]])], '2018-01-01', '2021-06-30');
    const series = drawn(timelineSeries(long, []));
    expect(series.bucket).toBe('week');
    expect(series.bucketNote).toMatch(/each bar is one week's messages/);
    const points = series.rows[0]?.points ?? [];
    expect(points[0]).toEqual({ day: '2018-01-01', lastDay: '2018-01-07', days: 7, count: 2 });
    expect(points.at(-1)).toMatchObject({ lastDay: '2021-06-30', count: 5 });
    expect(points.reduce((sum, point) => sum + point.count, 0)).toBe(7);
  });

  it('summarises each row as text', () => {
    const series = drawn(timelineSeries(makeTimeline(rows, '2021-01-01', '2021-01-31'), [makeGap({ periodStart: '2021-01-10', periodEnd: '2021-01-15' })]));
    expect(series.rows.map((row) => row.summary)).toEqual([
      "Ana, WhatsApp: 5 messages 2021-01-04 to 2021-01-20; gap 'Auto-delete' 2021-01-10 to 2021-01-15 (suspected)",
      'Ben, WhatsApp: 1 message on 2021-01-10',
      'Ana, SMS / text messages: 4 messages on 2021-01-05',
    ]);
  });
});
