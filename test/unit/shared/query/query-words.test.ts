/**
 * What the index does to text, asked of SQLite itself and compared with queryWords/fts5Words.
 * Each case below is a fact the help text and the parser rely on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fts5Words, queryWords } from '../../../../shared/query/query-words.js';
import { openTokenProbe } from './sqlite-tokens.js';

const probe = openTokenProbe();
afterAll(() => probe.close());

/** [text, the tokens SQLite FTS5 unicode61 remove_diacritics 2 makes of it] */
const FACTS: Array<[string, string[]]> = [
  // Case folds; Latin diacritics go, but letters of their own stay.
  ['Café CRÈME Ærø Åse naïve', ['cafe', 'creme', 'ærø', 'ase', 'naive']],
  ['ø œ æ þ ð ł đ', ['ø', 'œ', 'æ', 'þ', 'ð', 'ł', 'đ']],
  // ß is neither folded to ss nor split.
  ['Straße STRASSE', ['straße', 'strasse']],
  // Greek: lower-cased, final sigma becomes σ, accents stay.
  ['Ελληνικά ΣΊΣΥΦΟΣ σοφός', ['ελληνικά', 'σίσυφοσ', 'σοφόσ']],
  // Cyrillic: lower-cased, ё keeps its diaeresis.
  ['Москва Ёлка', ['москва', 'ёлка']],
  // CJK is not split into characters: a run of ideographs is one token.
  ['東京都 日本語のテキスト', ['東京都', '日本語のテキスト']],
  // Hangul syllables are letters.
  ['한국어 문서', ['한국어', '문서']],
  // Emoji and other symbols separate (they are So/Sc/Sm, not token characters).
  ['fun😀emoji ❤ ok', ['fun', 'emoji', 'ok']],
  ['$100 €5 5% a+b a=b ©2001', ['100', '5', '5', 'a', 'b', 'a', 'b', '2001']],
  // Underscore, apostrophe and hyphen separate.
  ['snake_case', ['snake', 'case']],
  ["O'Brien don't", ['o', 'brien', 'don', 't']],
  ['don’t', ['don', 't']],
  ['e-mail re-org', ['e', 'mail', 're', 'org']],
  // Addresses and paths split at every punctuation mark.
  ['kenneth.lay@enron.com', ['kenneth', 'lay', 'enron', 'com']],
  ['C:\\Budget\\Q4-2001.xls', ['c', 'budget', 'q4', '2001', 'xls']],
  // Digits and letters stay together; other number forms are numbers too.
  ['Q4 2001-10-16 10:30 ¹²³ ½', ['q4', '2001', '10', '16', '10', '30', '¹²³', '½']],
  // Turkish dotted capital I folds to plain i; dotless ı stays.
  ['İstanbul ılık', ['istanbul', 'ılık']],
  // A combining accent joins its letter and is removed; at the start of a word it is dropped.
  ['e\u0301te \u0301x', ['ete', 'x']],
  // A combining mark that is not a Latin diacritic ends the word (Devanagari vowel sign).
  ['हिन्दी', ['ह', 'न', 'द']],
  // Ligatures and full-width letters are not normalised by the tokenizer itself.
  ['ﬁle ｆｕｌｌ', ['ﬁle', 'ｆｕｌｌ']],
  // Control characters and a lone surrogate separate.
  ['a\u0000b\tc\u0007d\ud800e', ['a', 'b', 'c', 'd', 'e']],
  ['', []],
  ['-- ... !!', []],
];

describe('fts5Words', () => {
  it.each(FACTS)('%j tokenises as SQLite does', (text, expected) => {
    expect(probe.tokens(text)).toEqual(expected);
    expect(fts5Words(text)).toEqual(expected);
  });

  it('is idempotent: a word tokenises to itself, so quoting words for FTS5 changes nothing', () => {
    for (const [text] of FACTS) {
      for (const word of fts5Words(text)) {
        expect(fts5Words(word)).toEqual([word]);
        expect(probe.tokens(word)).toEqual([word]);
      }
    }
  });
});

describe('queryWords', () => {
  it('normalises NFKC first, as the indexed text is', () => {
    expect(queryWords('ﬁle ｆｕｌｌ ¹²³')).toEqual(['file', 'full', '123']);
    expect(queryWords('Cafe\u0301')).toEqual(['cafe']);
  });

  it('otherwise agrees with the tokenizer', () => {
    expect(queryWords('Kenneth.Lay@Enron.com')).toEqual(['kenneth', 'lay', 'enron', 'com']);
  });
});
