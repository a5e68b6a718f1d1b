/**
 * The embedded RecordIndex: better-sqlite3 with FTS5 and WAL, one writer connection. Reading,
 * writing, searching and threading each live in their own file; this class opens the database
 * and classifies failures.
 */
import Database from 'better-sqlite3';
import type { IngestError } from '../../../../shared/model/case.js';
import type { RecordDetail } from '../../../../shared/model/record.js';
import type { SearchResult } from '../../../../shared/model/search.js';
import type { OcrStatus } from '../../../../shared/model/ocr.js';
import type { OcrPageResult } from '../../ocr/ocr-result.js';
import type {
  IndexSearchQuery,
  MessageDay,
  OcrPageWords,
  OcrWaitingRecord,
  RecordIndex,
  RecordRelatives,
  SearchScope,
  TermReportCounts,
  SourceFileState,
  SubjectFacts,
  ThreadAssignment,
  ThreadingTable,
  WriteBatch,
  WriteBatchResult,
} from '../record-index.js';
import type { ConversationDay, ConversationSummary } from '../../../../shared/model/chat.js';
import { ChatStore } from './chat-store.js';
import { DistinctValueCache } from './distinct-values.js';
import { migrateIndex } from './index-migrations.js';
import { RecordRows } from './record-rows.js';
import { OcrWriter } from './ocr-writer.js';
import { matchingRecordIds, searchRecords } from './record-search.js';
import { readRelatives } from './record-relatives.js';
import { termReportCounts } from './term-report.js';
import type { QueryNode } from '../../../../shared/query/query-ast.js';
import { RecordWriter } from './record-writer.js';
import { guarded } from './sqlite-errors.js';
import { readSubjectFacts, readThreadingTable, writeThreadAssignments } from './thread-store.js';

export type SqliteIndexOptions = {
  /** Path to a better_sqlite3.node built for the running runtime (Electron needs its own). */
  nativeBinding?: string | undefined;
  /** When OCR outcomes are stamped as made; default the system clock. */
  clock?: () => Date;
};

export class SqliteRecordIndex implements RecordIndex {
  private readonly rows: RecordRows;
  private readonly writer: RecordWriter;
  private readonly chats: ChatStore;
  private readonly distinct: DistinctValueCache;
  private readonly ocr: OcrWriter;

  private constructor(
    private readonly db: Database.Database,
    private readonly clock: () => Date,
  ) {
    this.rows = new RecordRows(db);
    this.distinct = new DistinctValueCache(db);
    this.chats = new ChatStore(db);
    this.writer = new RecordWriter(db);
    this.ocr = new OcrWriter(db);
  }

  /** Opens (creating if needed) the index at `path`; `:memory:` for tests. */
  static open(path: string, options: SqliteIndexOptions = {}): SqliteRecordIndex {
    return guarded(`opening ${path}`, () => {
      const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      // A search gathers its hits into a temporary table and visits them at random across a
      // large file. Measured on 500,000 records, a term in 19,562 of them: 120 ms with SQLite's
      // defaults, 71 ms with a 128 MiB page cache (the default 2 MiB re-reads pages through the
      // OS), and the temporary table in memory instead of a temporary file cut the gathering
      // step from 56 to 35 ms. The cache fills only as far as searches need it.
      db.pragma('cache_size = -131072');
      db.pragma('temp_store = MEMORY');
      migrateIndex(db);
      return new SqliteRecordIndex(db, options.clock ?? (() => new Date()));
    });
  }

  async writeBatch(batch: WriteBatch): Promise<WriteBatchResult> {
    this.distinct.invalidate();
    return guarded('writing records', () => this.writer.writeBatch(batch));
  }

  async search(query: IndexSearchQuery): Promise<SearchResult> {
    return guarded('searching', () => searchRecords(this.db, this.rows, this.distinct, query));
  }

