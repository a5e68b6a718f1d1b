/**
 * The gap timeline as an ECharts option: small multiples, one grid per row stacked down one
 * shared time axis, bars for volume, shaded markAreas for gaps, diamonds for evidence. Pure (it
 * only imports ECharts' types), so the layout and the series order that click handling relies on
 * (see timeline-chart-target.ts) are tested in Node; the component only hands it to ECharts.
 *
 * Times are UTC midnights of the calendar days and the chart runs with `useUTC`, so a day is
 * drawn as the day it is, whatever the machine's zone. A day's bar stands at its noon and its
 * shading covers midnight to midnight, so a gap's edges fall between bars, not through them.
 */
import type { BarSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { DataZoomComponentOption, GridComponentOption, MarkAreaComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption, PatternObject } from 'echarts/core';
import { toDayNumber } from '../../../shared/deadlines/calendar-date.js';
import type { GapStatus } from '../../../shared/model/gap.js';
import type { ShadedInterval } from './gap-intervals.js';
import { evidenceGroups, targetOf, targetText } from './timeline-chart-target.js';
import type { TimelineChartEvent } from './timeline-chart-target.js';
import type { TimelineRowSeries, TimelineSeries } from './timeline-series.js';

export type TimelineChartOption = ComposeOption<
  BarSeriesOption | ScatterSeriesOption | GridComponentOption | TitleComponentOption | TooltipComponentOption | DataZoomComponentOption | MarkAreaComponentOption
>;

/** Colours the canvas cannot take from CSS by itself; the component reads them from the app's variables. */
export type TimelineChartTheme = {
  text: string;
  muted: string;
  border: string;
  surface: string;
  bar: string;
  evidence: string;
};

export type ShadingKind = GapStatus | 'proposed';

/**
 * One hue per status, the same in light and dark themes (shading is translucent over either).
 * Ordered from doubt to done: amber, red, violet, grey; proposals blue and hatched.
 */
export const SHADING_COLOURS: Readonly<Record<ShadingKind, string>> = {
  suspected: '#d99a00',
  confirmed: '#d1352b',
  reported: '#7c4dcc',
  closed: '#7a8594',
  proposed: '#2f7de1',
};

export const SHADING_LABELS: Readonly<Record<ShadingKind, string>> = {
  suspected: 'suspected',
  confirmed: 'confirmed',
  reported: 'reported',
  closed: 'closed',
  proposed: 'proposed by a detector, not yet reviewed',
};

const DAY_MS = 86_400_000;
const LEFT = 52;
const RIGHT = 20;
const TOP = 8;
/** Room above each grid for its "custodian · channel" heading. */
const ROW_LABEL_HEIGHT = 22;
const GRID_HEIGHT = 60;
const ROW_GAP = 10;
/** Below the last grid: its date labels, then the zoom slider. */
const AXIS_LABEL_HEIGHT = 26;
const SLIDER_HEIGHT = 22;
const BOTTOM = 10;
/** Shading labels longer than this are cut; the tooltip and the text list carry the whole title. */
const MAX_SHADING_LABEL = 28;
/** Where evidence diamonds sit on the hidden 0–1 axis of their row: near the top, clear of most bars. */
const EVIDENCE_Y = 0.86;

const rowTop = (index: number) => TOP + index * (ROW_LABEL_HEIGHT + GRID_HEIGHT + ROW_GAP);

/** The chart's height in CSS pixels for `rowCount` rows; the container must be given it. */
export function timelineChartHeight(rowCount: number): number {
  return rowTop(Math.max(rowCount, 1)) - ROW_GAP + AXIS_LABEL_HEIGHT + SLIDER_HEIGHT + BOTTOM;
}

/** The UTC midnight that starts `day`. */
export function dayStartMs(day: string): number {
  return toDayNumber(day) * DAY_MS;
}

function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

/** A shading label, with "…" where the gap runs on past what is known. */
export function shadingLabel(interval: ShadedInterval): string {
  const { source } = interval;
  const title = source.title.length > MAX_SHADING_LABEL ? `${source.title.slice(0, MAX_SHADING_LABEL - 1)}…` : source.title;
  const text = source.kind === 'proposal' ? `proposed: ${title}` : title;
  return `${interval.startEdge === 'unknown' ? '… ' : ''}${text}${interval.endEdge === 'unknown' ? ' …' : ''}`;
}

function markArea(row: TimelineRowSeries, theme: TimelineChartTheme, proposalFill: string | PatternObject | null): MarkAreaComponentOption {
  return {
    silent: false,
    label: { show: true, position: 'insideTopLeft', fontSize: 10, color: theme.text },
    emphasis: { disabled: true },
    data: row.intervals.map((interval) => {
      const colour = SHADING_COLOURS[interval.source.status];
      const isProposal = interval.source.kind === 'proposal';
      return [
        {
          name: shadingLabel(interval),
          xAxis: dayStartMs(interval.from),
          itemStyle: {
            color: isProposal ? (proposalFill ?? withAlpha(colour, 0.12)) : withAlpha(colour, 0.22),
            borderColor: colour,
            borderWidth: 1,
            borderType: isProposal ? 'dashed' : 'solid',
          },
        },
        // Inclusive last day: the shading ends at the next midnight.
        { xAxis: dayStartMs(interval.to) + DAY_MS },
      ];
    }),
  };
}

function barSeries(row: TimelineRowSeries, index: number, theme: TimelineChartTheme, proposalFill: string | PatternObject | null): BarSeriesOption {
  return {
    type: 'bar',
    name: row.label,
    xAxisIndex: index,
    yAxisIndex: index * 2,
    itemStyle: { color: theme.bar },
    barCategoryGap: '15%',
    // The bar's middle: noon for a day, mid-week for a week.
    data: row.points.map((point) => [dayStartMs(point.day) + (point.days * DAY_MS) / 2, point.count]),
    markArea: markArea(row, theme, proposalFill),
  };
}

function evidenceSeries(row: TimelineRowSeries, index: number, theme: TimelineChartTheme): ScatterSeriesOption {
  return {
    type: 'scatter',
    name: `${row.label}: evidence`,
    xAxisIndex: index,
    yAxisIndex: index * 2 + 1,
    symbol: 'diamond',
    symbolSize: 11,
    z: 5,
    itemStyle: { color: theme.evidence, borderColor: theme.surface, borderWidth: 1 },
    data: evidenceGroups(row).map((group) => [dayStartMs(group.day) + DAY_MS / 2, EVIDENCE_Y]),
  };
}

/**
 * The whole option. `proposalFill` is the hatching for proposals (a canvas pattern the component
 * makes, since only a DOM can); null falls back to a pale fill with a dashed border.
 */
export function timelineChartOption(series: TimelineSeries, theme: TimelineChartTheme, proposalFill: string | PatternObject | null = null): TimelineChartOption {
  const { rows } = series;
  const last = rows.length - 1;
  const axes = rows.map((_, index) => index);
  return {
    animation: false,
    useUTC: true,
    textStyle: { color: theme.text },
    title: rows.map((row, index) => ({ text: row.label, left: 8, top: rowTop(index), textStyle: { fontSize: 12, fontWeight: 600, color: theme.text } })),
    grid: rows.map((_, index) => ({ left: LEFT, right: RIGHT, top: rowTop(index) + ROW_LABEL_HEIGHT, height: GRID_HEIGHT })),
    xAxis: rows.map((_, index) => ({
      type: 'time',
      gridIndex: index,
      min: dayStartMs(series.firstDay),
      max: dayStartMs(series.lastDay) + DAY_MS,
      axisLine: { lineStyle: { color: theme.border } },
      // Dates only under the last row: the axis is shared, so once is enough.
      axisTick: { show: index === last },
      axisLabel: { show: index === last, color: theme.muted, hideOverlap: true },
      splitLine: { show: false },
    })),
    // Two y axes per grid: the row's own count scale (rows differ by orders of magnitude), and a
    // hidden 0–1 axis that keeps evidence marks at one height whatever the counts.
    yAxis: rows.flatMap((_, index) => [
      { type: 'value' as const, gridIndex: index, minInterval: 1, splitNumber: 2, axisLabel: { color: theme.muted, fontSize: 10 }, splitLine: { lineStyle: { color: theme.border, opacity: 0.6 } } },
      { type: 'value' as const, gridIndex: index, min: 0, max: 1, show: false },
    ]),
    series: rows.flatMap((row, index) => [barSeries(row, index, theme, proposalFill), evidenceSeries(row, index, theme)]),
    tooltip: {
      trigger: 'item',
      // Drawn on the canvas: the HTML tooltip writes style attributes, which the policy refuses.
      renderMode: 'richText',
      backgroundColor: theme.surface,
      borderColor: theme.border,
      textStyle: { color: theme.text, fontSize: 12 },
      formatter: (params) => {
        const event = (Array.isArray(params) ? params[0] : params) as TimelineChartEvent | undefined;
        const target = event ? targetOf(series, event) : null;
        return target ? targetText(target) : '';
      },
    },
    dataZoom: [
      // Ctrl + wheel zooms; the plain wheel keeps scrolling the page past a tall stack of rows.
      { type: 'inside', xAxisIndex: axes, zoomOnMouseWheel: 'ctrl', moveOnMouseWheel: false, moveOnMouseMove: true },
      { type: 'slider', xAxisIndex: axes, bottom: BOTTOM, height: SLIDER_HEIGHT, left: LEFT, right: RIGHT, textStyle: { color: theme.muted } },
    ],
  };
}
