/**
 * Runs a compiled search: the matching records are gathered once into a temporary table, and
 * the page, the total and every facet are read from it, so the full-text match runs once per
 * search however many counts the officer sees. Per hit, only the narrow `record_facts` row is
 * read; `records` and the deflated body are read for the page alone.
 *
 * Ranking is bm25 over the query's top-level words, a hit in the subject counting most, then
 * names and sender, then recipients, then the body. Without words, or when asked, results run
 * in date order.
 */
import type { Database } from 'better-sqlite3';
import type { RecordKind } from '../../../../shared/model/record.js';
import { HIT_END, HIT_START } from '../../../../shared/model/search.js';
import type { SearchHit, SearchResult } from '../../../../shared/model/search.js';
import type { IndexSearchQuery } from '../record-index.js';
import { compileSearch } from './compile-search.js';
import type { CompiledSearch } from './compile-search.js';
import { readFacets, readHitGroups } from './search-facets.js';
import type { DistinctValueCache } from './distinct-values.js';
import { valueConditions } from './search-values.js';
import { SUMMARY_COLUMNS } from './record-rows.js';
import type { RecordRows, SummaryRow } from './record-rows.js';

const BODY_PREVIEW_CHARS = 200;
/** Column weights, in the FTS column order: subject, sender, to, cc, bcc, body, names. */
const BM25_WEIGHTS = '10.0, 4.0, 2.0, 2.0, 2.0, 1.0, 4.0';

/** One row per matching record, rebuilt by every search on this connection. */
const CREATE_HITS = `CREATE TEMP TABLE IF NOT EXISTS search_hits (
  rowid INTEGER PRIMARY KEY,
  family_id TEXT,
  content TEXT,
  group_key INTEGER NOT NULL,
  date_utc TEXT,
  facet_set INTEGER NOT NULL,
  score REAL NOT NULL
)`;

type PageRow = SummaryRow & { score: number; family_hits: number; snippet_rowid: number; preview: string };

/**
 * FTS5 marks hits with these two-character sequences, which a record's own text will not hold by
 * chance; a lone control character in the text (even HIT_START) is stripped, so a record cannot
 * fake a highlight.
 */
const SNIPPET_OPEN = '\u0002\uE000';
const SNIPPET_CLOSE = '\u0003\uE001';

/** Control characters and runs of space become one space: they would confuse display. */
function plainText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\uE000\uE001]/g, ' ').replace(/\s+/g, ' ');
}

/** A snippet (or a body preview) as the UI reads it: plain text with HIT_START/HIT_END around hits. */
export function cleanSnippet(snippet: string): string {
  return snippet
    .split(SNIPPET_OPEN)
    .map((part) => part.split(SNIPPET_CLOSE).map(plainText).join(HIT_END))
    .join(HIT_START);
}

/**
 * The FROM and WHERE that select every record a compiled query matches, with their parameters.
 * Shared by searches and search-term reports, so both count exactly the same records. `r` is
 * the record's `record_facts` row, which compiled conditions are written against.
 */
export function matchingRecords(compiled: CompiledSearch, kinds: readonly RecordKind[] | null): { from: string; where: string; params: unknown[] } {
  const { match, where } = compiled;
  const kindList = kinds && kinds.length > 0 ? kinds : null;
  const conditions = [match !== null ? 'records_fts MATCH ?' : '1', `(${where.sql})`, kindList ? `r.kind IN (${kindList.map(() => '?').join(', ')})` : '1'];
  return {
    from: match !== null ? 'records_fts CROSS JOIN record_facts r ON r.rowid = records_fts.rowid' : 'record_facts r',
    where: conditions.join(' AND '),
    params: [...(match !== null ? [match] : []), ...where.params, ...(kindList ?? [])],
  };
}

function gatherHits(db: Database, compiled: CompiledSearch, query: IndexSearchQuery): void {
  db.exec(CREATE_HITS);
  db.exec('DELETE FROM temp.search_hits');
  const ranked = compiled.match !== null && query.order === 'relevance';
  const { from, where, params } = matchingRecords(compiled, query.kinds);
  // Family and content hash are copied only when grouping or hiding duplicates reads them: most
  // searches need neither, and a copied hash costs every hit.
  db.prepare(
    `INSERT INTO temp.search_hits (rowid, family_id, content, group_key, date_utc, facet_set, score)
     SELECT r.rowid, ${query.groupFamilies ? 'r.family_id' : 'NULL'}, ${query.hideDuplicates ? 'r.content_sha256' : 'NULL'},
       r.group_key, r.date_utc, r.facet_set, ${ranked ? `bm25(records_fts, ${BM25_WEIGHTS})` : '0'}
     FROM ${from} WHERE ${where}`,
  ).run(...params);
  if (query.hideDuplicates) {
    // Copies of the same content (an attachment sent in many messages): the first indexed stays.
    // With families grouped, copies are hidden within a family only, so no family disappears
    // because its one hit is a copy of another family's attachment.
    const groups = query.groupFamilies ? 'family_id, content' : 'content';
    db.exec(`DELETE FROM temp.search_hits WHERE rowid NOT IN (SELECT min(rowid) FROM temp.search_hits GROUP BY ${groups})`);
  }
}

/**
 * The result order over rows with score, date_utc and tie columns (of table `of`, if given).
 * Ties go to the record indexed first, so the order is stable from page to page.
 */
