/**
 * Asks SQLite itself how FTS5 tokenises text, so tests compare the query package with the index's
 * real tokenizer rather than with a belief about it. Same settings as the index's records_fts.
 */
import Database from 'better-sqlite3';

export type TokenProbe = {
  /** The tokens of `text`, in order, as FTS5 (unicode61 remove_diacritics 2) stores them. */
  tokens(text: string): string[];
  close(): void;
};

export function openTokenProbe(): TokenProbe {
  const db = new Database(':memory:');
  db.exec(`
    CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE probe_tokens USING fts5vocab(probe, 'instance');
  `);
  const clear = db.prepare('DELETE FROM probe');
  const insert = db.prepare('INSERT INTO probe(rowid, x) VALUES (1, ?)');
  const read = db.prepare('SELECT term FROM probe_tokens ORDER BY "offset"').pluck();
  return {
    tokens(text) {
      clear.run();
      insert.run(text);
      return read.all() as string[];
    },
    close() {
      db.close();
    },
  };
}
