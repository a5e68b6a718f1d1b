/**
 * The gap register's timeline (issue 7): each custodian's messages per channel, one row each on a
 * shared time axis, with the register's gaps shaded over the silence they explain and their
 * evidence marked. Drawn by ECharts on a canvas; the same facts are given as text below it, with
 * buttons for what the chart's clicks do, because a canvas says nothing to a screen reader and
 * cannot be reached by keyboard.
 *
 * Works under the app's Content-Security-Policy: ECharts sets element styles through the CSSOM
 * (allowed), the tooltip is drawn on the canvas rather than as HTML with style attributes (which
 * the policy refuses), and nothing is evaluated.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { CSSProperties } from 'react';
import type { Gap, GapChannel, GapProposalView, GapTimeline } from '../../../../shared/model/gap.js';
import { assertNever } from '../../../../shared/errors.js';
import { GAP_STATUSES } from '../../../../shared/model/gap.js';
import { SHADING_COLOURS, SHADING_LABELS, timelineChartHeight } from '../../../state/gap-timeline/timeline-chart-option.js';
import type { ShadingKind } from '../../../state/gap-timeline/timeline-chart-option.js';
import { evidenceGroups } from '../../../state/gap-timeline/timeline-chart-target.js';
import type { TimelineChartTarget } from '../../../state/gap-timeline/timeline-chart-target.js';
import { timelineSeries } from '../../../state/gap-timeline/timeline-series.js';
import type { TimelineRowSeries, TimelineSeries } from '../../../state/gap-timeline/timeline-series.js';
import { useTimelineChart } from './use-timeline-chart.js';
import './gap-timeline-chart.css';

export type GapTimelineChartProps = {
  timeline: GapTimeline;
  /** The register's gaps; each shades the rows of its channel and custodians. */
  gaps: readonly Gap[];
  /** The last detector run's proposals; only those not yet reviewed are drawn (hatched). */
  proposals?: readonly GapProposalView[];
  /**
   * A bar was clicked: list that row's messages from `day` through `throughDay` (the same day for
   * daily bars; a week, cut at the axis ends, when a long timeline is drawn by week).
   */
  onOpenDay(custodian: string, channel: GapChannel, day: string, throughDay: string): void;
  /** An evidence mark was clicked: open these records (all evidence of that day on that row). */
  onOpenRecords(recordIds: string[]): void;
  /** A register gap's shading was clicked. */
  onSelectGap(gapId: string): void;
  /** A proposal's shading was clicked; without it, proposals are not clickable. */
  onSelectProposal?(proposalKey: string): void;
};

type Actions = Pick<GapTimelineChartProps, 'onOpenDay' | 'onOpenRecords' | 'onSelectGap' | 'onSelectProposal'>;

function act(target: TimelineChartTarget, actions: Actions): void {
  switch (target.kind) {
    case 'volume':
      if (target.point.count > 0) {
        actions.onOpenDay(target.row.custodian, target.row.channel, target.point.day, target.point.lastDay);
      }
      return;
    case 'evidence':
      actions.onOpenRecords(target.group.recordIds);
      return;
    case 'interval': {
      const { source } = target.interval;
      if (source.kind === 'gap') {
        actions.onSelectGap(source.id);
      } else {
        actions.onSelectProposal?.(source.id);
      }
      return;
    }
    default:
      assertNever(target, 'timeline target');
  }
}

const EMPTY: readonly GapProposalView[] = [];

export function GapTimelineChart({ timeline, gaps, proposals = EMPTY, onOpenDay, onOpenRecords, onSelectGap, onSelectProposal }: GapTimelineChartProps) {
  const series = useMemo(() => timelineSeries(timeline, gaps, proposals), [timeline, gaps, proposals]);
  const actions: Actions = { onOpenDay, onOpenRecords, onSelectGap, onSelectProposal };
  if (series === null || series.rows.length === 0) {
    return (
      <p className="muted" data-testid="gap-timeline-empty">
        No dated messages in this case yet, so there is no timeline to draw.
      </p>
    );
  }
  return (
    <section className="gap-timeline" data-testid="gap-timeline">
      <TimelineExplanation series={series} hasProposals={series.rows.some((row) => row.intervals.some((interval) => interval.source.kind === 'proposal'))} />
      <TimelineCanvas series={series} actions={actions} />
      <TimelineText series={series} actions={actions} />
    </section>
  );
}

