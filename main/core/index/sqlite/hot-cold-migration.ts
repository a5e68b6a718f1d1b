/**
 * Index migration 6: the hot/cold split that searches over half a million records need.
 *
 * Before it, a search read each hit's family, content hash, kind and date from `records`,
 * whose rows hold the body and span overflow pages; facets joined every hit to its copies in
 * `record_locations`; and the distinct custodians, folders and labels were found by scanning
 * every copy. Measured on 100,000 Enron messages: 31 ms to gather 3,912 hits, 21 ms for the
 * custodian facet, and the page query scanned all of `records` (15 ms for 66 hits).
 *
 * After it:
 * - `record_facts` holds what a search reads per hit, about 150 bytes a row;
 * - `facet_values` numbers each custodian, source, folder and label once, and
 *   `record_facets` lists a record's numbers, so a facet is one integer join;
 * - the body lives deflated in `record_bodies`, long recipient lists are deflated in place, and
 *   the recipients' text is not stored at all: the full-text table reads its text through the
 *   view `record_text`, which inflates the body and writes the recipients out of their JSON
 *   (sqlite-functions.ts). The index no longer holds every word twice;
 * - the date indexes on `records` go: searches order and filter by date on `record_facts`.
 *
 * Triggers keep facts and facets in step with `records` and `record_locations`, whatever path
 * writes them. The writer adds a record's text to the FTS table itself (record-writer.ts),
 * after its body row exists.
 */
import type { Database } from 'better-sqlite3';

/** The FTS columns, in order, as the view `record_text` provides them. */
const TEXT_COLUMNS = 'subject, sender, to_text, cc_text, bcc_text, body, names';

/**
 * Each faceted field of a copy, as rows (record_id, value) of the copies `filter` selects from
 * `record_locations l`. A copy has one custodian and source, at most one folder, any labels.
 */
const FACET_FIELDS: ReadonlyArray<{ field: string; copies: (filter: string) => string }> = [
  { field: 'custodian', copies: (filter) => `SELECT l.record_id, l.custodian AS value FROM record_locations l WHERE ${filter}` },
  { field: 'source', copies: (filter) => `SELECT l.record_id, l.source_id AS value FROM record_locations l WHERE ${filter}` },
  { field: 'folder', copies: (filter) => `SELECT l.record_id, l.folder AS value FROM record_locations l WHERE l.folder != '' AND ${filter}` },
  { field: 'label', copies: (filter) => `SELECT l.record_id, j.value AS value FROM record_locations l, json_each(l.labels_json) j WHERE ${filter}` },
];

/** SQL giving the records of the copies `filter` selects their facets, numbering new values. */
export function addFacets(filter: string, numberNewValues: boolean): string {
  return FACET_FIELDS.map(({ field, copies }) =>
    [
      numberNewValues ? `INSERT OR IGNORE INTO facet_values (field, value) SELECT DISTINCT '${field}', c.value FROM (${copies(filter)}) c;` : '',
      `INSERT OR IGNORE INTO record_facets (record_rowid, value_no)
        SELECT r.rowid, v.value_no FROM (${copies(filter)}) c JOIN records r ON r.id = c.record_id
        JOIN facet_values v ON v.field = '${field}' AND v.value = c.value;`,
    ].join('\n'),
  ).join('\n');
}

export const THIS_COPY = 'l.record_id = new.record_id AND l.source_id = new.source_id AND l.path = new.path AND l.locator = new.locator';

