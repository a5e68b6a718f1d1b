/**
 * The write side of the index: batches of records with their locations, errors and file states
 * in one transaction, and the removal of a file's or a source's contribution.
 *
 * Writes are idempotent: a record id already present only gains a location, a location already
 * present is ignored. That is what makes an interrupted ingest safe to run again.
 */
import type { Database } from 'better-sqlite3';
import type { IndexedRecord, SourceFileState, WriteBatch, WriteBatchResult } from '../record-index.js';
import { participantsText } from './participants-text.js';
import { deflateText, packText } from './sqlite-functions.js';

/** Dates with offsets sort correctly only in UTC. */
export function toUtc(dateIso: string | null): string | null {
  if (dateIso === null) {
    return null;
  }
  const time = Date.parse(dateIso);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function recordParams(record: IndexedRecord) {
  return {
    id: record.id,
    kind: record.kind,
    title: record.title,
    subject: record.subject,
    sender: record.from ? participantsText([record.from]) : '',
    from_json: record.from ? JSON.stringify(record.from) : null,
    to_json: packText(JSON.stringify(record.to)),
    cc_json: packText(JSON.stringify(record.cc)),
    bcc_json: packText(JSON.stringify(record.bcc)),
    date_iso: record.dateIso,
    date_utc: toUtc(record.dateIso),
    date_raw: record.dateRaw,
    message_id: record.messageId,
    in_reply_to: record.inReplyTo,
    references_json: JSON.stringify(record.references),
    size_bytes: record.sizeBytes,
    file_sha256: record.fileSha256,
    content_sha256: record.contentSha256,
    custodian: record.location.custodian,
    parent_id: record.parentId,
    family_id: record.familyId,
    part_path: record.partPath,
    filename: record.filename,
    mime_type: record.mimeType,
    names: record.names.join('\n'),
    child_count: record.childCount,
    subject_key: record.subjectKey,
    reply_by_subject: record.replyBySubject ? 1 : 0,
    platform: record.chat?.platform ?? '',
    event_kind: record.chat?.event?.kind ?? null,
    event_json: record.chat?.event ? JSON.stringify(record.chat.event) : null,
    document_json: record.document ? JSON.stringify(record.document) : null,
  };
}

function prepareStatements(db: Database) {
  return {
    insertRecord: db.prepare(`
    INSERT INTO records (id, kind, title, subject, sender, from_json, to_json, cc_json, bcc_json,
      date_iso, date_utc, date_raw, message_id, in_reply_to, references_json, size_bytes,
      file_sha256, content_sha256, custodian, parent_id, family_id, part_path, filename, mime_type, names,
      child_count, subject_key, reply_by_subject, platform, event_kind, event_json, document_json)
    VALUES (@id, @kind, @title, @subject, @sender, @from_json, @to_json, @cc_json, @bcc_json,
      @date_iso, @date_utc, @date_raw, @message_id, @in_reply_to, @references_json, @size_bytes,
      @file_sha256, @content_sha256, @custodian, @parent_id, @family_id, @part_path, @filename, @mime_type, @names,
      @child_count, @subject_key, @reply_by_subject, @platform, @event_kind, @event_json, @document_json)
    ON CONFLICT(id) DO NOTHING`),
    insertBody: db.prepare('INSERT INTO record_bodies (record_rowid, body_deflated) VALUES (?, ?)'),
    // The FTS table reads the text back through its content view, so that what it indexes is
    // exactly what it will find there when the record is deleted (hot-cold-migration.ts).
    indexText: db.prepare(
      `INSERT INTO records_fts (rowid, subject, sender, to_text, cc_text, bcc_text, body, names)
       SELECT rid, subject, sender, to_text, cc_text, bcc_text, body, names FROM record_text WHERE rid = ?`,
    ),
    insertHtml: db.prepare('INSERT OR IGNORE INTO record_html (record_rowid, html_deflated) VALUES (?, ?)'),
    insertLocation: db.prepare(`
    INSERT OR IGNORE INTO record_locations (record_id, source_id, path, locator, custodian, folder, labels_json, item_sha256, message_id,
      conversation_key, conversation_title, chat_day, chat_seq)
    VALUES (@record_id, @source_id, @path, @locator, @custodian, @folder, @labels_json, @item_sha256, @message_id,
      @conversation_key, @conversation_title, @chat_day, @chat_seq)`),
    insertError: db.prepare(
    'INSERT OR IGNORE INTO ingest_errors (source_id, path, locator, severity, message) VALUES (?, ?, ?, ?, ?)',
    ),
    upsertFile: db.prepare(`
    INSERT INTO source_files (source_id, path, size, mtime_ms, sha256, state, resume)
    VALUES (@sourceId, @path, @size, @mtimeMs, @sha256, @state, @resume)
    ON CONFLICT(source_id, path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,
      sha256 = excluded.sha256, state = excluded.state, resume = excluded.resume`),
  };
}

export class RecordWriter {
  private readonly statements;
  private readonly forgetting;

  constructor(private readonly db: Database) {
    this.statements = prepareStatements(db);
    this.forgetting = {
      affectedRecords: db.prepare('SELECT DISTINCT record_id FROM record_locations WHERE source_id = ? AND path = ?').pluck(),
      deleteLocations: db.prepare('DELETE FROM record_locations WHERE source_id = ? AND path = ?'),
      deleteErrors: db.prepare('DELETE FROM ingest_errors WHERE source_id = ? AND path = ?'),
      deleteState: db.prepare('DELETE FROM source_files WHERE source_id = ? AND path = ?'),
      deleteOrphan: db.prepare('DELETE FROM records WHERE id = ? AND NOT EXISTS (SELECT 1 FROM record_locations WHERE record_id = ?)'),
    };
  }

  writeBatch(batch: WriteBatch): WriteBatchResult {
    const { insertRecord, insertBody, indexText, insertHtml, insertLocation, insertError, upsertFile } = this.statements;
    return this.db.transaction(() => {
      let added = 0;
      let duplicates = 0;
      for (const record of batch.records) {
        const info = insertRecord.run(recordParams(record));
        if (info.changes > 0) {
          added += 1;
          insertBody.run(info.lastInsertRowid, deflateText(record.body));
          indexText.run(info.lastInsertRowid);
          if (record.htmlDeflated !== null) {
            insertHtml.run(info.lastInsertRowid, record.htmlDeflated);
          }
        } else if (record.parentId === null) {
          duplicates += 1;
        }
        const { location } = record;
        insertLocation.run({
          record_id: record.id,
          source_id: location.sourceId,
          path: location.path,
          locator: location.locator,
          custodian: location.custodian,
          folder: location.folder,
          labels_json: JSON.stringify(location.labels),
          item_sha256: location.itemSha256,
          message_id: location.messageId,
          conversation_key: record.chat?.conversationKey ?? '',
          conversation_title: record.chat?.conversationTitle ?? '',
          chat_day: record.chat?.day ?? '',
          chat_seq: record.chat?.sequence ?? 0,
        });
      }
      for (const error of batch.errors) {
        insertError.run(error.sourceId, error.path, error.locator, error.severity, error.message);
      }
      for (const file of batch.files) {
        upsertFile.run(file);
      }
      return { added, duplicates };
    })();
  }

  sourceFiles(sourceId: string): SourceFileState[] {
    return this.db
      .prepare('SELECT source_id AS sourceId, path, size, mtime_ms AS mtimeMs, sha256, state, resume FROM source_files WHERE source_id = ? ORDER BY path')
      .all(sourceId) as SourceFileState[];
  }

  forgetFiles(sourceId: string, paths: readonly string[]): void {
    const { affectedRecords, deleteLocations, deleteErrors, deleteState, deleteOrphan } = this.forgetting;
    this.db.transaction(() => {
      for (const path of paths) {
        const affected = affectedRecords.all(sourceId, path) as string[];
        deleteLocations.run(sourceId, path);
        deleteErrors.run(sourceId, path);
        deleteState.run(sourceId, path);
        for (const id of affected) {
          deleteOrphan.run(id, id);
        }
      }
    })();
  }

  deleteSource(sourceId: string): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM record_locations WHERE source_id = ?').run(sourceId);
      this.db.prepare('DELETE FROM ingest_errors WHERE source_id = ?').run(sourceId);
      this.db.prepare('DELETE FROM source_files WHERE source_id = ?').run(sourceId);
      this.db.prepare('DELETE FROM records WHERE id NOT IN (SELECT record_id FROM record_locations)').run();
    })();
  }
}
