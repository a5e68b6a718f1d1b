/**
 * Full-text search over the index: FTS5 MATCH with bm25 ranking (a hit in the subject counts
 * most, then names, sender, recipients, body), or browsing in date order when there is no query.
 */
import type { Database } from 'better-sqlite3';
import type { RecordKind } from '../../../../shared/model/record.js';
import { HIT_END, HIT_START } from '../../../../shared/model/search.js';
import type { SearchHit, SearchResult } from '../../../../shared/model/search.js';
import type { IndexSearchQuery } from '../record-index.js';
import { SUMMARY_COLUMNS } from './record-rows.js';
import type { RecordRows, SummaryRow } from './record-rows.js';

const BODY_PREVIEW_CHARS = 200;
/** Column weights, in the FTS column order: subject, sender, recipients, body, names. */
const BM25_WEIGHTS = '10.0, 4.0, 2.0, 1.0, 4.0';

type HitRow = SummaryRow & { snippet: string; score: number };

function cleanSnippet(snippet: string): string {
  // Control characters other than the hit markers would confuse display; drop them.
  return snippet
    .replace(/[\u0000\u0001\u0004-\u0008\u000b-\u001f]/g, ' ')
    .replace(new RegExp(`[^${HIT_START}${HIT_END}\\S]+`, 'g'), ' ');
}

export function searchRecords(db: Database, rows: RecordRows, query: IndexSearchQuery): SearchResult {
  const kindFilter = query.kinds && query.kinds.length > 0 ? query.kinds : null;
  const kindClause = kindFilter ? `AND r.kind IN (${kindFilter.map(() => '?').join(', ')})` : '';
  const kindParams = kindFilter ?? [];
  const offset = query.page * query.pageSize;
  let hitRows: HitRow[];
  let total: number;
  let countRows: Array<{ kind: RecordKind; n: number }>;
  if (query.match === null) {
    hitRows = db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS}, substr(r.body, 1, ${BODY_PREVIEW_CHARS}) AS snippet, 0 AS score
         FROM records r WHERE 1 = 1 ${kindClause}
         ORDER BY r.date_utc IS NULL, r.date_utc, r.id LIMIT ? OFFSET ?`,
      )
      .all(...kindParams, query.pageSize, offset) as HitRow[];
    total = (db.prepare(`SELECT count(*) AS n FROM records r WHERE 1 = 1 ${kindClause}`).get(...kindParams) as { n: number }).n;
    countRows = db.prepare('SELECT kind, count(*) AS n FROM records GROUP BY kind').all() as typeof countRows;
  } else {
    hitRows = db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS},
           snippet(records_fts, -1, char(2), char(3), '…', 24) AS snippet,
           bm25(records_fts, ${BM25_WEIGHTS}) AS score
         FROM records_fts JOIN records r ON r.rowid = records_fts.rowid
         WHERE records_fts MATCH ? ${kindClause}
         ORDER BY score, r.id LIMIT ? OFFSET ?`,
      )
      .all(query.match, ...kindParams, query.pageSize, offset) as HitRow[];
    total = (
      db
        .prepare(
          `SELECT count(*) AS n FROM records_fts JOIN records r ON r.rowid = records_fts.rowid
           WHERE records_fts MATCH ? ${kindClause}`,
        )
        .get(query.match, ...kindParams) as { n: number }
    ).n;
    countRows = db
      .prepare(
        `SELECT r.kind AS kind, count(*) AS n FROM records_fts JOIN records r ON r.rowid = records_fts.rowid
         WHERE records_fts MATCH ? GROUP BY r.kind`,
      )
      .all(query.match) as typeof countRows;
  }
  const countsByKind: SearchResult['countsByKind'] = {};
  for (const row of countRows) {
    countsByKind[row.kind] = row.n;
  }
  const hits = hitRows.map((row): SearchHit => ({ ...rows.summary(row), snippet: cleanSnippet(row.snippet), score: row.score }));
  return { query: query.queryText, total, page: query.page, pageSize: query.pageSize, hits, countsByKind };
}
