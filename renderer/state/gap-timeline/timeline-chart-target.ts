/**
 * What a pointer on the gap timeline is over: a bar (a day's or a week's messages), an evidence
 * mark, or a shaded gap. ECharts reports only a component type, a series index and a data index,
 * so this module owns the one mapping from those numbers back to the timeline's data; the tooltip
 * and the click handler both go through it and cannot disagree.
 *
 * Series are laid out two per row, in row order: the row's bars (carrying its shaded gaps as a
 * markArea) at index 2·row, its evidence marks at 2·row + 1.
 */
import { assertNever } from '../../../shared/errors.js';
import { GAP_CHANNEL_LABELS } from '../../../shared/model/gap.js';
import type { ShadedInterval } from './gap-intervals.js';
import { periodText } from './row-summary.js';
import type { EvidenceMark, TimelineRowSeries, TimelineSeries } from './timeline-series.js';
import type { VolumePoint } from './volume-buckets.js';

export const SERIES_PER_ROW = 2;

/** The evidence marks of one day on one row: drawn as one symbol, opened together. */
export type EvidenceGroup = { day: string; marks: EvidenceMark[]; recordIds: string[] };

export type TimelineChartTarget =
  | { kind: 'volume'; row: TimelineRowSeries; point: VolumePoint }
  | { kind: 'evidence'; row: TimelineRowSeries; group: EvidenceGroup }
  | { kind: 'interval'; row: TimelineRowSeries; interval: ShadedInterval };

/** The part of an ECharts mouse or tooltip event this module reads. */
export type TimelineChartEvent = { componentType?: string; seriesIndex?: number; dataIndex?: number };

/** A row's evidence marks grouped by day, oldest first; each record once per day. */
export function evidenceGroups(row: TimelineRowSeries): EvidenceGroup[] {
  const byDay = new Map<string, EvidenceGroup>();
  for (const mark of row.evidence) {
    const group = byDay.get(mark.day) ?? { day: mark.day, marks: [], recordIds: [] };
    byDay.set(mark.day, group);
    group.marks.push(mark);
    if (!group.recordIds.includes(mark.recordId)) {
      group.recordIds.push(mark.recordId);
    }
  }
  return [...byDay.values()];
}

/** The thing under an ECharts event, or null for anything else (axes, the zoom slider, titles). */
export function targetOf(series: TimelineSeries, event: TimelineChartEvent): TimelineChartTarget | null {
  const { seriesIndex, dataIndex, componentType } = event;
  if (seriesIndex === undefined || dataIndex === undefined) {
    return null;
  }
  const row = series.rows[Math.floor(seriesIndex / SERIES_PER_ROW)];
  if (row === undefined) {
    return null;
  }
  const isBars = seriesIndex % SERIES_PER_ROW === 0;
  if (componentType === 'markArea' && isBars) {
    const interval = row.intervals[dataIndex];
    return interval ? { kind: 'interval', row, interval } : null;
  }
  if (componentType !== 'series') {
    return null;
  }
  if (isBars) {
    const point = row.points[dataIndex];
    return point ? { kind: 'volume', row, point } : null;
  }
  const group = evidenceGroups(row)[dataIndex];
  return group ? { kind: 'evidence', row, group } : null;
}

function messages(count: number): string {
  return count === 0 ? 'no messages' : `${count} message${count === 1 ? '' : 's'}`;
}

/**
 * The tooltip's text for a target: plain lines, no markup, because the tooltip is drawn on the
 * canvas (HTML tooltips would need inline styles, which the app's policy forbids).
 */
export function targetText(target: TimelineChartTarget): string {
  const rowLine = `${target.row.custodian} · ${GAP_CHANNEL_LABELS[target.row.channel]}`;
  switch (target.kind) {
    case 'volume': {
      const { point } = target;
      const when = point.days === 1 ? point.day : `Week ${point.day} to ${point.lastDay}`;
      return [rowLine, `${when}: ${messages(point.count)}`, point.count > 0 ? 'Click to list these messages' : ''].filter(Boolean).join('\n');
    }
    case 'evidence': {
      const { group } = target;
      const titles = [...new Set(group.marks.map((mark) => `'${mark.source.title}'`))].join(', ');
      const records = group.recordIds.length === 1 ? '1 record' : `${group.recordIds.length} records`;
      return [rowLine, `Evidence, ${group.day}: ${records}`, `For ${titles}`, 'Click to open'].join('\n');
    }
    case 'interval': {
      const { source } = target.interval;
      const heading = source.kind === 'proposal' ? `Proposed gap '${source.title}' (not yet reviewed)` : `Gap '${source.title}' (${source.status})`;
      return [heading, periodText(source.periodStart, source.periodEnd), source.kind === 'gap' ? 'Click to open the gap' : ''].filter(Boolean).join('\n');
    }
    default:
      return assertNever(target, 'timeline target');
  }
}
