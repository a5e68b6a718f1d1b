/**
 * How the packet check compares text read back from a PDF with the text it expects. pdf.js does
 * not give back the characters exactly as they were drawn: it splits and joins lines, puts a
 * newline (or nothing) where a long word was broken between lines, turns ligatures into
 * presentation forms, and may keep format characters that the layout dropped. Both sides are
 * therefore folded the same way before they are compared, towards finding more, never fewer:
 *
 * - NFKC (a ligature "ﬁ" reads "fi", a full-width "Ａ" reads "A");
 * - format characters (soft hyphen, zero-width space, direction marks, joiners) removed;
 * - lower case, so a leak is found whatever its case;
 * - all white space removed ("squeezed"), so "Dana\nSmith", "Dana  Smith" and a word broken
 *   without a hyphen at a line end all still match;
 * - the ellipsis "…" kept as one character (NFKC would make it "..."): the layout ends every
 *   shortened title with one, and "Dana Sm…" must not read as a sentence ending "Sm.".
 *
 * Squeezing can make a match across a word boundary ("ann" + "ex" in "Ann exhibit"). The checks
 * that count occurrences count them the same way in the text that is meant to be printed, so
 * such matches cancel out; that is also why counting needs at least MIN_COUNTED_LENGTH
 * characters.
 *
 * Pure.
 */

/** Below this many characters (after folding) a hidden string is too common to count: see verify-redactions.ts. */
export const MIN_COUNTED_LENGTH = 3;

const FORMAT_CHARACTERS = /\p{Cf}/gu;
const ELLIPSIS = /\u2026/g;
/** A private-use character NFKC leaves alone. */
const KEPT_ELLIPSIS = '\uE000';
const WHITE_SPACE = /\s+/gu;

/** `text` as the checks compare it: NFKC, no format characters, lower case, no white space. */
export function foldForMatch(text: string): string {
  return text.replace(ELLIPSIS, KEPT_ELLIPSIS).normalize('NFKC').replace(FORMAT_CHARACTERS, '').toLowerCase().replace(WHITE_SPACE, '');
}

/**
 * `text` folded like `foldForMatch` but with each run of white space kept as one space: for
 * matching whole words. Squeezed text finds "here" in "where" and "there" in "the records",
 * which is harmless where occurrences are counted against the text meant to be printed (both
 * sides match the same way) but not where any occurrence is a leak.
 */
export function foldKeepingSpaces(text: string): string {
  return text.replace(ELLIPSIS, KEPT_ELLIPSIS).normalize('NFKC').replace(FORMAT_CHARACTERS, '').toLowerCase().replace(WHITE_SPACE, ' ').trim();
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether `needle` occurs in `haystack` (both from foldKeepingSpaces) as whole words: an end of
 * the needle that is a letter or digit must not continue into a letter or digit of the haystack.
 */
export function containsWords(haystack: string, needle: string): boolean {
  if (needle === '') {
    return false;
  }
  const startsWord = WORD_CHARACTER.test(needle.charAt(0));
  const endsWord = WORD_CHARACTER.test(needle.charAt(needle.length - 1));
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = at === 0 ? '' : haystack.charAt(at - 1);
    const after = haystack.charAt(at + needle.length);
    if ((!startsWord || !WORD_CHARACTER.test(before)) && (!endsWord || !WORD_CHARACTER.test(after))) {
      return true;
    }
  }
  return false;
}

/**
 * Occurrences of `needle` in `haystack`, overlapping ones included ("aa" occurs twice in "aaa"),
 * both already folded. An empty needle occurs nowhere.
 */
export function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') {
    return 0;
  }
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    count += 1;
  }
  return count;
}

/** For messages: the text on one line, cut to `max` characters with an ellipsis. */
export function quoteForMessage(text: string, max = 80): string {
  const line = text.replace(WHITE_SPACE, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`;
}
