/**
 * Silent periods: stretches of working days in which a custodian's channel holds far fewer
 * messages than that custodian's own usual rate, as when a mailbox was purged for a fortnight
 * or a phone's messages for a month were never exported.
 *
 * The statistic, per custodian and channel (a message counts for every custodian holding a copy):
 *
 * - the series runs over working days (weekends and US federal holidays skipped by default; the
 *   officer can pass another calendar) from the channel's first to its last day with a message,
 *   split where it has no message at all for more than `maxGapDays`: a channel unused for a year
 *   (or a handful of misdated messages decades away) is separate periods of use, not a silence;
 * - a day is near-silent when it holds at most ⌊λ·nearZeroShare⌋ messages, λ being the median
 *   number of messages per working day over the weeks of the period with any message; a silent
 *   run is a maximal run of consecutive near-silent working days at least `minWorkingDays` long;
 * - each run is judged against the custodian's usual rate around it: the baseline is the median
 *   daily volume over the `baselineWorkingDays` working days before the run and as many after it
 *   (the median, so bursts do not inflate it). A run with fewer than `minBaselineDays` working
 *   days of use on either side (at the edge of an export), or a baseline of 0, is not proposed:
 *   the channel had no steady use to fall silent from;
 * - the run is proposed when a Poisson count at the baseline rate would be that low or lower with
 *   probability below `maxProbability`: P(X ≤ observed), X ~ Poisson(baseline × days).
 *
 * Real mail is burstier than Poisson, so the chance is an optimistic yardstick, not a verdict:
 * the median baseline and the minimum length keep ordinary quiet days from being proposed.
 */
import type { GapChannel, GapEvidence, GapProposal } from '../../../shared/model/gap.js';
import { addDays, isCalendarDate, toDayNumber, weekdayOf } from '../../../shared/deadlines/calendar-date.js';
import type { WorkingCalendar } from '../../../shared/deadlines/working-calendar.js';
import { usFederalWorkingCalendar } from '../../../shared/deadlines/working-calendar.js';
import type { GapInput, GapRecord } from './detector-input.js';
import { byDate, isMessage } from './detector-input.js';
import { gapChannelOf, volumeUnitOf } from './gap-channel.js';
import { poissonCdf, poissonQuantile } from './poisson.js';
import { proposalKey } from './proposal-key.js';
import { explainSilentPeriod } from './silent-period-explanation.js';
import type { SilentPeriodStatistic } from './silent-period-explanation.js';

export type SilentPeriodOptions = {
  /** Which days count; weekends and US federal holidays are skipped by default. */
  calendar: WorkingCalendar;
  /** A run must last at least this many working days. */
  minWorkingDays: number;
  /** …and be less likely than this under the baseline. */
  maxProbability: number;
  /** A day holding at most ⌊λ × this⌋ messages counts as silent. */
  nearZeroShare: number;
  /** Working days on each side of a run that make its baseline. */
  baselineWorkingDays: number;
  /** A run is judged only with at least this many working days of the channel's use on each side. */
  minBaselineDays: number;
  /** Calendar days without any message that split a channel's history into separate periods of use. */
  maxGapDays: number;
  /** Extends every series to this period (YYYY-MM-DD), e.g. the period the request covers. */
  collectionPeriod: { start: string; end: string } | null;
  /** Only these channels; null for all. */
  channels: readonly GapChannel[] | null;
};

export const DEFAULT_SILENT_PERIOD_OPTIONS: SilentPeriodOptions = {
  calendar: usFederalWorkingCalendar(),
  minWorkingDays: 3,
  maxProbability: 1e-3,
  nearZeroShare: 0.1,
  baselineWorkingDays: 20,
  minBaselineDays: 10,
  maxGapDays: 366,
  collectionPeriod: null,
  channels: null,
};

type Series = {
  custodian: string;
  channel: GapChannel;
  /** Distinct records per day. */
  counts: Map<string, number>;
  /** Each day's first and last record, for evidence at the edges of a silence. */
  first: Map<string, GapRecord>;
  last: Map<string, GapRecord>;
};

