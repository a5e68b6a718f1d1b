/**
 * The character tables of SQLite FTS5's `unicode61` tokenizer, copied from the SQLite amalgamation
 * that better-sqlite3 builds (fts5_unicode2.c, which SQLite generates from an old Unicode release).
 *
 * Why copied and not `\p{L}`: JavaScript's Unicode data and SQLite's tables disagree on about
 * 820,000 code points, and a query word must split and fold exactly where the index does, or a
 * phrase silently finds nothing. The test unicode61-tables.test.ts re-derives these tables from
 * sqlite3.c and compares every code point with SQLite itself, so an upgrade of SQLite that
 * changes them fails loudly.
 *
 * Settings mirrored: `tokenize='unicode61 remove_diacritics 2'` with the default categories
 * `L* N* Co`: letters, numbers and private-use characters are token characters, and so is every
 * code point SQLite's table does not list (sqlite3Fts5UnicodeCatParse always enables "category
 * 0"): code points unassigned in SQLite's Unicode release, and all of plane 16. Punctuation,
 * symbols (`$`, emoji), spaces, controls and combining marks separate.
 */

/**
 * Token-character ranges (L* N* Co and unlisted code points), as space-separated `gap.length`
 * pairs in base 36: each range starts `gap` code points after the previous one ended.
 */
const TOKEN_RANGES =
  '1c.a 7.q 6.q 1b.1 7.2 1.1 3.2 1.3 1.n 1.v 1.cq 4.c e.5 7.1 1.1 3l.5 1.8 1.5 2.1 1.32 1.3v 8.5s ' +
  '6.15 2.4 1.1 1j.17 2.b 5.1 m.2 2.17 l.a 4.2 1.2r 1.1 f.2 7.f 2.1 e.1 1.1 1.u r.2j b.1m 9.2 4.s ' +
  '4.1 9.1 3.1 5.2 f.q 3.2 1.3p r.1 4.1i 3.1 i.1 7.a 4.a 1.g 3.1k 1.1 7.2 2.2 3.9 1.a 2.e 2.6 2.5 ' +
  '3.1k 1.1 5.4 2.2 3.3 1.u 2.3 1.b 3.1k 1.1 8.1 3.1 3.k 2.c 2.f 3.1k 1.1 7.2 2.2 3.8 2.a 2.c 1.h ' +
  '1.1n 5.3 3.1 4.9 1.r 8.6 3.1m 7.1 3.1 4.7 2.b 2.r 1.2 2.1k 1.1 7.1 3.1 4.7 2.b 2.u 2.1m 7.1 ' +
  '3.1 4.9 1.a 2.l 1.8 2.1y 1.4 6.1 1.1 8.i 3.1o 1.2 7.4 1.7 9.a 2.2d 1.2 6.1 2.b 6.1f v.k c.1d ' +
  'n.5 b.1 10.1 f.1 d.28 k.b 6.6 4.4 3.1 3.2 7.3 4.d c.1 1.a 6.2j 1.gx c.13 a.2u 1.h8 2.h 1.q ' +
  '2.26 3.10 3.t 5.r 2.u 2.1s z.1 4.1 1.y f.4a 1.3a c.4 c.4 1.3 2.2y h.7 2.k y.n 5.2 2.1h a.1 t.2 ' +
  '1.w 7.1 6.2a 5.1b h.l z.3 3.u d.1k e.8 4.10 k.3 5.1q 2.1s 8.8 p.4 1.4 3.5n 13.l 4.cd 1.1 3.b ' +
  '3.d 3.d 3.d 2.1 2t.5 6.a 5.b 5.h q.m x.f 2.1 4.1 2.a 1.1 3.5 6.1 1.1 1.1 1.4 1.b 2.4 5.5 4.1 ' +
  '1.1s h0.c 13.p b.29 26.m e8.1 39.u qh.3 a.az 6.4 3.7 4.1 2.34 1.e 1.2o 27.1 c.1w q.1 2h.c 5y.q ' +
  'c.4 5.3 p.9 7.5 2.5 3.2h 4.3 1.2i 1.44 2.4 a.w 10.s v.b u.8 1.f w.a 13.f 1r.1 74.534 1s.h3k ' +
  '1j.1j 2.7h 3.2n g.w 1.28 8.8 n.9 2.2v 2.3b 1.3 1.4 1.n 9.a 4.1m 4.8 2.1e h.9 2.g i.6 3.17 a.n ' +
  'd.b 1.w 4.1b r.g 2.21 e.c 1.8 2.e 4.n 3.1 1.1g 1.1 3.2 2.5 2.1 1.s 2.b 7.3 2.6k b.8pe 1.ou ' +
  '2.3i 2.se 1.5cu 1.a 1.3s g.ak 2.58 2.2 q.6 7.9 z.1 j.1 4.43 1.1 f.a 7.q 6.q b.3e 7.1 7.a 5.76 ' +
  '3.1g 9.1l h.6 c.1g 1a.bl 1.1c 1.w6 1.5j 1.v 1.5d 3.1 2.5 4.14 3.4 1.g 9.12 1.55 7.xs 3.1h m.1e ' +
  '3.19 i.1q 3.10 e.b 4.1o 3.1c e.4 4.yq d.2pk 4.esd 1a.g 4.j1p 6u.a 13.2 51.y 1y.56 2f.oa 1.p ' +
  '1.v 1.p 1.v 1.p 1.v 1.p 1.v 1.p 1.4ks 2.7i 18.4 2s.c f.2 e.2 f.1 f.1c v.1 1o.4 17.23 t.d 17.5 ' +
  '9.7 2.4u x.f 6.1 1y.3 k.c 11.1 5.l h.f 1r.1 1.1 52.1 4.3 1q.2 4.c o.43 1y.4 b.1c 1y.1m 38.gwi5 ' +
  '1.u 2o.3k 6o.47bk';

