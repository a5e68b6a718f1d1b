/**
 * Facet counts over a search's whole result set, read from the temporary table record-search.ts
 * fills. A record found in several custodians' collections counts once under each custodian
 * (and channel, and tag), so those facets may add up to more than the total.
 *
 * The hits are grouped once by kind, month and facet set (index migration 7); every count but
 * the decisions' comes from those groups, with no join per hit.
 */
import type { Database } from 'better-sqlite3';
import type { RecordKind } from '../../../../shared/model/record.js';
import { DECISIONS } from '../../../../shared/model/review.js';
import type { FacetCount, SearchFacets } from '../../../../shared/model/search.js';
import type { SearchScope } from '../record-index.js';
import type { DistinctValueCache } from './distinct-values.js';
import { readGroupKey } from './hit-group-migration.js';

/** The hits counted by kind, month (null: undated) and facet set, in one pass over them. */
export type HitGroup = { kind: RecordKind | null; month: string | null; facetSet: number; n: number };

export function readHitGroups(db: Database): HitGroup[] {
  const rows = db
    .prepare('SELECT group_key AS groupKey, facet_set AS facetSet, count(*) AS n FROM temp.search_hits GROUP BY 1, 2')
    .all() as Array<{ groupKey: number; facetSet: number; n: number }>;
  return rows.map(({ groupKey, facetSet, n }) => ({ ...readGroupKey(groupKey), facetSet, n }));
}

/** Tags are open-ended (a Gmail account may carry hundreds of labels): the largest are listed. */
const MAX_TAGS = 50;

function countIn(db: Database, ids: readonly string[]): number {
  if (ids.length === 0) {
    return 0;
  }
  return (
    db
      .prepare('SELECT count(*) AS n FROM temp.search_hits WHERE rowid IN (SELECT rowid FROM records WHERE id IN (SELECT value FROM json_each(?)))')
      .get(JSON.stringify(ids)) as { n: number }
  ).n;
}

/** One count per decision, and the uncoded rest; a record has one decision per request. */
function decisionCounts(db: Database, scope: SearchScope, total: number): FacetCount[] {
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

function add(counts: Map<string, number>, key: string, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

export function readFacets(db: Database, groups: readonly HitGroup[], scope: SearchScope, distinct: DistinctValueCache): SearchFacets {
  const kinds = new Map<string, number>();
  const months = new Map<string, number>();
  const custodians = new Map<string, number>();
  const channels = new Map<string, number>();
  const labels = new Map<string, number>();
  let undated = 0;
  let total = 0;
  for (const group of groups) {
    total += group.n;
    add(kinds, group.kind ?? 'other', group.n);
    if (group.month === null) {
      undated += group.n;
    } else {
      add(months, group.month, group.n);
    }
    // A set holds each value once, so a record counts once per value; a channel can be reached
    // through several sources of the set, so channels are collected first.
    const setChannels = new Set<string>();
    for (const number of distinct.setMembers(group.facetSet)) {
      const facet = distinct.valueOf(number);
      if (facet?.field === 'custodian') {
        add(custodians, facet.value, group.n);
      } else if (facet?.field === 'label') {
        add(labels, facet.value, group.n);
      } else if (facet?.field === 'source') {
        const channel = scope.sourceChannels[facet.value];
        if (channel !== undefined) {
          setChannels.add(channel);
        }
      }
    }
    setChannels.forEach((channel) => add(channels, channel, group.n));
  }
  const monthList = [...months].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([value, count]) => ({ value, count }));
  return {
    kind: byCount(kinds),
    custodian: byCount(custodians),
    channel: byCount(channels),
    tag: byCount(labels).slice(0, MAX_TAGS),
    month: monthList,
    year: yearCounts(monthList, undated),
    decision: decisionCounts(db, scope, total),
  };
}
