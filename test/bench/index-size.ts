/**
 * How big a case's index is against the text it makes searchable, read from the index file
 * itself once the backend has closed it. "Text" is what the full-text table indexes: the
 * records_fts columns (subject, sender, recipients, body, attachment names…), summed in UTF-8
 * bytes over the table or view the FTS table reads its content from (since index migration 6 a
 * view that inflates bodies), so the figure follows the schema as it changes rather than a
 * list kept here.
 */
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { registerIndexFunctions } from '../../main/core/index/sqlite/sqlite-functions.js';

export type IndexSize = {
  /** index.sqlite after a checkpoint, and what was left in its -wal file (normally 0). */
  fileBytes: number;
  walBytes: number;
  /** True when a -wal file was found and folded into the database before measuring. */
  checkpointed: boolean;
  /** UTF-8 bytes of the indexed text, in all and per full-text column. */
  textBytes: number;
  textBytesByColumn: Record<string, number>;
  records: number;
  recordsByKind: Record<string, number>;
  /** Bytes of pages per table or index (SQLite's dbstat), largest first; FTS5 shadow tables apart. */
  pagesByObject: Array<{ name: string; bytes: number }>;
};

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Closing the last connection normally checkpoints; a -wal left by a crash is folded in here. */
function checkpoint(path: string): boolean {
  if (sizeOf(`${path}-wal`) === 0) {
    return false;
  }
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return true;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** `path`: the index.sqlite of a case no process has open. */
export function measureIndexSize(path: string): IndexSize {
  const checkpointed = checkpoint(path);
  const fileBytes = sizeOf(path);
  const walBytes = sizeOf(`${path}-wal`);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const columns = (db.prepare("SELECT name FROM pragma_table_info('records_fts')").all() as Array<{ name: string }>).map((row) => row.name);
    if (columns.length === 0) {
      throw new Error(`${path} has no records_fts table`);
    }
    const definition = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'records_fts'").get() as { sql: string }).sql;
    const content = /content\s*=\s*'([^']+)'/i.exec(definition)?.[1] ?? 'records';
    registerIndexFunctions(db);
    // CAST AS BLOB: length() of text counts characters; of the blob, its UTF-8 bytes.
    const sums = db.prepare(`SELECT ${columns.map((column) => `coalesce(sum(length(CAST(${quote(column)} AS BLOB))), 0) AS ${quote(column)}`).join(', ')} FROM ${quote(content)}`).get() as Record<string, number>;
    const kinds = db.prepare('SELECT kind, count(*) AS n FROM records GROUP BY kind ORDER BY n DESC').all() as Array<{ kind: string; n: number }>;
    const pages = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all() as Array<{ name: string; bytes: number }>;
    return {
      fileBytes,
      walBytes,
      checkpointed,
      textBytes: Object.values(sums).reduce((total, bytes) => total + bytes, 0),
      textBytesByColumn: sums,
      records: kinds.reduce((total, row) => total + row.n, 0),
      recordsByKind: Object.fromEntries(kinds.map((row) => [row.kind, row.n])),
      pagesByObject: pages,
    };
  } finally {
    db.close();
  }
}
