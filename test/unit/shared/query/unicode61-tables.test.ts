/**
 * The copied unicode61 tables against their sources: the SQLite amalgamation better-sqlite3
 * compiles, and the behaviour of that SQLite on every code point.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fts5Words } from '../../../../shared/query/query-words.js';
import { unicode61IsTokenChar } from '../../../../shared/query/unicode61-tables.js';
import { openTokenProbe } from './sqlite-tokens.js';

const probe = openTokenProbe();
afterAll(() => probe.close());

function isSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}

describe('unicode61 tables', () => {
  it('agree with SQLite on every code point: alone, inside a word, and folded', () => {
    // Each code point is written alone and between two letters, so a separator, a token character
    // and a diacritic (kept only inside a word) all show; 4,096 code points per document.
    const mismatches: string[] = [];
    for (let base = 0; base <= 0x10ffff && mismatches.length < 10; base += 4096) {
      const parts: string[] = [];
      for (let codePoint = base; codePoint < base + 4096 && codePoint <= 0x10ffff; codePoint += 1) {
        if (!isSurrogate(codePoint)) {
          const char = String.fromCodePoint(codePoint);
          parts.push(`${char} q${char}q`);
        }
      }
      const text = parts.join(' ');
      const ours = fts5Words(text);
      const sqlite = probe.tokens(text);
      if (ours.join('\u0001') !== sqlite.join('\u0001')) {
        const at = ours.findIndex((word, index) => word !== sqlite[index]);
        mismatches.push(`block U+${base.toString(16)}: ours ${JSON.stringify(ours[at])}, SQLite ${JSON.stringify(sqlite[at])}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('are the tables of the sqlite3.c that better-sqlite3 builds', () => {
    const require = createRequire(import.meta.url);
    const source = join(dirname(require.resolve('better-sqlite3/package.json')), 'deps', 'sqlite3', 'sqlite3.c');
    if (!existsSync(source)) {
      // A prebuilt package without sources: the behavioural test above still covers it.
      return;
    }
    const text = readFileSync(source, 'utf8');
    const table = (name: string): number[] => {
      const match = new RegExp(`static u16 ${name}\\[\\] = \\{([^}]*)\\}`).exec(text);
      return (match?.[1] ?? '').split(',').map((cell) => cell.trim()).filter((cell) => cell.length > 0).map(Number);
    };
    const block = table('aFts5UnicodeBlock');
    const map = table('aFts5UnicodeMap');
    const data = table('aFts5UnicodeData');
    expect(text).toContain('const char *zCat = "L* N* Co";');
    // sqlite3Fts5UnicodeCategory, transcribed; categories 5-9 and 30 are L*, 13-15 N*, 31 Co.
    const category = (codePoint: number): number => {
      if (codePoint >= 1 << 20) {
        return 0;
      }
      let low = block[codePoint >> 16] ?? 0;
      let high = block[1 + (codePoint >> 16)] ?? 0;
      const key = codePoint & 0xffff;
      let found = -1;
      while (high > low) {
        const middle = (high + low) >> 1;
        if (key >= (map[middle] ?? 0)) {
          found = middle;
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      if (found < 0 || key >= (map[found] ?? 0) + ((data[found] ?? 0) >> 5)) {
        return 0;
      }
      const value = (data[found] ?? 0) & 0x1f;
      return value !== 30 ? value : ((key - (map[found] ?? 0)) & 1) === 1 ? 5 : 9;
    };
    // Category 0 (not in the table) is always a token character: CatParse sets aArray[0] for any list.
    const tokenCategories = new Set([0, 5, 6, 7, 8, 9, 30, 13, 14, 15, 31]);
    const wrong: number[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff && wrong.length < 10; codePoint += 1) {
      if (codePoint !== 0 && tokenCategories.has(category(codePoint)) !== unicode61IsTokenChar(codePoint)) {
        wrong.push(codePoint);
      }
    }
    expect(wrong).toEqual([]);
  });
});
