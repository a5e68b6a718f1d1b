import { describe, expect, it } from 'vitest';
import { dayStartMs, shadingLabel, timelineChartHeight, timelineChartOption } from '../../../../../renderer/state/gap-timeline/timeline-chart-option.js';
import type { TimelineChartTheme } from '../../../../../renderer/state/gap-timeline/timeline-chart-option.js';
import { evidenceGroups, targetOf, targetText } from '../../../../../renderer/state/gap-timeline/timeline-chart-target.js';
import { timelineSeries } from '../../../../../renderer/state/gap-timeline/timeline-series.js';
import type { TimelineSeries } from '../../../../../renderer/state/gap-timeline/timeline-series.js';
import { makeGap, makeProposal, makeRow, makeTimeline } from './timeline-fixtures.js';

const THEME: TimelineChartTheme = { text: '#111111', muted: '#666666', border: '#cccccc', surface: '#ffffff', bar: '#1f5fae', evidence: '#111111' };
const DAY = 86_400_000;

function sample(): TimelineSeries {
  const timeline = makeTimeline(
    [makeRow('Ana', [['2021-01-04', 3], ['2021-01-20', 2]]), makeRow('Ben', [['2021-01-10', 1]])],
    '2021-01-01',
    '2021-01-31',
    { r1: '2021-01-07', r2: '2021-01-07', r3: '2021-01-21' },
  );
  const gaps = [
    makeGap({ id: 'g1', custodians: [], periodStart: '2021-01-10', periodEnd: null, evidence: [{ recordId: 'r1', quote: '', why: '' }, { recordId: 'r3', quote: '', why: '' }] }),
    makeGap({ id: 'g2', title: 'Phone reset', custodians: ['Ana'], periodStart: '2021-01-05', periodEnd: '2021-01-06', status: 'confirmed', evidence: [{ recordId: 'r2', quote: '', why: '' }] }),
  ];
  const series = timelineSeries(timeline, gaps, [makeProposal({ key: 'p1', periodStart: '2021-01-25', periodEnd: '2021-01-28' })]);
  if (series === null) {
    throw new Error('no axis');
  }
  return series;
}

function rowAt(series: TimelineSeries, index: number): TimelineSeries['rows'][number] {
  const row = series.rows[index];
  if (row === undefined) {
    throw new Error(`no row ${index}`);
  }
  return row;
}

describe('the timeline chart option', () => {
  const series = sample();
  const option = timelineChartOption(series, THEME);

  it('stacks one grid, one x axis and two y axes per row, all on one time span', () => {
    expect(option.grid).toHaveLength(2);
    expect(option.xAxis).toHaveLength(2);
    expect(option.yAxis).toHaveLength(4);
    const xAxes = option.xAxis as Array<{ min: number; max: number; axisLabel: { show: boolean } }>;
    expect(xAxes.every((axis) => axis.min === dayStartMs('2021-01-01') && axis.max === dayStartMs('2021-02-01'))).toBe(true);
    expect(xAxes.map((axis) => axis.axisLabel.show)).toEqual([false, true]);
    expect(option.useUTC).toBe(true);
    expect(timelineChartHeight(2)).toBeGreaterThan(timelineChartHeight(1));
  });

  it('puts bars at noon and shades whole days, midnight to midnight', () => {
    const seriesOptions = option.series as Array<{ type: string; data: Array<[number, number]>; markArea?: { data: Array<[{ xAxis: number }, { xAxis: number }]> } }>;
    expect(seriesOptions.map((item) => item.type)).toEqual(['bar', 'scatter', 'bar', 'scatter']);
    const anaBars = seriesOptions[0];
    expect(anaBars?.data).toHaveLength(31);
    expect(anaBars?.data[3]).toEqual([dayStartMs('2021-01-04') + DAY / 2, 3]);
    const confirmed = anaBars?.markArea?.data.find(([from]) => from.xAxis === dayStartMs('2021-01-05'));
    expect(confirmed?.[1].xAxis).toBe(dayStartMs('2021-01-07'));
  });

  it('uses the canvas tooltip, never HTML', () => {
    expect((option.tooltip as { renderMode: string }).renderMode).toBe('richText');
  });

  it('maps chart events back to the day, the evidence and the gap', () => {
    const [ana] = series.rows;
    // Ana's intervals in order: g2 (gap, 5–6 Jan), g1 (gap, from 10 Jan), p1 (proposal).
    expect(ana?.intervals.map((interval) => interval.source.id)).toEqual(['g2', 'g1', 'p1']);
    expect(targetOf(series, { componentType: 'series', seriesIndex: 0, dataIndex: 3 })).toMatchObject({ kind: 'volume', row: { custodian: 'Ana' }, point: { day: '2021-01-04', count: 3 } });
    expect(targetOf(series, { componentType: 'series', seriesIndex: 2, dataIndex: 9 })).toMatchObject({ kind: 'volume', row: { custodian: 'Ben' }, point: { day: '2021-01-10' } });
    expect(targetOf(series, { componentType: 'markArea', seriesIndex: 0, dataIndex: 1 })).toMatchObject({ kind: 'interval', interval: { source: { id: 'g1' } } });
    // Two records of one day on one row are one mark that opens both.
    expect(evidenceGroups(rowAt(series, 0)).map((group) => [group.day, group.recordIds])).toEqual([
      ['2021-01-07', ['r1', 'r2']],
      ['2021-01-21', ['r3']],
    ]);
    expect(targetOf(series, { componentType: 'series', seriesIndex: 1, dataIndex: 0 })).toMatchObject({ kind: 'evidence', group: { recordIds: ['r1', 'r2'] } });
    expect(evidenceGroups(rowAt(series, 1)).map((group) => group.recordIds)).toEqual([['r1'], ['r3']]);
    expect(targetOf(series, { componentType: 'xAxis', seriesIndex: 0, dataIndex: 0 })).toBeNull();
    expect(targetOf(series, { componentType: 'series', seriesIndex: 9, dataIndex: 0 })).toBeNull();
    expect(targetOf(series, { componentType: 'series', seriesIndex: 0, dataIndex: 99 })).toBeNull();
  });

  it('words the tooltips as plain text', () => {
    const volume = targetOf(series, { componentType: 'series', seriesIndex: 0, dataIndex: 3 });
    const gap = targetOf(series, { componentType: 'markArea', seriesIndex: 0, dataIndex: 1 });
    const proposal = targetOf(series, { componentType: 'markArea', seriesIndex: 0, dataIndex: 2 });
    const evidence = targetOf(series, { componentType: 'series', seriesIndex: 1, dataIndex: 0 });
    expect(volume && targetText(volume)).toBe('Ana · WhatsApp\n2021-01-04: 3 messages\nClick to list these messages');
    expect(gap && targetText(gap)).toBe("Gap 'Auto-delete' (suspected)\n2021-01-10 to an unknown end\nClick to open the gap");
    expect(proposal && targetText(proposal)).toBe("Proposed gap 'Silent for 40 days' (not yet reviewed)\n2021-01-25 to 2021-01-28");
    expect(evidence && targetText(evidence)).toBe("Ana · WhatsApp\nEvidence, 2021-01-07: 2 records\nFor 'Auto-delete', 'Phone reset'\nClick to open");
  });

  it('labels shading with its open ends and marks proposals', () => {
    const [ana] = series.rows;
    expect(ana?.intervals.map(shadingLabel)).toEqual(['Phone reset', 'Auto-delete …', 'proposed: Silent for 40 days']);
  });
});
