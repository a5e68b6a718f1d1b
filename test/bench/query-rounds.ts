/**
 * Times a fixed list of queries in rounds: each round runs every query once, in order, so all of
 * them see the same warm caches, and the first rounds are warm-up and not counted. A query that
 * fails is reported with its error and left out of later rounds, so one query the search
 * language cannot read yet does not hide the timings of the others.
 */
import { AppError } from '../../shared/errors.js';
import { percentile, timed } from './bench-kit.js';

export type RoundPlan = { warmup: number; measured: number };

/** 40 counted rounds: with 20, the 95th percentile of one query is simply its slowest run. */
export const ROUNDS: RoundPlan = { warmup: 3, measured: 40 };

export type QueryTiming<T> = {
  /** Wall-clock milliseconds of each counted round. */
  ms: number[];
  /** The answer of the last round that ran; null if the query failed at once. */
  last: T | null;
  /** Why the query failed, as `code: message` for an app error; null when it never did. */
  error: string | null;
};

export type LatencyStats = { runs: number; p50Ms: number; p95Ms: number; maxMs: number };

export function describeError(error: unknown): string {
  if (error instanceof AppError) {
    return `${error.code}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

export async function timeRounds<T>(count: number, run: (index: number) => Promise<T>, plan: RoundPlan = ROUNDS): Promise<Array<QueryTiming<T>>> {
  const timings: Array<QueryTiming<T>> = Array.from({ length: count }, () => ({ ms: [], last: null, error: null }));
  for (let round = 0; round < plan.warmup + plan.measured; round += 1) {
    for (const [index, timing] of timings.entries()) {
      if (timing.error !== null) {
        continue;
      }
      try {
        const { ms, value } = await timed(() => run(index));
        timing.last = value;
        if (round >= plan.warmup) {
          timing.ms.push(ms);
        }
      } catch (error) {
        timing.error = describeError(error);
      }
    }
  }
  return timings;
}

/** Null when there is nothing to summarise. */
export function latencyStats(ms: readonly number[]): LatencyStats | null {
  return ms.length === 0 ? null : { runs: ms.length, p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), maxMs: Math.max(...ms) };
}
