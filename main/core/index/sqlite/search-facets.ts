/**
 * Facet counts over a search's whole result set, read from the temporary table record-search.ts
 * fills. A record found in several custodians' collections counts once under each custodian
 * (and channel, and tag), so those facets may add up to more than the total.
 *
 * Custodians, sources and labels are counted by their numbers in `record_facets`: one integer
 * join per hit, with no text compared (index migration 6).
 */
import type { Database } from 'better-sqlite3';
import type { FacetCount, SearchFacets } from '../../../../shared/model/search.js';
import { DECISIONS } from '../../../../shared/model/review.js';
import type { SearchScope } from '../record-index.js';
import type { DistinctValueCache } from './distinct-values.js';

/** Tags are open-ended (a Gmail account may carry hundreds of labels): the largest are listed. */
const MAX_TAGS = 50;

type Row = { value: string; count: number };

function counts(db: Database, sql: string, ...params: unknown[]): FacetCount[] {
  return (db.prepare(sql).all(...params) as Row[]).map((row) => ({ value: row.value, count: row.count }));
}

function countIn(db: Database, ids: readonly string[]): number {
  if (ids.length === 0) {
    return 0;
  }
  return (db.prepare('SELECT count(*) AS n FROM temp.search_hits WHERE id IN (SELECT value FROM json_each(?))').get(JSON.stringify(ids)) as { n: number }).n;
}

/** One count per decision, and the uncoded rest; a record has one decision per request. */
function decisionCounts(db: Database, scope: SearchScope): FacetCount[] {
  const total = (db.prepare('SELECT count(*) AS n FROM temp.search_hits').get() as { n: number }).n;
  const counts: FacetCount[] = [];
  for (const decision of DECISIONS) {
    const count = countIn(db, scope.decisions[decision] ?? []);
    if (count > 0) {
      counts.push({ value: decision, count });
    }
  }
  const coded = countIn(db, [...new Set(Object.values(scope.decisions).flat())]);
  return total - coded > 0 ? [...counts, { value: 'uncoded', count: total - coded }] : counts;
}

function yearCounts(months: readonly FacetCount[], undated: number): FacetCount[] {
  const years = new Map<string, number>();
  for (const month of months) {
    const year = month.value.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + month.count);
  }
  const list = [...years].map(([value, count]) => ({ value, count }));
  return undated > 0 ? [...list, { value: 'undated', count: undated }] : list;
}

function byCount(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Counts per facet number (custodian, source, folder, label) over the hits: one pass. */
function numberCounts(db: Database): Map<number, number> {
  const rows = db
    .prepare('SELECT f.value_no AS number, count(*) AS n FROM temp.search_hits h CROSS JOIN record_facets f ON f.record_rowid = h.rowid GROUP BY f.value_no')
    .all() as Array<{ number: number; n: number }>;
  return new Map(rows.map((row) => [row.number, row.n]));
}

function fieldCounts(numbers: Map<number, number>, distinct: DistinctValueCache, field: 'custodian' | 'label'): FacetCount[] {
  const counts = new Map<string, number>();
  for (const [value, number] of distinct.values(field)) {
    const count = numbers.get(number);
    if (count !== undefined) {
      counts.set(value, count);
    }
  }
  return byCount(counts);
}

/**
 * Channels, from the sources' counts. A channel with one source has that source's count; for
 * a channel with several, a record held by two of them must count once, so those are counted
 * again over the hits, distinct.
 */
function channelCounts(db: Database, numbers: Map<number, number>, scope: SearchScope, distinct: DistinctValueCache): FacetCount[] {
  const sourcesOf = new Map<string, number[]>();
  for (const [sourceId, number] of distinct.values('source')) {
    const channel = scope.sourceChannels[sourceId];
    if (channel !== undefined && numbers.has(number)) {
      sourcesOf.set(channel, [...(sourcesOf.get(channel) ?? []), number]);
    }
  }
  const counts = new Map<string, number>();
  const shared: Record<string, string> = {};
  for (const [channel, sources] of sourcesOf) {
    if (sources.length === 1) {
      counts.set(channel, numbers.get(sources[0] ?? -1) ?? 0);
    } else {
      sources.forEach((number) => (shared[String(number)] = channel));
    }
  }
  if (Object.keys(shared).length > 0) {
    const rows = db
      .prepare(
        `SELECT c.value AS value, count(DISTINCT f.record_rowid) AS count
         FROM temp.search_hits h CROSS JOIN record_facets f ON f.record_rowid = h.rowid
         JOIN json_each(?) c ON c.key = CAST(f.value_no AS TEXT)
         GROUP BY c.value`,
      )
      .all(JSON.stringify(shared)) as Row[];
    rows.forEach((row) => counts.set(row.value, row.count));
  }
  return byCount(counts);
}

export function readFacets(db: Database, scope: SearchScope, distinct: DistinctValueCache): SearchFacets {
  const months = counts(db, "SELECT substr(day, 1, 7) AS value, count(*) AS count FROM temp.search_hits WHERE day IS NOT NULL GROUP BY 1 ORDER BY 1");
  const undated = (db.prepare('SELECT count(*) AS n FROM temp.search_hits WHERE day IS NULL').get() as { n: number }).n;
  const numbers = numberCounts(db);
  return {
    kind: counts(db, 'SELECT kind AS value, count(*) AS count FROM temp.search_hits GROUP BY kind ORDER BY count DESC, value'),
    custodian: fieldCounts(numbers, distinct, 'custodian'),
    channel: channelCounts(db, numbers, scope, distinct),
    tag: fieldCounts(numbers, distinct, 'label').slice(0, MAX_TAGS),
    month: months,
    year: yearCounts(months, undated),
    decision: decisionCounts(db, scope),
  };
}
