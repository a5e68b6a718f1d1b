/**
 * The relatives a coding follows to: exact duplicates (other records with the same content
 * hash, such as one attachment sent in several messages) and descendants (attachments, and
 * what is attached to them).
 */
import type { Database } from 'better-sqlite3';
import type { RecordRelatives } from '../record-index.js';

function grouped(rows: ReadonlyArray<{ of: string; id: string }>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows) {
    map.set(row.of, [...(map.get(row.of) ?? []), row.id]);
  }
  return map;
}

export function readRelatives(db: Database, ids: readonly string[]): RecordRelatives {
  const list = JSON.stringify([...new Set(ids)]);
  // Records are found by id through records' unique index, then compared on record_facts.
  const duplicates = db
    .prepare(
      `WITH targets AS (SELECT r.rowid AS rowid, r.id AS id FROM records r WHERE r.id IN (SELECT value FROM json_each(?))),
         hashes AS (SELECT t.id AS of, f.content_sha256 AS content FROM targets t JOIN record_facts f ON f.rowid = t.rowid WHERE f.content_sha256 != '')
       SELECT h.of AS of, o.id AS id FROM hashes h CROSS JOIN record_facts o
         ON substr(o.content_sha256, 1, 16) = substr(h.content, 1, 16) AND o.content_sha256 = h.content
       WHERE o.id != h.of ORDER BY o.rowid`,
    )
    .all(list) as Array<{ of: string; id: string }>;
  const descendants = db
    .prepare(
      `WITH RECURSIVE inside(of, id) AS (
         SELECT value, value FROM json_each(?)
         UNION SELECT inside.of, r.id FROM inside JOIN records r ON r.parent_id = inside.id)
       SELECT of, id FROM inside WHERE id != of`,
    )
    .all(list) as Array<{ of: string; id: string }>;
  return { duplicatesOf: grouped(duplicates), descendantsOf: grouped(descendants) };
}