function orderBy(query: IndexSearchQuery, ranked: boolean, of = ''): string {
  const [score, date, tie] = ['score', 'date_utc', 'tie'].map((column) => (of === '' ? column : `${of}.${column}`));
  if (query.order === 'relevance' && ranked) {
    return `${score}, ${tie}`;
  }
  return query.order === 'newest' ? `${date} IS NULL, ${date} DESC, ${tie}` : `${date} IS NULL, ${date}, ${tie}`;
}

/**
 * The page's rows (top_rowid: the record shown; snippet_rowid: the hit its snippet comes from),
 * chosen from the hits and `record_facts` alone, so that ordering never reads `records`.
 */
function pageRows(query: IndexSearchQuery, ranked: boolean): string {
  if (!query.groupFamilies) {
    return `SELECT h.rowid AS top_rowid, h.score AS score, 1 AS family_hits, h.rowid AS snippet_rowid, h.date_utc AS date_utc, h.rowid AS tie
      FROM temp.search_hits h ORDER BY ${orderBy(query, ranked)} LIMIT ? OFFSET ?`;
  }
  // One row per family, shown as its top record (or, when that is not indexed, its best hit);
  // the snippet comes from its best-ranked hit. SQLite takes a bare column of a min() query
  // from the row holding the minimum.
  return `WITH families AS (
      SELECT h.family_id AS family_id, min(h.score) AS score, h.rowid AS best_rowid, count(*) AS family_hits
      FROM temp.search_hits h GROUP BY h.family_id),
    tops AS (
      SELECT coalesce((SELECT rowid FROM records WHERE id = g.family_id), g.best_rowid) AS top_rowid, g.score AS score,
        g.family_hits AS family_hits, g.best_rowid AS snippet_rowid
      FROM families g)
    SELECT t.top_rowid, t.score, t.family_hits, t.snippet_rowid, f.date_utc AS date_utc, t.top_rowid AS tie
    FROM tops t CROSS JOIN record_facts f ON f.rowid = t.top_rowid
    ORDER BY ${orderBy(query, ranked)} LIMIT ? OFFSET ?`;
}

function readPage(db: Database, query: IndexSearchQuery, ranked: boolean): PageRow[] {
  // CROSS JOIN keeps the page as the outer loop: left to itself, the planner scanned every
  // record to meet 25 hits (15 ms for 66 hits in 100,000 records).
  return db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, p.score AS score, p.family_hits AS family_hits, p.snippet_rowid AS snippet_rowid,
         substr(foia_inflate(b.body_deflated), 1, ${BODY_PREVIEW_CHARS}) AS preview
       FROM (${pageRows(query, ranked)}) p
       CROSS JOIN records r ON r.rowid = p.top_rowid
       LEFT JOIN record_bodies b ON b.record_rowid = r.rowid
       ORDER BY ${orderBy(query, ranked, 'p')}`,
    )
    .all(query.pageSize, query.page * query.pageSize) as PageRow[];
}

/**
 * The page's snippets in one statement: the match runs once for the whole page. (`+rowid` keeps
 * FTS5 from re-running the match once per listed rowid, which costs seconds for a prefix.)
 */
function readSnippets(db: Database, match: string | null, rowids: readonly number[]): Map<number, string> {
  if (match === null || rowids.length === 0) {
    return new Map();
  }
  const rows = db
    .prepare(
      `SELECT rowid, snippet(records_fts, -1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 24) AS snippet
       FROM records_fts WHERE records_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))`,
    )
    .all(match, JSON.stringify(rowids)) as Array<{ rowid: number; snippet: string }>;
  return new Map(rows.map((row) => [row.rowid, row.snippet]));
}

/** The ids of every record the query matches, in index order. */
export function matchingRecordIds(db: Database, distinct: DistinctValueCache, query: IndexSearchQuery): string[] {
  gatherHits(db, compileSearch(query.query, valueConditions(query.scope, distinct)), query);
  return db.prepare('SELECT r.id FROM temp.search_hits h CROSS JOIN records r ON r.rowid = h.rowid ORDER BY h.rowid').pluck().all() as string[];
}

export function searchRecords(db: Database, rows: RecordRows, distinct: DistinctValueCache, query: IndexSearchQuery): SearchResult {
  const compiled = compileSearch(query.query, valueConditions(query.scope, distinct));
  const { match } = compiled;
  gatherHits(db, compiled, query);
  const ranked = match !== null;
  const groups = readHitGroups(db);
  const hitCount = groups.reduce((sum, group) => sum + group.n, 0);
  const total = query.groupFamilies ? (db.prepare('SELECT count(DISTINCT family_id) AS n FROM temp.search_hits').get() as { n: number }).n : hitCount;
  const page = readPage(db, query, ranked);
  const snippets = readSnippets(db, match, page.map((row) => row.snippet_rowid));
  const hits = page.map(
    (row): SearchHit => ({
      ...rows.summary(row),
      snippet: cleanSnippet(snippets.get(row.snippet_rowid) ?? row.preview),
      score: query.order === 'relevance' ? row.score : 0,
      familyHits: row.family_hits,
    }),
  );
  const countsByKind: SearchResult['countsByKind'] = {};
  for (const group of groups) {
    if (group.kind !== null) {
      countsByKind[group.kind] = (countsByKind[group.kind] ?? 0) + group.n;
    }
  }
  return {
    query: query.queryText,
    total,
    page: query.page,
    pageSize: query.pageSize,
    order: query.order,
    groupFamilies: query.groupFamilies,
    hideDuplicates: query.hideDuplicates,
    hits,
    countsByKind,
    facets: query.facets ? readFacets(db, groups, query.scope, distinct) : null,
    explanation: query.explanation,
  };
}
