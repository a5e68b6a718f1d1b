/** Index size against its text: UTF-8 bytes of the full-text columns, whatever they are named. */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../support/corpus.js';
import { measureIndexSize } from './index-size.js';

let folder: { path: string; cleanup(): Promise<void> };

beforeEach(async () => {
  folder = await tempFolder('foia-bench-size-test-');
});

afterEach(async () => {
  await folder.cleanup();
});

describe('measureIndexSize', () => {
  it('sums the bytes of the columns records_fts indexes, and only those', () => {
    const path = join(folder.path, 'index.sqlite');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec(`
      CREATE TABLE records (rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL, to_json TEXT NOT NULL);
      CREATE VIRTUAL TABLE records_fts USING fts5(subject, body, content='records', content_rowid='rowid');
    `);
    const insert = db.prepare('INSERT INTO records (kind, subject, body, to_json) VALUES (?, ?, ?, ?)');
    insert.run('email', 'Café', 'déjà vu', '["not counted"]');
    insert.run('attachment', '', 'plain', '[]');
    db.exec("INSERT INTO records_fts(records_fts) VALUES ('rebuild')");
    db.close();

    const size = measureIndexSize(path);
    expect(size.textBytesByColumn).toEqual({ subject: 5, body: 14 });
    expect(size.textBytes).toBe(19);
    expect(size.records).toBe(2);
    expect(size.recordsByKind).toEqual({ email: 1, attachment: 1 });
    expect(size.fileBytes).toBeGreaterThan(0);
    expect(size.walBytes).toBe(0);
    expect(size.checkpointed).toBe(false);
    expect(size.pagesByObject.map((part) => part.name)).toEqual(expect.arrayContaining(['records', 'records_fts_data']));
  });
});
