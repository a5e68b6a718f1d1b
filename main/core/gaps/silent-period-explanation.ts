/**
 * The sentence that explains a silent period to the officer, with its numbers. Kept apart from
 * the detector because the gap screen shows it beside the chart of daily volumes, and a reviewer
 * must be able to check the claim by reading it: the usual rate, what was observed, over which
 * working days, and how unlikely that is if nothing had been lost.
 */
import type { GapChannel } from '../../../shared/model/gap.js';
import { channelInSentence } from './gap-channel.js';

export type SilentPeriodStatistic = {
  custodian: string;
  channel: GapChannel;
  unit: 'emails' | 'messages';
  /** The custodian's median volume per working day around the run. */
  baselinePerDay: number;
  /** Working days on each side of the run the baseline was taken over. */
  baselineWorkingDays: number;
  /** Working days in the silent run, and what they hold. */
  workingDays: number;
  observed: number;
  /** First and last working day of the run, YYYY-MM-DD. */
  start: string;
  end: string;
  /** P(at most `observed` in `workingDays` days) under a Poisson model at the baseline rate. */
  probability: number;
  /** The probability a run must be below to be proposed. */
  threshold: number;
};

const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const RATE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "1 in 1,000", "1 in 3,200,000", "1 in more than 10^15": odds rounded to two significant figures. */
export function formatOdds(probability: number): string {
  if (probability <= 0 || 1 / probability > 1e15) {
    return '1 in more than 10^15';
  }
  const odds = 1 / probability;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(odds)) - 1);
  return `1 in ${WHOLE.format(Math.round(odds / magnitude) * magnitude)}`;
}

function plural(count: number, word: string): string {
  return `${count === 1 ? word.replace(/s$/, '') : word}`;
}

/**
 * e.g. "Usually 14 emails a working day in Jeff Skilling's official email; 0 on 9 working days
 * from 2001-05-01 to 2001-05-11; chance of so few under the usual rate: 1 in 310,000 (proposed
 * below 1 in 1,000)."
 */
export function explainSilentPeriod(statistic: SilentPeriodStatistic): string {
  const { baselinePerDay, unit, workingDays, observed, start, end, probability, threshold } = statistic;
  const channel = channelInSentence(statistic.channel);
  return (
    `Usually ${RATE.format(baselinePerDay)} ${plural(baselinePerDay, unit)} a working day in ${statistic.custodian}’s ${channel} ` +
    `(median of the ${statistic.baselineWorkingDays} working days before and after); ${WHOLE.format(observed)} on ${workingDays} working ${workingDays === 1 ? 'day' : 'days'} ` +
    `from ${start} to ${end}; chance of so few under the usual rate (Poisson): ${probability < threshold ? `< ${formatOdds(threshold)}, about ` : ''}${formatOdds(probability)}.`
  );
}
