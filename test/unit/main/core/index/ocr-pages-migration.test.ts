/**
 * Index migration 10: `ocr_pages` holds each page's OCR outcome, goes with its record, and the
 * records that may need OCR are found through a partial index, not by reading every record.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { INDEX_SCHEMA_VERSION, migrateIndex } from '../../../../../main/core/index/sqlite/index-migrations.js';
import { OCR_CANDIDATE_SQL } from '../../../../../main/core/index/sqlite/ocr-page-migration.js';

describe('index migration 010-ocr-pages', () => {
  it('upgrades a version-9 index: ocr_pages rows keep deflated words and go with their record', () => {
    const db = new Database(':memory:');
    migrateIndex(db, 9);
    const facts = JSON.stringify({ format: 'pdf', pageStarts: [0, 0], pagesNeedingOcr: [1, 2] });
    db.prepare(
      `INSERT INTO records (id, kind, title, subject, sender, to_json, cc_json, bcc_json, date_raw, message_id, in_reply_to, references_json,
        size_bytes, file_sha256, content_sha256, custodian, family_id, filename, mime_type, document_json)
       VALUES ('r_1', 'document', 'scan.pdf', '', '', '[]', '[]', '[]', '', '', '', '[]', 1, 'f', 'c', 'Dana', 'r_1', 'scan.pdf', 'application/pdf', ?)`,
    ).run(facts);
    // As the writer does: a body row, then the full-text entry read through the view.
    db.prepare("INSERT INTO record_bodies (record_rowid, body_deflated) VALUES (1, foia_deflate(''))").run();
    db.prepare(
      `INSERT INTO records_fts (rowid, subject, sender, to_text, cc_text, bcc_text, body, names)
       SELECT rid, subject, sender, to_text, cc_text, bcc_text, body, names FROM record_text WHERE rid = 1`,
    ).run();
    expect(migrateIndex(db)).toBe(INDEX_SCHEMA_VERSION);
    expect(INDEX_SCHEMA_VERSION).toBe(11);
    db.prepare(
      `INSERT INTO ocr_pages (record_rowid, page, lang, text, mean_confidence, word_count, words_deflated, dpi, width_px, height_px, created_at, error)
       VALUES (1, 1, 'eng', 'Budget memo', 91.5, 2, foia_deflate(?), 300, 2550, 3300, '2026-01-01T00:00:00Z', NULL)`,
    ).run(JSON.stringify([{ text: 'Budget', confidence: 90 }]));
    expect(db.prepare('SELECT foia_inflate(words_deflated) AS words, typeof(words_deflated) AS type FROM ocr_pages').get()).toEqual({
      words: '[{"text":"Budget","confidence":90}]',
      type: 'blob',
    });
    const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM records WHERE ${OCR_CANDIDATE_SQL}`).all() as Array<{ detail: string }>).map((row) => row.detail).join('\n');
    expect(plan).toMatch(/USING (COVERING )?INDEX records_ocr_candidates/);
    expect(db.prepare(`SELECT id FROM records WHERE ${OCR_CANDIDATE_SQL}`).pluck().all()).toEqual(['r_1']);
    db.prepare("DELETE FROM records WHERE id = 'r_1'").run();
    expect(db.prepare('SELECT count(*) FROM ocr_pages').pluck().get()).toBe(0);
    db.close();
  });
});

describe('index migration 011-ocr-candidate-gifs', () => {
  it('upgrades a version-10 index: a GIF attachment becomes a candidate, found through the rebuilt partial index', () => {
    const db = new Database(':memory:');
    migrateIndex(db, 10);
    const insert = db.prepare(
      `INSERT INTO records (id, kind, title, subject, sender, to_json, cc_json, bcc_json, date_raw, message_id, in_reply_to, references_json,
        size_bytes, file_sha256, content_sha256, custodian, family_id, filename, mime_type, document_json)
       VALUES (?, 'attachment', ?, '', '', '[]', '[]', '[]', '', '', '', '[]', 1, 'f', ?, 'Dana', ?, ?, ?, NULL)`,
    );
    insert.run('r_gif', 'dingusfish.gif', 'c1', 'r_gif', 'dingusfish.gif', 'image/gif');
    insert.run('r_typed', 'scan', 'c2', 'r_typed', 'scan', 'image/gif');
    insert.run('r_txt', 'notes.txt', 'c3', 'r_txt', 'notes.txt', 'text/plain');
    expect(migrateIndex(db)).toBe(11);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM records WHERE ${OCR_CANDIDATE_SQL}`).all() as Array<{ detail: string }>).map((row) => row.detail).join('\n');
    expect(plan).toMatch(/USING (COVERING )?INDEX records_ocr_candidates/);
    expect(db.prepare(`SELECT id FROM records WHERE ${OCR_CANDIDATE_SQL} ORDER BY id`).pluck().all()).toEqual(['r_gif', 'r_typed']);
    db.close();
  });
});