/** fts5_remove_diacritic's aDia: `(first code point << 3) | (count - 1)` of each run. */
const DIACRITIC_KEYS = [
  0, 1797, 1848, 1859, 1891, 1928, 1940, 1995, 2024, 2040, 2060, 2110, 2168, 2206, 2264, 2286,
  2344, 2383, 2472, 2488, 2516, 2596, 2668, 2732, 2782, 2842, 2894, 2954, 2984, 3000, 3028, 3336,
  3456, 3696, 3712, 3728, 3744, 3766, 3832, 3896, 3912, 3928, 3944, 3968, 4008, 4040, 4056, 4106,
  4138, 4170, 4202, 4234, 4266, 4296, 4312, 4344, 4408, 4424, 4442, 4472, 4488, 4504, 6148, 6198,
  6264, 6280, 6360, 6429, 6505, 6529, 61448, 61468, 61512, 61534, 61592, 61610, 61642, 61672, 61688, 61704,
  61726, 61784, 61800, 61816, 61836, 61880, 61896, 61914, 61948, 61998, 62062, 62122, 62154, 62184, 62200, 62218,
  62252, 62302, 62364, 62410, 62442, 62478, 62536, 62554, 62584, 62604, 62640, 62648, 62656, 62664, 62730, 62766,
  62830, 62890, 62924, 62974, 63032, 63050, 63082, 63118, 63182, 63242, 63274, 63310, 63368, 63390,
];

/** fts5_remove_diacritic's aChar: the base letter of each run; +0x80 only for remove_diacritics=2. */
const DIACRITIC_BASES = [
  0, 97, 99, 101, 105, 110, 111, 117, 121, 121, 97, 99, 100, 101, 101, 103, 104, 105, 106, 107, 108, 110, 111, 114,
  115, 116, 117, 117, 119, 121, 122, 111, 117, 97, 105, 111, 117, 245, 225, 103, 107, 111, 239, 106, 103, 110, 225, 97,
  101, 105, 111, 114, 117, 115, 116, 104, 97, 101, 239, 111, 239, 121, 0, 0, 0, 0, 0, 0, 0, 0, 97, 98,
  227, 100, 100, 229, 101, 229, 102, 103, 104, 104, 105, 233, 107, 108, 236, 108, 109, 110, 239, 112, 114, 242, 114, 115,
  243, 116, 117, 245, 118, 119, 119, 120, 121, 122, 104, 116, 119, 121, 97, 225, 225, 225, 101, 229, 229, 105, 111, 239,
  239, 239, 117, 245, 245, 121,
];

