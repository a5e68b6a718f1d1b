/**
 * Search-term reports: per term, the records it hits, those it alone hits, and both again with
 * families. Each term's matches go into one temporary table (term, record, family), from which
 * SQL counts everything; the same matching SQL as searches, so a report and a search of the
 * same term always agree.
 */
import type { Database } from 'better-sqlite3';
import type { QueryNode } from '../../../../shared/query/query-ast.js';
import type { SearchScope, TermReportCounts } from '../record-index.js';
import { compileSearch } from './compile-search.js';
import { matchingRecords } from './record-search.js';
import { valueConditions, type DistinctValues } from './search-values.js';

const CREATE = `CREATE TEMP TABLE IF NOT EXISTS term_hits (
  term INTEGER NOT NULL,
  rowid_ INTEGER NOT NULL,
  family_id TEXT NOT NULL,
  PRIMARY KEY (term, rowid_)
) WITHOUT ROWID`;

/** `within` is ANDed with every term; each term is a parsed query. */
export function termReportCounts(
  db: Database,
  distinct: DistinctValues,
  scope: SearchScope,
  terms: readonly QueryNode[],
  within: QueryNode | null,
): TermReportCounts {
  const values = valueConditions(scope, distinct);
  const span = { start: 0, end: 0 };
  db.exec(CREATE);
  db.exec('DELETE FROM temp.term_hits');
  terms.forEach((term, index) => {
    const node: QueryNode = within === null ? term : { type: 'and', span, children: [within, term] };
    const { from, where, params } = matchingRecords(compileSearch(node, values), null);
    db.prepare(`INSERT OR IGNORE INTO temp.term_hits (term, rowid_, family_id) SELECT ?, r.rowid, r.family_id FROM ${from} WHERE ${where}`).run(index, ...params);
  });
  const perTerm = (sql: string): Map<number, number> =>
    new Map((db.prepare(sql).all() as Array<{ term: number; n: number }>).map((row) => [row.term, row.n]));
  const hits = perTerm('SELECT term, count(*) AS n FROM temp.term_hits GROUP BY term');
  const unique = perTerm(
    'SELECT min(term) AS term, count(*) AS n FROM (SELECT rowid_, min(term) AS term FROM temp.term_hits GROUP BY rowid_ HAVING count(*) = 1) GROUP BY term',
  );
  // Families: each distinct family a term hits counts all its records.
  const familySize = `(SELECT count(*) FROM records f WHERE f.family_id = t.family_id)`;
  const withFamilies = perTerm(`SELECT term, sum(${familySize}) AS n FROM (SELECT DISTINCT term, family_id FROM temp.term_hits) t GROUP BY term`);
  const uniqueWithFamilies = perTerm(
    `SELECT term, sum(${familySize}) AS n FROM (
       SELECT family_id, min(term) AS term FROM (SELECT DISTINCT term, family_id FROM temp.term_hits) GROUP BY family_id HAVING count(*) = 1
     ) t GROUP BY term`,
  );
  const totalHits = (db.prepare('SELECT count(DISTINCT rowid_) AS n FROM temp.term_hits').get() as { n: number }).n;
  const totalWithFamilies = (db.prepare(`SELECT coalesce(sum(${familySize}), 0) AS n FROM (SELECT DISTINCT family_id FROM temp.term_hits) t`).get() as { n: number }).n;
  let recordsSearched: number;
  if (within === null) {
    recordsSearched = (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
  } else {
    const { from, where, params } = matchingRecords(compileSearch(within, values), null);
    recordsSearched = (db.prepare(`SELECT count(*) AS n FROM ${from} WHERE ${where}`).get(...params) as { n: number }).n;
  }
  db.exec('DELETE FROM temp.term_hits');
  return {
    terms: terms.map((_, index) => ({
      hits: hits.get(index) ?? 0,
      uniqueHits: unique.get(index) ?? 0,
      hitsWithFamilies: withFamilies.get(index) ?? 0,
      uniqueHitsWithFamilies: uniqueWithFamilies.get(index) ?? 0,
    })),
    total: { hits: totalHits, hitsWithFamilies: totalWithFamilies },
    recordsSearched,
  };
}
