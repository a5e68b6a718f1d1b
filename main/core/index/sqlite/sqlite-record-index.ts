/**
 * The embedded RecordIndex: better-sqlite3 with FTS5 and WAL, one writer connection.
 */
import Database from 'better-sqlite3';
import type { IngestError } from '../../../../shared/model/case.js';
import type { Participant, RecordDetail, RecordKind } from '../../../../shared/model/record.js';
import { HIT_END, HIT_START } from '../../../../shared/model/search.js';
import type { SearchHit, SearchResult } from '../../../../shared/model/search.js';
import type { IndexSearchQuery, IndexedRecord, RecordIndex, WriteBatchResult } from '../record-index.js';
import { migrateIndex } from './index-migrations.js';
import { guarded } from './sqlite-errors.js';

type RecordRow = {
  id: string;
  kind: RecordKind;
  title: string;
  sender: string;
  date_iso: string | null;
  custodian: string;
};

type DetailRow = RecordRow & {
  from_json: string | null;
  to_json: string;
  cc_json: string;
  bcc_json: string;
  date_raw: string;
  message_id: string;
  in_reply_to: string;
  body: string;
  size_bytes: number;
  file_sha256: string;
  content_sha256: string;
};

export type SqliteIndexOptions = {
  /** Path to a better_sqlite3.node built for the running runtime (Electron needs its own). */
  nativeBinding?: string;
};

function formatParticipants(list: readonly Participant[]): string {
  return list.map((p) => (p.name ? `${p.name} <${p.address}>` : p.address)).join(', ');
}

