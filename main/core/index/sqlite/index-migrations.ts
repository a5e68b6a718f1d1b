/**
 * Numbered schema migrations of `index.sqlite`, applied in order and recorded in
 * `PRAGMA user_version`. Each has a test that upgrades a `:memory:` database from the previous
 * version and checks the query plans that searches rely on.
 */
import type { Database } from 'better-sqlite3';

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
];

export const INDEX_SCHEMA_VERSION = INDEX_MIGRATIONS[INDEX_MIGRATIONS.length - 1]?.version ?? 0;

/** Brings `db` to `target` (default: latest) inside one transaction per step. */
export function migrateIndex(db: Database, target = INDEX_SCHEMA_VERSION): number {
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
