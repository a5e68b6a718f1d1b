/**
 * How the search suite prints its comparison: one row per query of the mix and one for the mix
 * as a whole, our latency beside recoll's, and PASS/MISS lines for the issue's two targets.
 */
import { MB, fmt, printTable, say } from './bench-kit.js';
import type { LatencyStats } from './query-rounds.js';

/** The issue's targets: the first page with facets, and the index against the text it holds. */
export const P95_TARGET_MS = 50;
export const SIZE_TARGET_RATIO = 1.5;

export type QueryOutcome = {
  kind: string;
  ours: { query: string; stats: LatencyStats | null; error: string | null; hits: number | null };
  /** Null when recoll was not run. */
  recoll: { query: string; stats: LatencyStats | null; error: string | null; hits: number | null } | null;
};

const ms = (stats: LatencyStats | null, key: 'p50Ms' | 'p95Ms'): string => (stats === null ? 'error' : fmt(stats[key], 1));

function ratio(theirs: LatencyStats | null, ours: LatencyStats | null, key: 'p50Ms' | 'p95Ms'): string {
  return theirs === null || ours === null || ours[key] === 0 ? '-' : `${(theirs[key] / ours[key]).toFixed(1)}×`;
}

const hits = (count: number | null): string => (count === null ? '?' : fmt(count));

export function targetLine(pass: boolean, text: string): void {
  say(`${pass ? 'PASS' : 'MISS'}    ${text}`);
}

export function printComparison(outcomes: readonly QueryOutcome[], mix: QueryOutcome): void {
  const rows = [...outcomes, mix].map((outcome) => [
    outcome.kind,
    ms(outcome.ours.stats, 'p50Ms'),
    ms(outcome.ours.stats, 'p95Ms'),
    outcome.recoll === null ? '-' : ms(outcome.recoll.stats, 'p50Ms'),
    outcome.recoll === null ? '-' : ms(outcome.recoll.stats, 'p95Ms'),
    ratio(outcome.recoll?.stats ?? null, outcome.ours.stats, 'p50Ms'),
    ratio(outcome.recoll?.stats ?? null, outcome.ours.stats, 'p95Ms'),
    outcome === mix ? '' : hits(outcome.ours.hits),
    outcome === mix || outcome.recoll === null ? '' : hits(outcome.recoll.hits),
  ]);
  printTable(['query', 'ours p50 ms', 'ours p95 ms', 'recoll p50 ms', 'recoll p95 ms', 'recoll÷ours p50', 'recoll÷ours p95', 'hits ours', 'hits recoll'], rows);
  say('        recoll÷ours above 1 means we answer faster. Ours: search.query through the client, first page of 25');
  say('        with facets computed over all hits. Recoll: a whole recollq process per query (launch, open the');
  say('        index, search, print 25 results), no facets.');
  for (const outcome of outcomes) {
    if (outcome.ours.error !== null) {
      say(`ERROR   ours, ${outcome.kind} ${JSON.stringify(outcome.ours.query)}: ${outcome.ours.error}`);
    } else if (outcome.ours.hits === 0) {
      say(`NOTE    ours, ${outcome.kind} ${JSON.stringify(outcome.ours.query)} found nothing: its timing says little`);
    }
    if (outcome.recoll?.error != null) {
      say(`ERROR   recoll, ${outcome.kind} ${JSON.stringify(outcome.recoll.query)}: ${outcome.recoll.error}`);
    }
  }
}

/** PASS/MISS for the first-page target, for the mix and for each query that misses it. */
export function printLatencyTargets(outcomes: readonly QueryOutcome[], mix: LatencyStats | null): boolean {
  const missing = outcomes.filter((outcome) => outcome.ours.stats === null).map((outcome) => outcome.kind);
  const pass = mix !== null && mix.p95Ms <= P95_TARGET_MS && missing.length === 0;
  const mixText = mix === null ? 'no query of the mix ran' : `p95 of the mix ${fmt(mix.p95Ms, 1)} ms`;
  targetLine(pass, `first page with facets: ${mixText} (target ≤ ${P95_TARGET_MS} ms)${missing.length > 0 ? `; failed: ${missing.join(', ')}` : ''}`);
  for (const outcome of outcomes) {
    if (outcome.ours.stats !== null && outcome.ours.stats.p95Ms > P95_TARGET_MS) {
      say(`        over the target alone: ${outcome.kind} (p95 ${fmt(outcome.ours.stats.p95Ms, 1)} ms)`);
    }
  }
  return pass;
}

export function mb(bytes: number): string {
  return fmt(bytes / MB, bytes < 10 * MB ? 2 : 0);
}