function Swatch({ kind }: { kind: ShadingKind }) {
  // A custom property set through the CSSOM (allowed by the policy); the stylesheet draws with it.
  const style = { '--swatch': SHADING_COLOURS[kind] } as CSSProperties;
  return <span className="gap-timeline-swatch" data-kind={kind} style={style} aria-hidden="true" />;
}

function TimelineExplanation({ series, hasProposals }: { series: TimelineSeries; hasProposals: boolean }) {
  const kinds: ShadingKind[] = [...GAP_STATUSES, ...(hasProposals ? (['proposed'] as const) : [])];
  return (
    <div className="gap-timeline-explanation">
      <p className="small">
        Each row is one custodian&rsquo;s messages in one channel, {series.bucket === 'day' ? 'a bar per day' : 'a bar per week'}, from {series.firstDay} to {series.lastDay}.
        Shaded spans are gaps in the register, over the days they say records are missing; &ldquo;…&rdquo; marks an end the register does not know.
        Diamonds mark evidence records. Click a bar to list its messages, a diamond to open its records, a shaded span to open the gap.
        Zoom with the slider under the chart or Ctrl + mouse wheel.
      </p>
      {series.bucketNote ? <p className="small">{series.bucketNote}</p> : null}
      <ul className="gap-timeline-legend small" aria-label="Shading">
        {kinds.map((kind) => (
          <li key={kind}>
            <Swatch kind={kind} />
            {SHADING_LABELS[kind]}
          </li>
        ))}
      </ul>
    </div>
  );
}

function TimelineCanvas({ series, actions }: { series: TimelineSeries; actions: Actions }) {
  const container = useRef<HTMLDivElement>(null);
  // The chart keeps one click listener; it reads the newest callbacks from here.
  const latestActions = useRef(actions);
  useEffect(() => {
    latestActions.current = actions;
  });
  const onTarget = useCallback((target: TimelineChartTarget) => act(target, latestActions.current), []);
  useTimelineChart(container, series, onTarget);
  const style = { height: `${timelineChartHeight(series.rows.length)}px` };
  return (
    <div
      ref={container}
      className="gap-timeline-canvas"
      style={style}
      role="img"
      aria-label={`Message volume of ${series.rows.length} custodian and channel rows with gaps shaded; the same is listed under "Timeline as text".`}
      data-testid="gap-timeline-canvas"
    />
  );
}

function RowText({ row, actions }: { row: TimelineRowSeries; actions: Actions }) {
  const recordIds = evidenceGroups(row).flatMap((group) => group.recordIds);
  const uniqueIds = [...new Set(recordIds)];
  return (
    <li data-testid="gap-timeline-row-text">
      <span>{row.summary}</span>
      {row.intervals.map((interval) =>
        interval.source.kind === 'gap' ? (
          <button key={interval.source.id} type="button" className="link-button" onClick={() => actions.onSelectGap(interval.source.id)}>
            Open gap &lsquo;{interval.source.title}&rsquo;
          </button>
        ) : null,
      )}
      {uniqueIds.length > 0 ? (
        <button type="button" className="link-button" onClick={() => actions.onOpenRecords(uniqueIds)}>
          Open {uniqueIds.length === 1 ? 'the evidence record' : `the ${uniqueIds.length} evidence records`}
        </button>
      ) : null}
    </li>
  );
}

function TimelineText({ series, actions }: { series: TimelineSeries; actions: Actions }) {
  return (
    <details className="gap-timeline-text">
      <summary>Timeline as text</summary>
      <ul>
        {series.rows.map((row) => (
          <RowText key={row.key} row={row} actions={actions} />
        ))}
      </ul>
    </details>
  );
}