  async existingIds(ids: readonly string[]): Promise<string[]> {
    return guarded('reading records', () =>
      this.db.prepare('SELECT id FROM records WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify([...new Set(ids)])) as string[],
    );
  }

  async matchingIds(query: IndexSearchQuery): Promise<string[]> {
    return guarded('searching', () => matchingRecordIds(this.db, this.distinct, query));
  }

  async relatives(ids: readonly string[]): Promise<RecordRelatives> {
    return guarded('reading related records', () => readRelatives(this.db, ids));
  }

  async termReport(terms: readonly QueryNode[], within: QueryNode | null, scope: SearchScope): Promise<TermReportCounts> {
    return guarded('counting search terms', () => termReportCounts(this.db, this.distinct, scope, terms, within));
  }

  async getRecords(ids: readonly string[]): Promise<RecordDetail[]> {
    return guarded('reading records', () => ids.map((id) => this.rows.detail(id)).filter((detail) => detail !== null));
  }

  async conversations(sourceId: string | null): Promise<ConversationSummary[]> {
    return guarded('listing conversations', () => this.chats.conversations(sourceId));
  }

  async conversationDay(conversationKey: string, day: string | null): Promise<ConversationDay | null> {
    return guarded('reading a transcript', () => this.chats.day(conversationKey, day));
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

  async ingestErrorCounts(sourceId: string): Promise<{ errors: number; warnings: number }> {
    return guarded('counting ingest errors', () => {
      const rows = this.db.prepare('SELECT severity, count(*) AS n FROM ingest_errors WHERE source_id = ? GROUP BY severity').all(sourceId) as Array<{ severity: string; n: number }>;
      return { errors: rows.find((row) => row.severity === 'error')?.n ?? 0, warnings: rows.find((row) => row.severity === 'warning')?.n ?? 0 };
    });
  }

  async sourceFiles(sourceId: string): Promise<SourceFileState[]> {
    return guarded('reading source files', () => this.writer.sourceFiles(sourceId));
  }

  async forgetFiles(sourceId: string, paths: readonly string[]): Promise<void> {
    this.distinct.invalidate();
    guarded('forgetting files', () => this.writer.forgetFiles(sourceId, paths));
  }

  async deleteSource(sourceId: string): Promise<void> {
    this.distinct.invalidate();
    guarded('deleting a source', () => this.writer.deleteSource(sourceId));
  }

  async threadingTable(): Promise<ThreadingTable> {
    return guarded('reading threads', () => readThreadingTable(this.db));
  }

  async subjectFacts(rowids: readonly number[]): Promise<Map<number, SubjectFacts>> {
    return guarded('reading threads', () => readSubjectFacts(this.db, rowids));
  }

  async applyThreads(assignments: readonly ThreadAssignment[]): Promise<void> {
    guarded('writing threads', () => writeThreadAssignments(this.db, assignments));
  }

  async ocrWaiting(): Promise<OcrWaitingRecord[]> {
    return guarded('listing records that need OCR', () => this.ocr.waiting());
  }

  async applyOcr(recordId: string, pages: ReadonlyArray<{ page: number; result: OcrPageResult }>): Promise<void> {
    guarded('writing OCR text', () => this.ocr.apply(recordId, pages, this.clock().toISOString()));
  }

  async saveOcrError(recordId: string, page: number, message: string): Promise<void> {
    guarded('writing an OCR error', () => this.ocr.saveError(recordId, page, message, this.clock().toISOString()));
  }

  async isOcrDone(recordId: string, page: number): Promise<boolean> {
    return guarded('reading OCR pages', () => this.ocr.isDone(recordId, page));
  }

  async ocrPages(recordId: string): Promise<OcrPageWords[]> {
    return guarded('reading OCR pages', () => this.ocr.pages(recordId));
  }

  async messageDays(): Promise<MessageDay[]> {
    return guarded('reading message days', () => {
      const rows = this.db
        .prepare(
          `SELECT r.id AS id, f.kind AS kind, r.parent_id AS parentId, r.platform AS platform, r.event_kind IS NOT NULL AS isEvent, r.date_iso AS dateIso,
             (SELECT chat_day FROM record_locations c WHERE c.record_id = r.id AND c.conversation_key != ''
               ORDER BY source_id, path, locator LIMIT 1) AS chatDay,
             (SELECT group_concat(source_id, char(31)) FROM record_locations l WHERE l.record_id = r.id) AS sourceIds
           FROM records r JOIN record_facts f ON f.rowid = r.rowid
           WHERE f.kind IN ('email', 'chat-message')`,
        )
        .all() as Array<{ id: string; kind: MessageDay['kind']; parentId: string | null; platform: string; isEvent: number; dateIso: string | null; chatDay: string | null; sourceIds: string | null }>;
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        parentId: row.parentId,
        // As the gap detectors read it (load-gap-records.ts): the conversation-day, else the date's own day.
        day: row.chatDay ? row.chatDay : row.dateIso !== null && /^\d{4}-\d{2}-\d{2}T/.test(row.dateIso) ? row.dateIso.slice(0, 10) : '',
        platform: row.platform,
        isEvent: row.isEvent === 1,
        sourceIds: row.sourceIds === null ? [] : row.sourceIds.split('\u001f'),
      }));
    });
  }

  async ocrStatus(lowConfidenceBelow: number, waiting?: readonly OcrWaitingRecord[]): Promise<OcrStatus> {
    return guarded('reading OCR pages', () => this.ocr.status(lowConfidenceBelow, waiting));
  }

  close(): void {
    this.db.close();
  }

  /** For tests: FTS5's integrity check, which throws when the full-text index and the text it reads disagree. */
  checkFullText(): boolean {
    this.db.prepare("INSERT INTO records_fts (records_fts) VALUES ('integrity-check')").run();
    return true;
  }

  /** For migration tests: the plan SQLite chooses for a statement. */
  explain(sql: string, ...params: unknown[]): string[] {
    return (this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
  }
}