/** sqlite3Fts5UnicodeFold's aEntry as (first code point, flags, range length) triples. */
const FOLD_RULES = [
  65, 14, 26, 181, 64, 1, 192, 14, 23, 216, 14, 7, 256, 1, 48, 306, 1, 6, 313, 1, 16, 330, 1, 46,
  376, 116, 1, 377, 1, 6, 383, 104, 1, 385, 50, 1, 386, 1, 4, 390, 44, 1, 391, 0, 1, 393, 42, 2,
  395, 0, 1, 398, 32, 1, 399, 38, 1, 400, 40, 1, 401, 0, 1, 403, 42, 1, 404, 46, 1, 406, 52, 1,
  407, 48, 1, 408, 0, 1, 412, 52, 1, 413, 54, 1, 415, 56, 1, 416, 1, 6, 422, 60, 1, 423, 0, 1,
  425, 60, 1, 428, 0, 1, 430, 60, 1, 431, 0, 1, 433, 58, 2, 435, 1, 4, 439, 62, 1, 440, 0, 1,
  444, 0, 1, 452, 2, 1, 453, 0, 1, 455, 2, 1, 456, 0, 1, 458, 2, 1, 459, 1, 18, 478, 1, 18,
  497, 2, 1, 498, 1, 4, 502, 122, 1, 503, 134, 1, 504, 1, 40, 544, 110, 1, 546, 1, 18, 570, 70, 1,
  571, 0, 1, 573, 108, 1, 574, 68, 1, 577, 0, 1, 579, 106, 1, 580, 28, 1, 581, 30, 1, 582, 1, 10,
  837, 36, 1, 880, 1, 4, 886, 0, 1, 902, 18, 1, 904, 16, 3, 908, 26, 1, 910, 24, 2, 913, 14, 17,
  931, 14, 9, 962, 0, 1, 975, 4, 1, 976, 140, 1, 977, 142, 1, 981, 146, 1, 982, 144, 1, 984, 1, 24,
  1008, 136, 1, 1009, 138, 1, 1012, 130, 1, 1013, 128, 1, 1015, 0, 1, 1017, 152, 1, 1018, 0, 1, 1021, 110, 3,
  1024, 34, 16, 1040, 14, 32, 1120, 1, 34, 1162, 1, 54, 1216, 6, 1, 1217, 1, 14, 1232, 1, 88, 1329, 22, 38,
  4256, 66, 38, 4295, 66, 1, 4301, 66, 1, 7680, 1, 150, 7835, 132, 1, 7838, 96, 1, 7840, 1, 96, 7944, 150, 8,
  7960, 150, 6, 7976, 150, 8, 7992, 150, 8, 8008, 150, 6, 8025, 151, 8, 8040, 150, 8, 8072, 150, 8, 8088, 150, 8,
  8104, 150, 8, 8120, 150, 2, 8122, 126, 2, 8124, 148, 1, 8126, 100, 1, 8136, 124, 4, 8140, 148, 1, 8152, 150, 2,
  8154, 120, 2, 8168, 150, 2, 8170, 118, 2, 8172, 152, 1, 8184, 112, 2, 8186, 114, 2, 8188, 148, 1, 8486, 98, 1,
  8490, 92, 1, 8491, 94, 1, 8498, 12, 1, 8544, 8, 16, 8579, 0, 1, 9398, 10, 26, 11264, 22, 47, 11360, 0, 1,
  11362, 88, 1, 11363, 102, 1, 11364, 90, 1, 11367, 1, 6, 11373, 84, 1, 11374, 86, 1, 11375, 80, 1, 11376, 82, 1,
  11378, 0, 1, 11381, 0, 1, 11390, 78, 2, 11392, 1, 100, 11499, 1, 4, 11506, 0, 1, 42560, 1, 46, 42624, 1, 24,
  42786, 1, 14, 42802, 1, 62, 42873, 1, 4, 42877, 76, 1, 42878, 1, 10, 42891, 0, 1, 42893, 74, 1, 42896, 1, 4,
  42912, 1, 10, 42922, 72, 1, 65313, 14, 26,
];

/** sqlite3Fts5UnicodeFold's aiOff: the offset that maps an upper-case code point to lower case. */
const FOLD_OFFSETS = [
  1, 2, 8, 15, 16, 26, 28, 32, 37, 38, 40, 48, 63, 64, 69, 71, 79, 80, 116, 202,
  203, 205, 206, 207, 209, 210, 211, 213, 214, 217, 218, 219, 775, 7264, 10792, 10795, 23228, 23256, 30204, 54721,
  54753, 54754, 54756, 54787, 54793, 54809, 57153, 57274, 57921, 58019, 58363, 61722, 65268, 65341, 65373, 65406, 65408, 65410, 65415, 65424,
  65436, 65439, 65450, 65462, 65472, 65476, 65478, 65480, 65482, 65488, 65506, 65511, 65514, 65521, 65527, 65528, 65529,
];

