import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { INDEX_MIGRATIONS, INDEX_SCHEMA_VERSION, migrateIndex } from '../../../../../main/core/index/sqlite/index-migrations.js';
import { SqliteRecordIndex } from '../../../../../main/core/index/sqlite/sqlite-record-index.js';

/** Long enough (over 128 bytes of JSON) to be stored deflated from migration 6 on. */
const LONG_TO_LIST = [{ name: 'Kim', address: 'kim@x' }, ...Array.from({ length: 8 }, (_, i) => ({ name: `Lee${i}`, address: `lee${i}@example.org` }))];

describe('index.sqlite migrations', () => {
  it('are numbered 1..N', () => {
    expect(INDEX_MIGRATIONS.map((migration) => migration.version)).toEqual(INDEX_MIGRATIONS.map((_, index) => index + 1));
  });

  it('001 creates the records table, the FTS table and keeps them in step', () => {
    const db = new Database(':memory:');
    expect(migrateIndex(db, 1)).toBe(1);
    db.prepare(
      `INSERT INTO records (id, kind, title, subject, sender, recipients, to_json, cc_json, bcc_json, date_raw, message_id,
        in_reply_to, references_json, body, size_bytes, file_sha256, content_sha256, custodian)
       VALUES ('r_1', 'email', 'Budget', 'Budget', 'a@x', 'b@x', '[]', '[]', '[]', '', '<m>', '', '[]', 'the budget memo', 1, 'f', 'c', 'A')`,
    ).run();
    expect(db.prepare("SELECT rowid FROM records_fts WHERE records_fts MATCH 'memo'").all()).toHaveLength(1);
    db.prepare("UPDATE records SET body = 'changed text' WHERE id = 'r_1'").run();
    expect(db.prepare("SELECT rowid FROM records_fts WHERE records_fts MATCH 'memo'").all()).toHaveLength(0);
    db.prepare("DELETE FROM records WHERE id = 'r_1'").run();
    expect(db.prepare("SELECT rowid FROM records_fts WHERE records_fts MATCH 'changed'").all()).toHaveLength(0);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it('002 upgrades a version-1 index in place: families, copies with their custodian, names searchable', () => {
    const db = new Database(':memory:');
    migrateIndex(db, 1);
    db.prepare(
      `INSERT INTO records (id, kind, title, subject, sender, recipients, to_json, cc_json, bcc_json, date_raw, message_id,
        in_reply_to, references_json, body, size_bytes, file_sha256, content_sha256, custodian)
       VALUES ('r_1', 'email', 'Budget', 'Budget', 'a@x', 'b@x', '[]', '[]', '[]', '', '<m>', '', '[]', 'the budget memo', 1, 'f', 'c', 'Dana')`,
    ).run();
    db.prepare("INSERT INTO record_locations (record_id, source_id, path, locator) VALUES ('r_1', 's_1', 'inbox/1.', '')").run();
    expect(migrateIndex(db, 5)).toBe(5);
    expect(db.prepare("SELECT family_id, thread_parent, child_count FROM records WHERE id = 'r_1'").get()).toEqual({ family_id: 'r_1', thread_parent: 'none', child_count: 0 });
    expect(db.prepare('SELECT custodian, item_sha256, message_id FROM record_locations').get()).toEqual({ custodian: 'Dana', item_sha256: 'f', message_id: '<m>' });
    // The rebuilt FTS table still finds the old text, and finds names once a record has them.
    expect(db.prepare("SELECT rowid FROM records_fts WHERE records_fts MATCH 'memo'").all()).toHaveLength(1);
    db.prepare("UPDATE records SET names = 'budget-2021.xlsx' WHERE id = 'r_1'").run();
    expect(db.prepare("SELECT rowid FROM records_fts WHERE records_fts MATCH 'names:xlsx'").all()).toHaveLength(1);
    db.prepare("DELETE FROM records WHERE id = 'r_1'").run();
    expect(db.prepare("SELECT rowid FROM records_fts WHERE records_fts MATCH 'memo'").all()).toHaveLength(0);
    db.close();
  });

  it('005 splits recipients into to, cc and bcc, each searchable, and indexes the calendar day', () => {
    const db = new Database(':memory:');
    migrateIndex(db, 4);
    db.prepare(
      `INSERT INTO records (id, kind, title, subject, sender, recipients, to_json, cc_json, bcc_json, date_iso, date_raw, message_id,
        in_reply_to, references_json, body, size_bytes, file_sha256, content_sha256, custodian)
       VALUES ('r_1', 'email', 'Budget', 'Budget', 'a@x', 'Kim <kim@x>, lee@x', '[{"name":"Kim","address":"kim@x"}]',
        '[{"name":"","address":"lee@x"}]', '[]', '2001-05-14T16:39:00-07:00', '', '<m>', '', '[]', 'the budget memo', 1, 'f', 'c', 'A')`,
    ).run();
    expect(migrateIndex(db, 5)).toBe(5);
    expect(db.prepare("SELECT to_text, cc_text, bcc_text FROM records WHERE id = 'r_1'").get()).toEqual({ to_text: 'Kim <kim@x>', cc_text: 'lee@x', bcc_text: '' });
    expect(db.prepare("SELECT count(*) AS n FROM pragma_table_info('records') WHERE name = 'recipients'").get()).toEqual({ n: 0 });
    const hits = (match: string) => db.prepare('SELECT rowid FROM records_fts WHERE records_fts MATCH ?').all(match).length;
    expect([hits('to_text : kim'), hits('cc_text : kim'), hits('cc_text : lee'), hits('memo')]).toEqual([1, 0, 1, 1]);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM records WHERE date_iso IS NOT NULL AND substr(date_iso, 1, 10) >= ?").all('2001-01-01') as Array<{ detail: string }>;
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/USING INDEX records_day/);
    db.close();
  });

  it('006 moves bodies out deflated, reads text through a view, and keeps facts and facets in step', () => {
    const db = new Database(':memory:');
    migrateIndex(db, 5);
    db.prepare(
      `INSERT INTO records (id, kind, title, subject, sender, to_text, cc_text, bcc_text, to_json, cc_json, bcc_json, date_iso, date_utc, date_raw,
        message_id, in_reply_to, references_json, body, size_bytes, file_sha256, content_sha256, custodian, family_id)
       VALUES ('r_1', 'email', 'Budget', 'Budget', 'a@x', '', '', '', ?, '[]', '[]',
        '2001-05-14T16:39:00-07:00', '2001-05-14T23:39:00.000Z', '', '<m>', '', '[]', 'the budget memo', 1, 'f', 'c', 'Dana', 'r_1')`,
    ).run(JSON.stringify(LONG_TO_LIST));
    db.prepare(
      `INSERT INTO record_locations (record_id, source_id, path, locator, custodian, folder, labels_json)
       VALUES ('r_1', 's_1', 'a.mbox', 'offset 0', 'Dana', 'Inbox', '["Work","Budget"]')`,
    ).run();
    expect(migrateIndex(db)).toBe(INDEX_SCHEMA_VERSION);
    const hits = (match: string) => db.prepare('SELECT rowid FROM records_fts WHERE records_fts MATCH ?').all(match).length;
    // The old text is found again, through the view; the body is stored deflated, not as text.
    expect([hits('memo'), hits('to_text : kim'), hits('sender : a')]).toEqual([1, 1, 1]);
    expect(db.prepare("SELECT count(*) AS n FROM pragma_table_info('records') WHERE name IN ('body', 'to_text', 'cc_text', 'bcc_text')").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT typeof(body_deflated) AS type FROM record_bodies').get()).toEqual({ type: 'blob' });
    // A long recipient list is deflated in place; the view writes it out as before.
    expect(db.prepare("SELECT typeof(to_json) AS type FROM records WHERE id = 'r_1'").get()).toEqual({ type: 'blob' });
    expect(db.prepare('SELECT to_text FROM record_text').get()).toEqual({ to_text: LONG_TO_LIST.map((p) => `${p.name} <${p.address}>`).join(', ') });
    expect(hits('to_text : lee7')).toBe(1);
    expect(db.prepare("SELECT snippet(records_fts, -1, '[', ']', '…', 4) AS s FROM records_fts WHERE records_fts MATCH 'memo'").get()).toEqual({ s: 'the budget [memo]' });
    expect(db.prepare('SELECT id, family_id, kind, day, child_count FROM record_facts').get()).toEqual({ id: 'r_1', family_id: 'r_1', kind: 'email', day: '2001-05-14', child_count: 0 });
    const facets = () =>
      db.prepare('SELECT v.field, v.value FROM record_facets f JOIN facet_values v ON v.value_no = f.value_no ORDER BY v.field, v.value').all();
    expect(facets()).toEqual([
      { field: 'custodian', value: 'Dana' },
      { field: 'folder', value: 'Inbox' },
      { field: 'label', value: 'Budget' },
      { field: 'label', value: 'Work' },
      { field: 'source', value: 's_1' },
    ]);
    // A second copy adds its facets; removing the first leaves only the second's.
    db.prepare("INSERT INTO record_locations (record_id, source_id, path, locator, custodian) VALUES ('r_1', 's_2', 'b.mbox', 'offset 9', 'Lee')").run();
    expect(facets()).toHaveLength(7);
    db.prepare("DELETE FROM record_locations WHERE source_id = 's_1'").run();
    expect(facets()).toEqual([
      { field: 'custodian', value: 'Lee' },
      { field: 'source', value: 's_2' },
    ]);
    // Text cannot be changed in place (FTS would keep the old words); deleting removes everything.
    expect(() => db.prepare("UPDATE records SET subject = 'Other' WHERE id = 'r_1'").run()).toThrow(/cannot change/);
    db.prepare("DELETE FROM records WHERE id = 'r_1'").run();
    expect(hits('memo')).toBe(0);
    for (const table of ['record_bodies', 'record_facts', 'record_facets']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    db.close();
  });

  it('007 numbers each combination of facets once and keeps every record on its set as copies come and go', () => {
    const db = new Database(':memory:');
    migrateIndex(db, 6);
    const insertRecord = db.prepare(
      `INSERT INTO records (id, kind, title, subject, sender, to_json, cc_json, bcc_json, date_raw, message_id, in_reply_to, references_json,
        size_bytes, file_sha256, content_sha256, custodian, family_id) VALUES (?, 'email', '', '', '', '[]', '[]', '[]', '', '', '', '[]', 0, '', ?, 'Dana', ?)`,
    );
    const insertCopy = db.prepare("INSERT INTO record_locations (record_id, source_id, path, locator, custodian) VALUES (?, ?, ?, '', ?)");
    for (const id of ['r_1', 'r_2', 'r_3']) {
      insertRecord.run(id, id, id);
    }
    insertCopy.run('r_1', 's_1', 'a.mbox', 'Dana');
    insertCopy.run('r_2', 's_1', 'a.mbox', 'Dana');
    expect(migrateIndex(db)).toBe(INDEX_SCHEMA_VERSION);
    const sets = () => Object.fromEntries((db.prepare('SELECT id, facet_set FROM record_facts ORDER BY id').all() as Array<{ id: string; facet_set: number }>).map((row) => [row.id, row.facet_set]));
    const members = (set: number) => (db.prepare('SELECT value_nos FROM facet_sets WHERE set_no = ?').pluck().get(set) as string | undefined) ?? '';
    const before = sets();
    // Same custodian and source: one set; no copies: set 0.
    expect(before['r_1']).toBe(before['r_2']);
    expect(before['r_1']).toBeGreaterThan(0);
    expect(before['r_3']).toBe(0);
    // A second copy elsewhere gives r_1 a set of its own, with both sources in it.
    insertCopy.run('r_1', 's_2', 'b.mbox', 'Lee');
    const after = sets();
    expect(after['r_1']).not.toBe(after['r_2']);
    expect(members(after['r_1'] ?? 0).split(',')).toHaveLength(4);
    // Forgetting that copy puts r_1 back on the shared set.
    db.prepare("DELETE FROM record_locations WHERE source_id = 's_2'").run();
    expect(sets()).toEqual(before);
    db.close();
  });

  it('searches through the FTS index and looks records up by key, not by scanning', () => {
    const index = SqliteRecordIndex.open(':memory:');
    const fts = index.explain(
      "SELECT r.id FROM records_fts CROSS JOIN record_facts r ON r.rowid = records_fts.rowid WHERE records_fts MATCH ? ORDER BY bm25(records_fts)",
      'x',
    );
    expect(fts.join('\n')).toMatch(/VIRTUAL TABLE INDEX/);
    expect(fts.join('\n')).toMatch(/SEARCH r USING INTEGER PRIMARY KEY/);
    expect(index.explain('SELECT id FROM record_facts r WHERE r.day IS NOT NULL AND r.day >= ?', '2001-01-01').join('\n')).toMatch(/USING INDEX record_facts_day/);
    expect(index.explain('SELECT record_rowid FROM record_facets WHERE value_no = ?', 1).join('\n')).toMatch(/USING COVERING INDEX record_facets_value/);
    // Coding follows duplicates: found through the content index, not by scanning.
    expect(index.explain('SELECT o.id FROM record_facts o WHERE substr(o.content_sha256, 1, 16) = substr(?, 1, 16) AND o.content_sha256 = ?', 'c', 'c').join('\n')).toMatch(
      /USING INDEX record_facts_content/,
    );
    expect(index.explain('SELECT * FROM records WHERE id = ?', 'r_1').join('\n')).toMatch(/USING INDEX sqlite_autoindex_records_1/);
    // Message-IDs are looked up on the copies (locations), where threading reads them.
    expect(index.explain("SELECT record_id FROM record_locations WHERE message_id = ? AND message_id != ''", '<m>').join('\n')).toMatch(/USING (COVERING )?INDEX record_locations_message_id/);
    expect(index.explain('SELECT record_id FROM record_locations WHERE source_id = ?', 's').join('\n')).toMatch(/USING (COVERING )?INDEX record_locations_source_path/);
    expect(index.explain("SELECT record_id FROM record_locations WHERE conversation_key = ? AND conversation_key != '' AND chat_day = ?", 'cv', 'd').join('\n')).toMatch(/USING (COVERING )?INDEX record_locations_conversation/);
    expect(index.explain('SELECT record_id FROM record_locations WHERE source_id = ? AND path = ?', 's', 'p').join('\n')).toMatch(/USING (COVERING )?INDEX record_locations_source_path/);
    expect(index.explain('SELECT * FROM records WHERE parent_id = ?', 'r_1').join('\n')).toMatch(/USING INDEX records_parent/);
    expect(index.explain("SELECT * FROM source_files WHERE source_id = ?", 's').join('\n')).toMatch(/USING PRIMARY KEY/);
    index.close();
  });
});
