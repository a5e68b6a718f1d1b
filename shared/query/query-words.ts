/**
 * Words as the full-text index sees them. The index is SQLite FTS5 with
 * `tokenize='unicode61 remove_diacritics 2'`; a query word that splits or folds differently from
 * the index finds nothing, silently, so this is a port of that tokenizer and not an imitation.
 *
 * What that means for the officer (each point checked against SQLite in query-words.test.ts):
 * - Letters, digits and private-use characters make words; everything else separates them,
 *   including `_`, `'`, `$`, `%`, `€`, `@` and emoji: `don't` is `don` `t`, `$100` is `100`,
 *   `e-mail` is `e` `mail`, `snake_case` is `snake` `case`, and an emoji is never a word.
 * - Case folds by SQLite's own table (`Σ`→`σ`, final `ς`→`σ`, `İ`→`i`); `ß` stays `ß`.
 * - Latin diacritics go (`Café`→`cafe`, `Å`→`a`) but not letters of their own (`ø`, `æ`, `ł`,
 *   `ð`, `þ` stay), and Greek and Cyrillic accents stay (`ά`, `ё`).
 * - CJK runs are not split into characters: `東京都` is one word.
 */
import { unicode61Fold, unicode61IsDiacritic, unicode61IsTokenChar } from './unicode61-tables.js';

/**
 * The code point at `index` as SQLite's READ_UTF8 sees it: a lone surrogate arrives as U+FFFD
 * (V8 writes it so) and U+FFFE/U+FFFF are read as U+FFFD; all three separate words.
 */
function codePointAt(text: string, index: number): number {
  const codePoint = text.codePointAt(index) ?? 0;
  return (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint === 0xfffe || codePoint === 0xffff ? 0xfffd : codePoint;
}

/**
 * The tokens FTS5's unicode61 tokenizer (remove_diacritics 2) produces from `text`, in order,
 * with no normalisation first: exactly what the index stores for a column holding `text`.
 */
export function fts5Words(text: string): string[] {
  const words: string[] = [];
  let index = 0;
  while (index < text.length) {
    const start = codePointAt(text, index);
    if (!unicode61IsTokenChar(start)) {
      index += start > 0xffff ? 2 : 1;
      continue;
    }
    let word = '';
    while (index < text.length) {
      const codePoint = codePointAt(text, index);
      // A diacritic continues a word but never starts one (fts5UnicodeTokenize).
      if (!unicode61IsTokenChar(codePoint) && !unicode61IsDiacritic(codePoint)) {
        break;
      }
      const folded = unicode61Fold(codePoint);
      if (folded !== 0) {
        word += String.fromCodePoint(folded);
      }
      index += codePoint > 0xffff ? 2 : 1;
    }
    words.push(word);
  }
  return words;
}

/**
 * The words of query text: NFKC first (as the search box and the indexed text both are), then
 * FTS5's tokenizer. `ｆｕｌｌ` and `ﬁle` become `full` and `file`.
 */
export function queryWords(text: string): string[] {
  return fts5Words(text.normalize('NFKC'));
}