/** Dates with offsets sort correctly only in UTC. */
function toUtc(dateIso: string | null): string | null {
  if (dateIso === null) {
    return null;
  }
  const time = Date.parse(dateIso);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const SUMMARY_COLUMNS = 'r.id, r.kind, r.title, r.sender, r.date_iso, r.custodian';
const BODY_PREVIEW_CHARS = 200;

export class SqliteRecordIndex implements RecordIndex {
  private readonly db: Database.Database;

  private constructor(db: Database.Database) {
    this.db = db;
  }

  /** Opens (creating if needed) the index at `path`; `:memory:` for tests. */
  static open(path: string, options: SqliteIndexOptions = {}): SqliteRecordIndex {
    return guarded(`opening ${path}`, () => {
      const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrateIndex(db);
      return new SqliteRecordIndex(db);
    });
  }

  async writeBatch(records: readonly IndexedRecord[], errors: readonly IngestError[]): Promise<WriteBatchResult> {
    return guarded('writing records', () => {
      const insertRecord = this.db.prepare(`
        INSERT INTO records (id, kind, title, subject, sender, recipients, from_json, to_json, cc_json, bcc_json,
          date_iso, date_utc, date_raw, message_id, in_reply_to, references_json, body, size_bytes,
          file_sha256, content_sha256, custodian)
        VALUES (@id, @kind, @title, @subject, @sender, @recipients, @from_json, @to_json, @cc_json, @bcc_json,
          @date_iso, @date_utc, @date_raw, @message_id, @in_reply_to, @references_json, @body, @size_bytes,
          @file_sha256, @content_sha256, @custodian)
        ON CONFLICT(id) DO NOTHING`);
      const insertLocation = this.db.prepare(
        'INSERT OR IGNORE INTO record_locations (record_id, source_id, path, locator) VALUES (?, ?, ?, ?)',
      );
      const insertError = this.db.prepare(
        'INSERT INTO ingest_errors (source_id, path, locator, severity, message) VALUES (?, ?, ?, ?, ?)',
      );
      const run = this.db.transaction(() => {
        let added = 0;
        let duplicates = 0;
        for (const record of records) {
          const info = insertRecord.run({
            id: record.id,
            kind: record.kind,
            title: record.title,
            subject: record.subject,
            sender: record.from ? formatParticipants([record.from]) : '',
            recipients: formatParticipants([...record.to, ...record.cc, ...record.bcc]),
            from_json: record.from ? JSON.stringify(record.from) : null,
            to_json: JSON.stringify(record.to),
            cc_json: JSON.stringify(record.cc),
            bcc_json: JSON.stringify(record.bcc),
            date_iso: record.dateIso,
            date_utc: toUtc(record.dateIso),
            date_raw: record.dateRaw,
            message_id: record.messageId,
            in_reply_to: record.inReplyTo,
            references_json: JSON.stringify(record.references),
            body: record.body,
            size_bytes: record.sizeBytes,
            file_sha256: record.fileSha256,
            content_sha256: record.contentSha256,
            custodian: record.custodian,
          });
          if (info.changes > 0) {
            added += 1;
          } else {
            duplicates += 1;
          }
          const { sourceId, path, locator } = record.location;
          insertLocation.run(record.id, sourceId, path, locator);
        }
        for (const error of errors) {
          insertError.run(error.sourceId, error.path, error.locator, error.severity, error.message);
        }
        return { added, duplicates };
      });
      return run();
    });
  }

  async search(query: IndexSearchQuery): Promise<SearchResult> {
    return guarded('searching', () => {
      const kindFilter = query.kinds && query.kinds.length > 0 ? query.kinds : null;
      const kindClause = kindFilter ? `AND r.kind IN (${kindFilter.map(() => '?').join(', ')})` : '';
      const kindParams = kindFilter ?? [];
      const offset = query.page * query.pageSize;
      let hits: SearchHit[];
      let total: number;
      let countRows: Array<{ kind: RecordKind; n: number }>;
      if (query.match === null) {
        const rows = this.db
          .prepare(
            `SELECT ${SUMMARY_COLUMNS}, substr(r.body, 1, ${BODY_PREVIEW_CHARS}) AS snippet, 0 AS score
             FROM records r WHERE 1 = 1 ${kindClause}
             ORDER BY r.date_utc IS NULL, r.date_utc, r.id LIMIT ? OFFSET ?`,
          )
          .all(...kindParams, query.pageSize, offset) as Array<RecordRow & { snippet: string; score: number }>;
        hits = rows.map((row) => this.toHit(row));
        total = (this.db.prepare(`SELECT count(*) AS n FROM records r WHERE 1 = 1 ${kindClause}`).get(...kindParams) as { n: number }).n;
        countRows = this.db.prepare('SELECT kind, count(*) AS n FROM records GROUP BY kind').all() as typeof countRows;
      } else {
        // Column weights: a hit in the subject counts most, then sender, recipients, body.
        const rows = this.db
          .prepare(
            `SELECT ${SUMMARY_COLUMNS},
               snippet(records_fts, -1, char(2), char(3), '…', 24) AS snippet,
               bm25(records_fts, 10.0, 4.0, 2.0, 1.0) AS score
             FROM records_fts JOIN records r ON r.rowid = records_fts.rowid
             WHERE records_fts MATCH ? ${kindClause}
             ORDER BY score, r.id LIMIT ? OFFSET ?`,
          )
          .all(query.match, ...kindParams, query.pageSize, offset) as Array<RecordRow & { snippet: string; score: number }>;
        hits = rows.map((row) => this.toHit(row));
        total = (
          this.db
            .prepare(
              `SELECT count(*) AS n FROM records_fts JOIN records r ON r.rowid = records_fts.rowid
               WHERE records_fts MATCH ? ${kindClause}`,
            )
            .get(query.match, ...kindParams) as { n: number }
        ).n;
        countRows = this.db
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
      return { query: query.queryText, total, page: query.page, pageSize: query.pageSize, hits, countsByKind };
    });
  }

  private toHit(row: RecordRow & { snippet: string; score: number }): SearchHit {
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      from: row.sender,
      date: row.date_iso,
      custodian: row.custodian,
      // Control characters other than the hit markers would confuse display; drop them.
      snippet: row.snippet.replace(/[\u0000\u0001\u0004-\u0008\u000b-\u001f]/g, ' ').replace(new RegExp(`[^${HIT_START}${HIT_END}\\S]+`, 'g'), ' '),
      score: row.score,
    };
  }

  async getRecords(ids: readonly string[]): Promise<RecordDetail[]> {
    return guarded('reading records', () => {
      const select = this.db.prepare(`SELECT * FROM records WHERE id = ?`);
      const locations = this.db.prepare(
        'SELECT source_id AS sourceId, path, locator FROM record_locations WHERE record_id = ? ORDER BY source_id, path, locator',
      );
      const details: RecordDetail[] = [];
      for (const id of ids) {
        const row = select.get(id) as DetailRow | undefined;
        if (!row) {
          continue;
        }
        details.push({
          id: row.id,
          kind: row.kind,
          title: row.title,
          from: row.sender,
          date: row.date_iso,
          custodian: row.custodian,
          fromParticipant: row.from_json ? (JSON.parse(row.from_json) as Participant) : null,
          to: JSON.parse(row.to_json) as Participant[],
          cc: JSON.parse(row.cc_json) as Participant[],
          bcc: JSON.parse(row.bcc_json) as Participant[],
          dateRaw: row.date_raw,
          messageId: row.message_id,
          inReplyTo: row.in_reply_to,
          body: row.body,
          sizeBytes: row.size_bytes,
          fileSha256: row.file_sha256,
          contentSha256: row.content_sha256,
          locations: locations.all(id) as RecordDetail['locations'],
        });
      }
      return details;
    });
  }

  async count(): Promise<number> {
    return guarded('counting', () => (this.db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n);
  }

  async countBySource(sourceId: string): Promise<number> {
    return guarded('counting', () =>
      (this.db.prepare('SELECT count(DISTINCT record_id) AS n FROM record_locations WHERE source_id = ?').get(sourceId) as { n: number }).n,
    );
  }

  async ingestErrors(sourceId: string | null): Promise<IngestError[]> {
    return guarded('reading ingest errors', () => {
      const sql = 'SELECT source_id AS sourceId, severity, path, locator, message FROM ingest_errors';
      return (
        sourceId === null
          ? this.db.prepare(`${sql} ORDER BY id`).all()
          : this.db.prepare(`${sql} WHERE source_id = ? ORDER BY id`).all(sourceId)
      ) as IngestError[];
    });
  }

  async deleteSource(sourceId: string): Promise<void> {
    guarded('deleting a source', () => {
      this.db.transaction(() => {
        this.db.prepare('DELETE FROM record_locations WHERE source_id = ?').run(sourceId);
        this.db.prepare('DELETE FROM ingest_errors WHERE source_id = ?').run(sourceId);
        this.db.prepare('DELETE FROM records WHERE id NOT IN (SELECT record_id FROM record_locations)').run();
      })();
    });
  }

  close(): void {
    this.db.close();
  }

  /** For migration tests: the plan SQLite chooses for a statement. */
  explain(sql: string, ...params: unknown[]): string[] {
    return (this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
  }
}