/** Decoded TOKEN_RANGES: first and last code point of each range, ascending. */
let tokenRangeFirst: number[] = [];
let tokenRangeLast: number[] = [];

function decodeTokenRanges(): void {
  if (tokenRangeFirst.length > 0) {
    return;
  }
  const first: number[] = [];
  const last: number[] = [];
  let next = 0;
  for (const pair of TOKEN_RANGES.split(' ')) {
    const [gap, length] = pair.split('.').map((part) => parseInt(part, 36));
    const start = next + (gap ?? 0);
    first.push(start);
    last.push(start + (length ?? 1) - 1);
    next = start + (length ?? 1);
  }
  tokenRangeFirst = first;
  tokenRangeLast = last;
}

/** Index of the last entry of `sorted` that is ≤ `value`, or -1. */
function lastAtOrBelow(sorted: readonly number[], value: number, stride = 1): number {
  let low = 0;
  let high = Math.floor(sorted.length / stride) - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle * stride] ?? 0) <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** True when unicode61 keeps `codePoint` inside a token (fts5UnicodeIsAlnum). */
export function unicode61IsTokenChar(codePoint: number): boolean {
  if (codePoint < 128) {
    return (codePoint >= 48 && codePoint <= 57) || (codePoint >= 65 && codePoint <= 90) || (codePoint >= 97 && codePoint <= 122);
  }
  decodeTokenRanges();
  const index = lastAtOrBelow(tokenRangeFirst, codePoint);
  return index >= 0 && codePoint <= (tokenRangeLast[index] ?? -1);
}

/**
 * True for the combining marks that unicode61 keeps inside a token although they are separators
 * on their own (sqlite3Fts5UnicodeIsdiacritic): a mark that starts a token is dropped.
 */
export function unicode61IsDiacritic(codePoint: number): boolean {
  if (codePoint < 768 || codePoint > 817) {
    return false;
  }
  const bit = codePoint < 800 ? (0x08029fdf >>> (codePoint - 768)) & 1 : (0x000361f8 >>> (codePoint - 800)) & 1;
  return bit === 1;
}

/** fts5_remove_diacritic with bComplex=1: the base letter, or 0 for a diacritic mark. */
function removeDiacritic(codePoint: number): number {
  const key = (codePoint << 3) | 7;
  const index = Math.max(0, lastAtOrBelow(DIACRITIC_KEYS, key));
  const entry = DIACRITIC_KEYS[index] ?? 0;
  return codePoint > (entry >> 3) + (entry & 7) ? codePoint : (DIACRITIC_BASES[index] ?? 0) & 0x7f;
}

/**
 * sqlite3Fts5UnicodeFold with remove_diacritics=2: lower case by SQLite's own simple case table
 * (ß stays ß, Σ becomes σ, ς becomes σ, İ becomes i), then Latin diacritics removed. Returns 0
 * for a mark that disappears. Greek and Cyrillic accents are not Latin and stay.
 */
export function unicode61Fold(codePoint: number): number {
  if (codePoint < 128) {
    return codePoint >= 65 && codePoint <= 90 ? codePoint + 32 : codePoint;
  }
  if (codePoint < 65536) {
    let folded = codePoint;
    const rule = lastAtOrBelow(FOLD_RULES, codePoint, 3);
    const first = FOLD_RULES[rule * 3] ?? 0;
    const flags = FOLD_RULES[rule * 3 + 1] ?? 0;
    const length = FOLD_RULES[rule * 3 + 2] ?? 0;
    if (rule >= 0 && codePoint < first + length && (0x01 & flags & (first ^ codePoint)) === 0) {
      folded = (codePoint + (FOLD_OFFSETS[flags >> 1] ?? 0)) & 0xffff;
    }
    return removeDiacritic(folded);
  }
  // Deseret, the only astral script SQLite's table folds.
  return codePoint >= 66560 && codePoint < 66600 ? codePoint + 40 : codePoint;
}