function isWorkingDay(calendar: WorkingCalendar, day: string): boolean {
  try {
    return calendar.isWorkingDay(day);
  } catch {
    // Outside the years the calendar's holiday rules cover: weekdays only.
    const weekday = weekdayOf(day);
    return weekday !== 0 && weekday !== 6;
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The Monday of the day's week: weeks group working days for the baseline. */
function weekOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

function collectSeries(input: GapInput, channels: ReadonlySet<GapChannel> | null): Series[] {
  const series = new Map<string, Series>();
  // A day that is no calendar date (a misread year) cannot be placed on the calendar.
  const ordered = input.records.filter((record) => isMessage(record) && isCalendarDate(record.day)).sort(byDate);
  for (const record of ordered) {
    const places = new Set<string>();
    for (const copy of record.copies) {
      const channel = gapChannelOf(copy.sourceChannel, record.platform);
      if (channel === null || (channels !== null && !channels.has(channel))) {
        continue;
      }
      const id = `${copy.custodian}\u0000${channel}`;
      if (places.has(id)) {
        continue;
      }
      places.add(id);
      const entry = series.get(id) ?? { custodian: copy.custodian, channel, counts: new Map(), first: new Map(), last: new Map() };
      series.set(id, entry);
      entry.counts.set(record.day, (entry.counts.get(record.day) ?? 0) + 1);
      if (!entry.first.has(record.day)) {
        entry.first.set(record.day, record);
      }
      entry.last.set(record.day, record);
    }
  }
  return [...series.values()];
}

type Run = { days: string[]; observed: number };

/** Maximal runs of near-silent working days, each with the index of its first day. */
function silentRuns(workingDays: readonly string[], counts: ReadonlyMap<string, number>, ceiling: number): Array<{ run: Run; at: number }> {
  const runs: Array<{ run: Run; at: number }> = [];
  let current: { run: Run; at: number } | null = null;
  workingDays.forEach((day, index) => {
    const count = counts.get(day) ?? 0;
    if (count <= ceiling) {
      current ??= { run: { days: [], observed: 0 }, at: index };
      current.run.days.push(day);
      current.run.observed += count;
    } else if (current !== null) {
      runs.push(current);
      current = null;
    }
  });
  if (current !== null) {
    runs.push(current);
  }
  return runs;
}

/** The nearest record before `day` (or after it, going forward), for evidence. */
function neighbour(entry: Series, sortedDays: readonly string[], day: string, direction: -1 | 1): GapRecord | null {
  const candidates = direction === -1 ? sortedDays.filter((other) => other < day) : sortedDays.filter((other) => other > day);
  const chosen = direction === -1 ? candidates[candidates.length - 1] : candidates[0];
  if (chosen === undefined) {
    return null;
  }
  return (direction === -1 ? entry.last.get(chosen) : entry.first.get(chosen)) ?? null;
}

/** The channel's periods of use: its active days split where none falls for more than `maxGapDays`. */
function periodsOfUse(activeDays: readonly string[], settings: SilentPeriodOptions): Array<{ first: string; last: string }> {
  const periods: Array<{ first: string; last: string }> = [];
  for (const day of activeDays) {
    const current = periods[periods.length - 1];
    if (current !== undefined && toDayNumber(day) - toDayNumber(current.last) <= settings.maxGapDays) {
      current.last = day;
    } else {
      periods.push({ first: day, last: day });
    }
  }
  const period = settings.collectionPeriod;
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (period !== null && first !== undefined && last !== undefined) {
    first.first = period.start < first.first && toDayNumber(first.first) - toDayNumber(period.start) <= settings.maxGapDays ? period.start : first.first;
    last.last = period.end > last.last && toDayNumber(period.end) - toDayNumber(last.last) <= settings.maxGapDays ? period.end : last.last;
  }
  return periods;
}

function workingDaysOf(first: string, last: string, calendar: WorkingCalendar): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (isWorkingDay(calendar, day)) {
      days.push(day);
    }
  }
  return days;
}

