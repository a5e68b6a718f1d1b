/**
 * Facet counts over a search's whole result set, read from the temporary table record-search.ts
 * fills. A record found in several custodians' collections counts once under each custodian
 * (and channel, and tag), so those facets may add up to more than the total.
 */
import type { Database } from 'better-sqlite3';
import type { FacetCount, SearchFacets } from '../../../../shared/model/search.js';
import type { SearchScope } from '../record-index.js';

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

function decisionCounts(db: Database, scope: SearchScope): FacetCount[] {
  const total = (db.prepare('SELECT count(*) AS n FROM temp.search_hits').get() as { n: number }).n;
  const responsive = countIn(db, scope.decisions.responsive);
  const notResponsive = countIn(db, scope.decisions['not-responsive']);
  const coded = countIn(db, [...new Set([...scope.decisions.responsive, ...scope.decisions['not-responsive']])]);
  return [
    { value: 'responsive', count: responsive },
    { value: 'not-responsive', count: notResponsive },
    { value: 'uncoded', count: total - coded },
  ].filter((facet) => facet.count > 0);
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

export function readFacets(db: Database, scope: SearchScope): SearchFacets {
  const months = counts(db, "SELECT substr(day, 1, 7) AS value, count(*) AS count FROM temp.search_hits WHERE day IS NOT NULL GROUP BY 1 ORDER BY 1");
  const undated = (db.prepare('SELECT count(*) AS n FROM temp.search_hits WHERE day IS NULL').get() as { n: number }).n;
  return {
    kind: counts(db, 'SELECT kind AS value, count(*) AS count FROM temp.search_hits GROUP BY kind ORDER BY count DESC, value'),
    custodian: counts(
      db,
      `SELECT l.custodian AS value, count(DISTINCT l.record_id) AS count
       FROM temp.search_hits h JOIN record_locations l ON l.record_id = h.id
       GROUP BY l.custodian ORDER BY count DESC, value`,
    ),
    channel: counts(
      db,
      `SELECT c.value AS value, count(DISTINCT l.record_id) AS count
       FROM temp.search_hits h JOIN record_locations l ON l.record_id = h.id JOIN json_each(?) c ON c.key = l.source_id
       GROUP BY c.value ORDER BY count DESC, value`,
      JSON.stringify(scope.sourceChannels),
    ),
    tag: counts(
      db,
      `SELECT j.value AS value, count(DISTINCT l.record_id) AS count
       FROM temp.search_hits h JOIN record_locations l ON l.record_id = h.id, json_each(l.labels_json) j
       WHERE l.labels_json != '[]'
       GROUP BY j.value ORDER BY count DESC, value LIMIT ${MAX_TAGS}`,
    ),
    month: months,
    year: yearCounts(months, undated),
    decision: decisionCounts(db, scope),
  };
}