export function hotColdSplit(db: Database): void {
  db.exec(`
    DROP TRIGGER records_ai;
    DROP TRIGGER records_ad;
    DROP TRIGGER records_au;
    DROP TABLE records_fts;
    DROP INDEX IF EXISTS records_day;
    DROP INDEX IF EXISTS records_date;
    DROP INDEX IF EXISTS records_kind_date;

    CREATE TABLE record_bodies (
      record_rowid INTEGER PRIMARY KEY,
      body_deflated BLOB NOT NULL
    );
    INSERT INTO record_bodies (record_rowid, body_deflated) SELECT rowid, foia_deflate(body) FROM records;
    ALTER TABLE records DROP COLUMN body;
    ALTER TABLE records DROP COLUMN to_text;
    ALTER TABLE records DROP COLUMN cc_text;
    ALTER TABLE records DROP COLUMN bcc_text;
    UPDATE records SET to_json = foia_pack(to_json), cc_json = foia_pack(cc_json), bcc_json = foia_pack(bcc_json);

    CREATE VIEW record_text (rid, ${TEXT_COLUMNS}) AS
      SELECT r.rowid, r.subject, r.sender,
        foia_participants_text(foia_unpack(r.to_json)), foia_participants_text(foia_unpack(r.cc_json)),
        foia_participants_text(foia_unpack(r.bcc_json)),
        coalesce(foia_inflate(b.body_deflated), ''), r.names
      FROM records r LEFT JOIN record_bodies b ON b.record_rowid = r.rowid;

    CREATE VIRTUAL TABLE records_fts USING fts5(
      ${TEXT_COLUMNS},
      content='record_text', content_rowid='rid',
      tokenize='unicode61 remove_diacritics 2'
    );
    INSERT INTO records_fts(records_fts) VALUES ('rebuild');

    -- What a search reads per hit. "rowid" names the key, so conditions compiled for records
    -- (r.rowid, r.id, r.kind, r.child_count) read the same here.
    CREATE TABLE record_facts (
      rowid INTEGER PRIMARY KEY,
      id TEXT NOT NULL,
      family_id TEXT NOT NULL,
      content_sha256 TEXT NOT NULL,
      kind TEXT NOT NULL,
      day TEXT,
      date_utc TEXT,
      child_count INTEGER NOT NULL
    );
    INSERT INTO record_facts (rowid, id, family_id, content_sha256, kind, day, date_utc, child_count)
      SELECT rowid, id, family_id, content_sha256, kind, substr(date_iso, 1, 10), date_utc, child_count FROM records;
    CREATE INDEX record_facts_day ON record_facts(day) WHERE day IS NOT NULL;

    CREATE TABLE facet_values (
      value_no INTEGER PRIMARY KEY,
      field TEXT NOT NULL,
      value TEXT NOT NULL,
      UNIQUE (field, value)
    );
    CREATE TABLE record_facets (
      record_rowid INTEGER NOT NULL,
      value_no INTEGER NOT NULL,
      PRIMARY KEY (record_rowid, value_no)
    ) WITHOUT ROWID;
    CREATE INDEX record_facets_value ON record_facets(value_no, record_rowid);
  `);
  db.exec(addFacets('1', true));
  db.exec(`
    CREATE TRIGGER records_ai AFTER INSERT ON records BEGIN
      INSERT INTO record_facts (rowid, id, family_id, content_sha256, kind, day, date_utc, child_count)
      VALUES (new.rowid, new.id, new.family_id, new.content_sha256, new.kind, substr(new.date_iso, 1, 10), new.date_utc, new.child_count);
    END;
    CREATE TRIGGER records_au AFTER UPDATE OF id, family_id, content_sha256, kind, date_iso, date_utc, child_count ON records BEGIN
      UPDATE record_facts SET id = new.id, family_id = new.family_id, content_sha256 = new.content_sha256, kind = new.kind,
        day = substr(new.date_iso, 1, 10), date_utc = new.date_utc, child_count = new.child_count
      WHERE rowid = new.rowid;
    END;
    -- The text columns cannot change: FTS5 removes a row's tokens by re-reading its text, so
    -- a change would leave the old tokens behind. Re-indexing replaces records instead.
    CREATE TRIGGER records_text_frozen BEFORE UPDATE OF subject, sender, to_json, cc_json, bcc_json, names ON records BEGIN
      SELECT RAISE(ABORT, 'the text of an indexed record cannot change; replace the record instead');
    END;
    CREATE TRIGGER records_bd BEFORE DELETE ON records BEGIN
      INSERT INTO records_fts (records_fts, rowid, ${TEXT_COLUMNS})
        SELECT 'delete', rid, ${TEXT_COLUMNS} FROM record_text WHERE rid = old.rowid;
    END;
    CREATE TRIGGER records_ad AFTER DELETE ON records BEGIN
      DELETE FROM record_bodies WHERE record_rowid = old.rowid;
      DELETE FROM record_html WHERE record_rowid = old.rowid;
      DELETE FROM record_facts WHERE rowid = old.rowid;
      DELETE FROM record_facets WHERE record_rowid = old.rowid;
    END;
    CREATE TRIGGER record_bodies_frozen BEFORE UPDATE ON record_bodies BEGIN
      SELECT RAISE(ABORT, 'the text of an indexed record cannot change; replace the record instead');
    END;

    CREATE TRIGGER record_locations_ai AFTER INSERT ON record_locations BEGIN
      ${addFacets(THIS_COPY, true)}
    END;
    -- A copy removed: its record's facets are recomputed from the copies that remain.
    CREATE TRIGGER record_locations_ad AFTER DELETE ON record_locations BEGIN
      DELETE FROM record_facets WHERE record_rowid = (SELECT rowid FROM records WHERE id = old.record_id);
      ${addFacets('l.record_id = old.record_id', false)}
    END;
  `);
}