function runProposal(entry: Series, run: Run, workingDays: readonly string[], at: number, activeDays: readonly string[], settings: SilentPeriodOptions): GapProposal | null {
  const before = workingDays.slice(Math.max(0, at - settings.baselineWorkingDays), at);
  const after = workingDays.slice(at + run.days.length, at + run.days.length + settings.baselineWorkingDays);
  // A run at the edge of an export has no usual rate on one side to fall silent from.
  if (run.days.length < settings.minWorkingDays || before.length < settings.minBaselineDays || after.length < settings.minBaselineDays) {
    return null;
  }
  const rate = median([...before, ...after].map((day) => entry.counts.get(day) ?? 0));
  if (rate <= 0) {
    return null;
  }
  const expected = rate * run.days.length;
  const probability = poissonCdf(run.observed, expected);
  if (probability >= settings.maxProbability) {
    return null;
  }
  const unit = volumeUnitOf(entry.channel);
  const start = run.days[0] ?? '';
  const end = run.days[run.days.length - 1] ?? '';
  const statistic: SilentPeriodStatistic = {
    custodian: entry.custodian,
    channel: entry.channel,
    unit,
    baselinePerDay: rate,
    baselineWorkingDays: settings.baselineWorkingDays,
    workingDays: run.days.length,
    observed: run.observed,
    start,
    end,
    probability,
    threshold: settings.maxProbability,
  };
  const last = neighbour(entry, activeDays, start, -1);
  const next = neighbour(entry, activeDays, end, 1);
  const noun = unit === 'emails' ? 'email' : 'message';
  const evidence: GapEvidence[] = [
    ...(last ? [{ recordId: last.id, quote: '', why: `The last ${noun} before the silence (${last.day}).` }] : []),
    ...(next ? [{ recordId: next.id, quote: '', why: `The first ${noun} after the silence (${next.day}).` }] : []),
  ];
  return {
    key: proposalKey('silent-period', [entry.custodian, entry.channel, start, end]),
    detector: 'silent-period',
    title: `${entry.custodian}: ${run.days.length} silent working days (${start} to ${end})`,
    channel: entry.channel,
    custodians: [entry.custodian],
    periodStart: start,
    periodEnd: end,
    cause: 'not-retained',
    volume: {
      low: Math.max(0, poissonQuantile(0.05, expected) - run.observed),
      high: Math.max(0, poissonQuantile(0.95, expected) - run.observed),
      unit,
    },
    evidence,
    explanation: explainSilentPeriod(statistic),
  };
}

function seriesProposals(entry: Series, settings: SilentPeriodOptions): GapProposal[] {
  const activeDays = [...entry.counts.keys()].sort();
  const proposals: GapProposal[] = [];
  for (const period of periodsOfUse(activeDays, settings)) {
    const workingDays = workingDaysOf(period.first, period.last, settings.calendar);
    const activeWeeks = new Set(workingDays.filter((day) => (entry.counts.get(day) ?? 0) > 0).map(weekOf));
    const usual = median(workingDays.filter((day) => activeWeeks.has(weekOf(day))).map((day) => entry.counts.get(day) ?? 0));
    const ceiling = Math.floor(usual * settings.nearZeroShare);
    for (const { run, at } of silentRuns(workingDays, entry.counts, ceiling)) {
      const proposal = runProposal(entry, run, workingDays, at, activeDays, settings);
      if (proposal !== null) {
        proposals.push(proposal);
      }
    }
  }
  return proposals;
}

/** Proposes a gap for every silent run in every custodian's channel. */
export function detectSilentPeriods(input: GapInput, options: Partial<SilentPeriodOptions> = {}): GapProposal[] {
  const settings = { ...DEFAULT_SILENT_PERIOD_OPTIONS, ...options };
  const channels = settings.channels === null ? null : new Set(settings.channels);
  return collectSeries(input, channels).flatMap((entry) => seriesProposals(entry, settings));
}
