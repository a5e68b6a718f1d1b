/**
 * What the gap timeline draws, worked out without a chart library so it can be tested in Node:
 * per custodian and channel, the message volume of every day (or week) on one shared axis, the
 * gaps and open proposals that shade the row, the evidence records marked on it, and the row as a
 * sentence for screen readers. The chart component only maps this onto ECharts.
 */
import { compareDates, isCalendarDate } from '../../../shared/deadlines/calendar-date.js';
import { GAP_CHANNEL_LABELS } from '../../../shared/model/gap.js';
import type { Gap, GapChannel, GapProposalView, GapTimeline, GapTimelineRow } from '../../../shared/model/gap.js';
import { appliesToRow, gapSource, openProposalSources, shadedInterval } from './gap-intervals.js';
import type { ShadedInterval, TimelineGapSource } from './gap-intervals.js';
import { rowSummary } from './row-summary.js';
import { bucketFor, MAX_DAILY_SPAN_DAYS, volumeBuckets } from './volume-buckets.js';
import type { TimelineBucket, VolumePoint } from './volume-buckets.js';

/** An evidence record of a gap about the row (shaded or not), on the day the record bears. */
export type EvidenceMark = {
  day: string;
  recordId: string;
  /** The gap (or proposal) the record is evidence of. */
  source: TimelineGapSource;
};

export type TimelineRowSeries = {
  /** Unique per row: custodian and channel. */
  key: string;
  custodian: string;
  channel: GapChannel;
  /** "custodian · channel", the row's heading on the chart. */
  label: string;
  total: number;
  firstCountDay: string | null;
  lastCountDay: string | null;
  /** Dense: one point per day (or week) from the axis's first day to its last. */
  points: VolumePoint[];
  /** Register gaps first, then proposals, each by start; clipped to the axis. */
  intervals: ShadedInterval[];
  /** Oldest first; one per gap and record, so a record proving two gaps is marked twice. */
  evidence: EvidenceMark[];
  summary: string;
};

export type TimelineSeries = {
  firstDay: string;
  lastDay: string;
  bucket: TimelineBucket;
  /** Says that bars are weekly totals, when they are; null for daily bars. */
  bucketNote: string | null;
  rows: TimelineRowSeries[];
};

export function rowKey(row: { custodian: string; channel: GapChannel }): string {
  return `${row.custodian}\u0000${row.channel}`;
}

export function rowLabel(row: { custodian: string; channel: GapChannel }): string {
  return `${row.custodian} · ${GAP_CHANNEL_LABELS[row.channel]}`;
}

function byPlaceOnAxis(a: ShadedInterval, b: ShadedInterval): number {
  if (a.source.kind !== b.source.kind) {
    return a.source.kind === 'gap' ? -1 : 1;
  }
  return compareDates(a.from, b.from) || compareDates(a.to, b.to) || a.source.title.localeCompare(b.source.title);
}

function evidenceMarks(sources: readonly TimelineGapSource[], evidenceDays: Readonly<Record<string, string>>, firstDay: string, lastDay: string): EvidenceMark[] {
  const marks: EvidenceMark[] = [];
  for (const source of sources) {
    const seen = new Set<string>();
    for (const { recordId } of source.evidence) {
      const day = evidenceDays[recordId];
      // A record with no known day, or one dated off the axis (a document, say), has no place to be marked.
      if (day === undefined || !isCalendarDate(day) || day < firstDay || day > lastDay || seen.has(recordId)) {
        continue;
      }
      seen.add(recordId);
      marks.push({ day, recordId, source });
    }
  }
  return marks.sort((a, b) => compareDates(a.day, b.day));
}

function rowSeries(row: GapTimelineRow, sources: readonly TimelineGapSource[], timeline: GapTimeline, firstDay: string, lastDay: string, bucket: TimelineBucket): TimelineRowSeries {
  const applicable = sources.filter((source) => appliesToRow(source, row));
  const intervals = applicable
    .map((source) => shadedInterval(source, firstDay, lastDay))
    .filter((interval): interval is ShadedInterval => interval !== null)
    .sort(byPlaceOnAxis);
  // A gap whose period is off the axis can still have evidence on it ("auto-delete has been on since last year").
  const evidence = evidenceMarks(applicable, timeline.evidenceDays, firstDay, lastDay);
  const firstCountDay = row.counts[0]?.[0] ?? null;
  const lastCountDay = row.counts[row.counts.length - 1]?.[0] ?? null;
  return {
    key: rowKey(row),
    custodian: row.custodian,
    channel: row.channel,
    label: rowLabel(row),
    total: row.total,
    firstCountDay,
    lastCountDay,
    points: volumeBuckets(row.counts, firstDay, lastDay, bucket),
    intervals,
    evidence,
    summary: rowSummary({
      custodian: row.custodian,
      channel: row.channel,
      total: row.total,
      firstCountDay,
      lastCountDay,
      intervals,
      evidenceCount: new Set(evidence.map((mark) => mark.recordId)).size,
    }),
  };
}

/**
 * The timeline's rows, in the order the backend gives them, or null when the case holds no dated
 * message (no axis to draw on). `proposals` may hold every proposal of the last detector run:
 * only those not yet reviewed are drawn.
 */
export function timelineSeries(timeline: GapTimeline, gaps: readonly Gap[], proposals: readonly GapProposalView[] = []): TimelineSeries | null {
  const { firstDay, lastDay } = timeline;
  if (firstDay === null || lastDay === null || !isCalendarDate(firstDay) || !isCalendarDate(lastDay) || lastDay < firstDay) {
    return null;
  }
  const bucket = bucketFor(firstDay, lastDay);
  const sources = [...gaps.map(gapSource), ...openProposalSources(proposals)];
  return {
    firstDay,
    lastDay,
    bucket,
    bucketNote: bucket === 'week' ? `The timeline spans more than ${Math.floor(MAX_DAILY_SPAN_DAYS / 365)} years, so each bar is one week's messages (weeks start on Monday).` : null,
    rows: timeline.rows.map((row) => rowSeries(row, sources, timeline, firstDay, lastDay, bucket)),
  };
}
