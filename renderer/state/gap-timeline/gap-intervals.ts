/**
 * Which gaps (and open detector proposals) shade which timeline row, and over which days. A gap
 * shades a row when it is about the row's channel and names the row's custodian, or names no
 * custodian at all (the gap is the whole channel's). Its period is clipped to the axis; an unknown
 * start or end runs to the axis edge, and the interval says so, because "from the first day we
 * have" and "from 1 March" are different claims in a disposition report.
 */
import { isCalendarDate } from '../../../shared/deadlines/calendar-date.js';
import type { Gap, GapChannel, GapEvidence, GapProposalView, GapStatus } from '../../../shared/model/gap.js';

/** How an interval's edge relates to the gap's own date. */
export type IntervalEdge =
  /** The gap's own date, inside the axis. */
  | 'exact'
  /** The gap gives no date: the interval runs to the axis edge. */
  | 'unknown'
  /** The gap's date lies beyond the axis: the interval stops at the edge. */
  | 'clipped';

/** A register gap or a detector's proposal, reduced to what the timeline draws. */
export type TimelineGapSource = {
  kind: 'gap' | 'proposal';
  /** The gap's id, or the proposal's key. */
  id: string;
  title: string;
  /** The gap's status; 'proposed' for a detector proposal nobody has reviewed yet. */
  status: GapStatus | 'proposed';
  channel: GapChannel;
  custodians: readonly string[];
  periodStart: string | null;
  periodEnd: string | null;
  evidence: readonly GapEvidence[];
};

export type ShadedInterval = {
  source: TimelineGapSource;
  /** First and last shaded day, inclusive, within the axis. */
  from: string;
  to: string;
  startEdge: IntervalEdge;
  endEdge: IntervalEdge;
  /** The start or the end is unknown, so the shading only says "up to here". */
  openEnded: boolean;
};

export function gapSource(gap: Gap): TimelineGapSource {
  return { kind: 'gap', id: gap.id, title: gap.title, status: gap.status, channel: gap.channel, custodians: gap.custodians, periodStart: gap.periodStart, periodEnd: gap.periodEnd, evidence: gap.evidence };
}

/**
 * Proposals still waiting for a reviewer. An accepted one is already drawn as the gap it became,
 * and a rejected one is the reviewer's "no", so neither is drawn again.
 */
export function openProposalSources(proposals: readonly GapProposalView[]): TimelineGapSource[] {
  return proposals
    .filter((proposal) => proposal.review === null)
    .map((proposal) => ({
      kind: 'proposal' as const,
      id: proposal.key,
      title: proposal.title,
      status: 'proposed' as const,
      channel: proposal.channel,
      custodians: proposal.custodians,
      periodStart: proposal.periodStart,
      periodEnd: proposal.periodEnd,
      evidence: proposal.evidence,
    }));
}

/**
 * Names as reviewers type them: "ana ruiz " in a gap is the custodian "Ana Ruiz" of the sources.
 * Case and surrounding space are the only liberties; anything looser could shade the wrong person.
 */
function sameCustodian(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** True when `source` is about this row: same channel, and this custodian or every custodian. */
export function appliesToRow(source: TimelineGapSource, row: { custodian: string; channel: GapChannel }): boolean {
  if (source.channel !== row.channel) {
    return false;
  }
  return source.custodians.length === 0 || source.custodians.some((custodian) => sameCustodian(custodian, row.custodian));
}

/** A date the interval can use; a malformed one counts as unknown rather than breaking the chart. */
function knownDate(value: string | null): string | null {
  return value !== null && isCalendarDate(value) ? value : null;
}

/**
 * The days `source` shades on an axis from `firstDay` to `lastDay`, or null when its period lies
 * wholly outside the axis (or ends before it starts). Dates compare as strings: YYYY-MM-DD sorts
 * as it reads.
 */
export function shadedInterval(source: TimelineGapSource, firstDay: string, lastDay: string): ShadedInterval | null {
  const start = knownDate(source.periodStart);
  const end = knownDate(source.periodEnd);
  const startEdge: IntervalEdge = start === null ? 'unknown' : start < firstDay ? 'clipped' : 'exact';
  const endEdge: IntervalEdge = end === null ? 'unknown' : end > lastDay ? 'clipped' : 'exact';
  const from = start === null || start < firstDay ? firstDay : start;
  const to = end === null || end > lastDay ? lastDay : end;
  if (from > to) {
    return null;
  }
  return { source, from, to, startEdge, endEdge, openEnded: startEdge === 'unknown' || endEdge === 'unknown' };
}
