/**
 * A timeline row in one sentence, for screen readers and for anyone who wants the chart as text:
 * "Ana, WhatsApp: 412 messages 2021-01-04 to 2021-06-30; gap 'Auto-delete' 2021-03-01 to
 * 2021-05-31 (suspected)". The dates are the gap's own, not the clipped shading, because the text
 * is read as a statement about the gap.
 */
import { GAP_CHANNEL_LABELS } from '../../../shared/model/gap.js';
import type { GapChannel } from '../../../shared/model/gap.js';
import type { ShadedInterval } from './gap-intervals.js';

export type RowSummaryInput = {
  custodian: string;
  channel: GapChannel;
  total: number;
  /** The row's first and last day with a message; null when it has none. */
  firstCountDay: string | null;
  lastCountDay: string | null;
  intervals: readonly ShadedInterval[];
  /** Evidence records marked on the row. */
  evidenceCount: number;
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function volumeText(input: RowSummaryInput): string {
  if (input.total === 0 || input.firstCountDay === null || input.lastCountDay === null) {
    return 'no messages';
  }
  const messages = plural(input.total, 'message', 'messages');
  return input.firstCountDay === input.lastCountDay ? `${messages} on ${input.firstCountDay}` : `${messages} ${input.firstCountDay} to ${input.lastCountDay}`;
}

/** The gap's period as the register states it, saying which ends are unknown. */
export function periodText(periodStart: string | null, periodEnd: string | null): string {
  if (periodStart === null && periodEnd === null) {
    return 'dates unknown';
  }
  if (periodStart === null) {
    return `from an unknown start to ${periodEnd}`;
  }
  if (periodEnd === null) {
    return `${periodStart} to an unknown end`;
  }
  return periodStart === periodEnd ? `on ${periodStart}` : `${periodStart} to ${periodEnd}`;
}

export function intervalText(interval: ShadedInterval): string {
  const { source } = interval;
  const period = periodText(source.periodStart, source.periodEnd);
  return source.kind === 'proposal' ? `proposed gap '${source.title}' ${period} (not yet reviewed)` : `gap '${source.title}' ${period} (${source.status})`;
}

export function rowSummary(input: RowSummaryInput): string {
  const parts = [`${input.custodian}, ${GAP_CHANNEL_LABELS[input.channel]}: ${volumeText(input)}`, ...input.intervals.map(intervalText)];
  if (input.evidenceCount > 0) {
    parts.push(`${plural(input.evidenceCount, 'evidence record', 'evidence records')} marked`);
  }
  return parts.join('; ');
}
