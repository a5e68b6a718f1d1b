/**
 * Numbered schema migrations of `index.sqlite`, applied in order and recorded in
 * `PRAGMA user_version`. Each has a test that upgrades a `:memory:` database from the previous
 * version and checks the query plans that searches rely on.
 */
import type { Database } from 'better-sqlite3';
import { facetSets } from './facet-set-migration.js';
import { hitGroups } from './hit-group-migration.js';
import { hotColdSplit } from './hot-cold-migration.js';
import { ocrCandidateGifs, ocrPages } from './ocr-page-migration.js';
import { registerIndexFunctions } from './sqlite-functions.js';

export type IndexMigration = { version: number; name: string; up(db: Database): void };

export const INDEX_MIGRATIONS: readonly IndexMigration[] = [
  {
    version: 1,
    name: '001-records-and-fts',
    up(db) {
      db.exec(`
        CREATE TABLE records (
          rowid INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          kind TEXT NOT NULL,
          title TEXT NOT NULL,
          subject TEXT NOT NULL,
          sender TEXT NOT NULL,
          recipients TEXT NOT NULL,
          from_json TEXT,
          to_json TEXT NOT NULL,
          cc_json TEXT NOT NULL,
          bcc_json TEXT NOT NULL,
          date_iso TEXT,
          date_utc TEXT,
          date_raw TEXT NOT NULL,
          message_id TEXT NOT NULL,
          in_reply_to TEXT NOT NULL,
          references_json TEXT NOT NULL,
          body TEXT NOT NULL,
          size_bytes INTEGER NOT NULL,
          file_sha256 TEXT NOT NULL,
          content_sha256 TEXT NOT NULL,
          custodian TEXT NOT NULL
        );
        CREATE INDEX records_kind_date ON records(kind, date_utc);
        CREATE INDEX records_date ON records(date_utc);
        CREATE INDEX records_message_id ON records(message_id);
        CREATE INDEX records_content ON records(content_sha256);

        CREATE TABLE record_locations (
          record_id TEXT NOT NULL,
          source_id TEXT NOT NULL,
          path TEXT NOT NULL,
          locator TEXT NOT NULL,
          PRIMARY KEY (record_id, source_id, path, locator)
        ) WITHOUT ROWID;
        CREATE INDEX record_locations_source ON record_locations(source_id);

        CREATE TABLE ingest_errors (
          id INTEGER PRIMARY KEY,
          source_id TEXT NOT NULL,
          path TEXT NOT NULL,
          locator TEXT NOT NULL,
          severity TEXT NOT NULL,
          message TEXT NOT NULL
        );
        CREATE INDEX ingest_errors_source ON ingest_errors(source_id);

        -- External-content FTS5: the text is stored once, in records; triggers keep it in step.
        CREATE VIRTUAL TABLE records_fts USING fts5(
          subject, sender, recipients, body,
          content='records', content_rowid='rowid',
          tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER records_ai AFTER INSERT ON records BEGIN
          INSERT INTO records_fts(rowid, subject, sender, recipients, body)
          VALUES (new.rowid, new.subject, new.sender, new.recipients, new.body);
        END;
        CREATE TRIGGER records_ad AFTER DELETE ON records BEGIN
          INSERT INTO records_fts(records_fts, rowid, subject, sender, recipients, body)
          VALUES ('delete', old.rowid, old.subject, old.sender, old.recipients, old.body);
        END;
        CREATE TRIGGER records_au AFTER UPDATE ON records BEGIN
          INSERT INTO records_fts(records_fts, rowid, subject, sender, recipients, body)
          VALUES ('delete', old.rowid, old.subject, old.sender, old.recipients, old.body);
          INSERT INTO records_fts(rowid, subject, sender, recipients, body)
          VALUES (new.rowid, new.subject, new.sender, new.recipients, new.body);
        END;
      `);
    },
  },
  {
    version: 2,
    name: '002-families-dedupe-threads-resume',
    up(db) {
      db.exec(`
        ALTER TABLE records ADD COLUMN parent_id TEXT;
        ALTER TABLE records ADD COLUMN family_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE records ADD COLUMN part_path TEXT NOT NULL DEFAULT '';
        ALTER TABLE records ADD COLUMN filename TEXT NOT NULL DEFAULT '';
        ALTER TABLE records ADD COLUMN mime_type TEXT NOT NULL DEFAULT '';
        ALTER TABLE records ADD COLUMN names TEXT NOT NULL DEFAULT '';
        ALTER TABLE records ADD COLUMN child_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE records ADD COLUMN subject_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE records ADD COLUMN reply_by_subject INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE records ADD COLUMN thread_id TEXT;
        ALTER TABLE records ADD COLUMN thread_parent TEXT NOT NULL DEFAULT 'none';
        ALTER TABLE records ADD COLUMN thread_basis TEXT NOT NULL DEFAULT 'none';
        UPDATE records SET family_id = id WHERE family_id = '';
        CREATE INDEX records_parent ON records(parent_id) WHERE parent_id IS NOT NULL;
        CREATE INDEX records_family ON records(family_id);
        CREATE INDEX records_thread ON records(thread_id) WHERE thread_id IS NOT NULL;

        -- The HTML alternative of a message, deflated; kept apart so the text table stays lean.
        CREATE TABLE record_html (
          record_rowid INTEGER PRIMARY KEY,
          html_deflated BLOB NOT NULL
        );

        ALTER TABLE record_locations ADD COLUMN custodian TEXT NOT NULL DEFAULT '';
        ALTER TABLE record_locations ADD COLUMN folder TEXT NOT NULL DEFAULT '';
        ALTER TABLE record_locations ADD COLUMN labels_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE record_locations ADD COLUMN item_sha256 TEXT NOT NULL DEFAULT '';
        ALTER TABLE record_locations ADD COLUMN message_id TEXT NOT NULL DEFAULT '';
        UPDATE record_locations SET
          custodian = coalesce((SELECT custodian FROM records WHERE records.id = record_locations.record_id), ''),
          item_sha256 = coalesce((SELECT file_sha256 FROM records WHERE records.id = record_locations.record_id), ''),
          message_id = coalesce((SELECT message_id FROM records WHERE records.id = record_locations.record_id), '');
        CREATE INDEX record_locations_source_path ON record_locations(source_id, path);
        CREATE INDEX record_locations_message_id ON record_locations(message_id) WHERE message_id != '';
        CREATE INDEX record_locations_custodian ON record_locations(custodian);

        -- Per-file ingest state: what resume and re-adding a source compare against.
        CREATE TABLE source_files (
          source_id TEXT NOT NULL,
          path TEXT NOT NULL,
          size INTEGER NOT NULL,
          mtime_ms INTEGER NOT NULL,
          sha256 TEXT NOT NULL,
          state TEXT NOT NULL,
          resume TEXT NOT NULL,
          PRIMARY KEY (source_id, path)
        ) WITHOUT ROWID;
        -- An error is noted once however often a run meets it again (resume, re-add).
        DELETE FROM ingest_errors WHERE id NOT IN (
          SELECT min(id) FROM ingest_errors GROUP BY source_id, path, locator, severity, message);
        CREATE UNIQUE INDEX ingest_errors_unique ON ingest_errors(source_id, path, locator, severity, message);

        -- Attachment and container names become searchable: the FTS table gains a column.
        DROP TRIGGER records_ai;
        DROP TRIGGER records_ad;
        DROP TRIGGER records_au;
        DROP TABLE records_fts;
        CREATE VIRTUAL TABLE records_fts USING fts5(
          subject, sender, recipients, body, names,
          content='records', content_rowid='rowid',
          tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER records_ai AFTER INSERT ON records BEGIN
          INSERT INTO records_fts(rowid, subject, sender, recipients, body, names)
          VALUES (new.rowid, new.subject, new.sender, new.recipients, new.body, new.names);
        END;
        CREATE TRIGGER records_ad AFTER DELETE ON records BEGIN
          INSERT INTO records_fts(records_fts, rowid, subject, sender, recipients, body, names)
          VALUES ('delete', old.rowid, old.subject, old.sender, old.recipients, old.body, old.names);
          DELETE FROM record_html WHERE record_rowid = old.rowid;
        END;
        CREATE TRIGGER records_au AFTER UPDATE OF subject, sender, recipients, body, names ON records BEGIN
          INSERT INTO records_fts(records_fts, rowid, subject, sender, recipients, body, names)
          VALUES ('delete', old.rowid, old.subject, old.sender, old.recipients, old.body, old.names);
          INSERT INTO records_fts(rowid, subject, sender, recipients, body, names)
          VALUES (new.rowid, new.subject, new.sender, new.recipients, new.body, new.names);
        END;
        INSERT INTO records_fts(records_fts) VALUES ('rebuild');
      `);
    },
  },
  {
    version: 3,
    name: '003-chats-and-documents',
    up(db) {
      db.exec(`
        -- A chat message's platform and system event; the gap register queries events by kind.
        ALTER TABLE records ADD COLUMN platform TEXT NOT NULL DEFAULT '';
        ALTER TABLE records ADD COLUMN event_kind TEXT;
        ALTER TABLE records ADD COLUMN event_json TEXT;
        -- A document's own properties and page layout (JSON of DocumentFacts).
        ALTER TABLE records ADD COLUMN document_json TEXT;
        CREATE INDEX records_event_kind ON records(event_kind) WHERE event_kind IS NOT NULL;

        -- A conversation belongs to one export, so it is a property of the copy, not the record.
        ALTER TABLE record_locations ADD COLUMN conversation_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE record_locations ADD COLUMN conversation_title TEXT NOT NULL DEFAULT '';
        ALTER TABLE record_locations ADD COLUMN chat_day TEXT NOT NULL DEFAULT '';
        ALTER TABLE record_locations ADD COLUMN chat_seq INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX record_locations_conversation ON record_locations(conversation_key, chat_day, chat_seq)
          WHERE conversation_key != '';
      `);
    },
  },
  {
    version: 4,
    name: '004-drop-unused-indexes',
    up(db) {
      // Every index costs each insert a B-tree write, and record_locations has no rowid, so each
      // of its indexes repeats the whole (record, source, path, locator) key. These were never
      // read: no query looks records up by Message-ID or content hash (locations carry those),
      // source_path serves every source_id lookup, and no query filters on custodian alone.
      // Measured writing 30,000 chat messages in batches of 500: 6.7 s before, 5.0 s after (medians of 3).
      db.exec(`
        DROP INDEX IF EXISTS records_message_id;
        DROP INDEX IF EXISTS records_content;
        DROP INDEX IF EXISTS record_locations_source;
        DROP INDEX IF EXISTS record_locations_custodian;
      `);
    },
  },
  {
    version: 5,
    name: '005-recipient-fields-and-days',
    up(db) {
      // to:, cc: and bcc: search their own header, so the one recipients column becomes three
      // (no text is stored twice), and the FTS table is rebuilt over them. date: compares the
      // record's own calendar day, so that expression gets an index.
      db.exec(`
        DROP TRIGGER records_ai;
        DROP TRIGGER records_ad;
        DROP TRIGGER records_au;
        DROP TABLE records_fts;
        ALTER TABLE records ADD COLUMN to_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE records ADD COLUMN cc_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE records ADD COLUMN bcc_text TEXT NOT NULL DEFAULT '';
        UPDATE records SET
          to_text = foia_participants_text(to_json),
          cc_text = foia_participants_text(cc_json),
          bcc_text = foia_participants_text(bcc_json);
        ALTER TABLE records DROP COLUMN recipients;
        CREATE VIRTUAL TABLE records_fts USING fts5(
          subject, sender, to_text, cc_text, bcc_text, body, names,
          content='records', content_rowid='rowid',
          tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER records_ai AFTER INSERT ON records BEGIN
          INSERT INTO records_fts(rowid, subject, sender, to_text, cc_text, bcc_text, body, names)
          VALUES (new.rowid, new.subject, new.sender, new.to_text, new.cc_text, new.bcc_text, new.body, new.names);
        END;
        CREATE TRIGGER records_ad AFTER DELETE ON records BEGIN
          INSERT INTO records_fts(records_fts, rowid, subject, sender, to_text, cc_text, bcc_text, body, names)
          VALUES ('delete', old.rowid, old.subject, old.sender, old.to_text, old.cc_text, old.bcc_text, old.body, old.names);
          DELETE FROM record_html WHERE record_rowid = old.rowid;
        END;
        CREATE TRIGGER records_au AFTER UPDATE OF subject, sender, to_text, cc_text, bcc_text, body, names ON records BEGIN
          INSERT INTO records_fts(records_fts, rowid, subject, sender, to_text, cc_text, bcc_text, body, names)
          VALUES ('delete', old.rowid, old.subject, old.sender, old.to_text, old.cc_text, old.bcc_text, old.body, old.names);
          INSERT INTO records_fts(rowid, subject, sender, to_text, cc_text, bcc_text, body, names)
          VALUES (new.rowid, new.subject, new.sender, new.to_text, new.cc_text, new.bcc_text, new.body, new.names);
        END;
        INSERT INTO records_fts(records_fts) VALUES ('rebuild');
        CREATE INDEX records_day ON records(substr(date_iso, 1, 10)) WHERE date_iso IS NOT NULL;
      `);
    },
  },
  { version: 6, name: '006-hot-cold-split', up: hotColdSplit },
  { version: 7, name: '007-facet-sets', up: facetSets },
  { version: 8, name: '008-hit-groups', up: hitGroups },
  {
    version: 9,
    name: '009-duplicates-by-content',
    up(db) {
      // Coding follows exact duplicates, found by content hash. Without an index that lookup
      // scanned every record: 3.4 s per coding at 500,000 records. Sixteen hex digits of the
      // hash tell copies apart in practice and take a quarter of the space; the full hash is
      // compared after.
      db.exec('CREATE INDEX record_facts_content ON record_facts(substr(content_sha256, 1, 16))');
    },
  },
  { version: 10, name: '010-ocr-pages', up: ocrPages },
  { version: 11, name: '011-ocr-candidate-gifs', up: ocrCandidateGifs },
];

export const INDEX_SCHEMA_VERSION = INDEX_MIGRATIONS[INDEX_MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Brings `db` to `target` (default: latest) inside one transaction per step, after registering
 * the SQL functions the schema relies on; every connection to an index opens through here.
 */
export function migrateIndex(db: Database, target = INDEX_SCHEMA_VERSION): number {
  registerIndexFunctions(db);
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of INDEX_MIGRATIONS) {
    if (migration.version > current && migration.version <= target) {
      db.transaction(() => {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      })();
    }
  }
  return db.pragma('user_version', { simple: true }) as number;
}
