/**
 * Splitting text into runs that one font can draw, and measuring them.
 *
 * Why: pdf-lib's standard fonts (WinAnsi) throw on any character outside Latin-1, and no single
 * font we ship covers every script. The packet draws each run with the first font that has its
 * glyphs: DejaVu (primary: Latin, Greek, Cyrillic, Hebrew, Arabic, symbols), then Droid Sans
 * Fallback (CJK). Characters neither font has go to the primary font and show as its empty box,
 * which is better than dropping them silently: the reader sees that something was there.
 *
 * Runs are also split where the writing direction changes. fontkit decides the direction of a
 * whole run from its first strong character and reverses the glyphs of right-to-left runs, so a
 * line such as "رقم الطلب FOIA-2024-001" drawn as one run would print the Latin part backwards.
 * Keeping Hebrew/Arabic in runs of their own lets fontkit shape and reverse only those.
 * Full bidirectional reordering (Unicode Bidi Algorithm: the order of runs on a mixed line,
 * right-to-left paragraphs, right alignment) is out of scope: runs are placed left to right in
 * the order they were written.
 *
 * Everything here is pure: fonts come in as glyph probes and measure functions.
 */

/** Which face a piece of text is drawn in: the primary face's weight is chosen by the caller. */
export type TextStyle = 'regular' | 'bold';

/** Width in points of `text` drawn at `size` in `style`, fallback runs included. */
export type MeasureText = (text: string, size: number, style: TextStyle) => number;

export type FontRole = 'primary' | 'fallback';
export type RunDirection = 'ltr' | 'rtl';

export type FontRun = { font: FontRole; direction: RunDirection; text: string };

/** Whether a font has a glyph for a code point (fontkit's `hasGlyphForCodePoint`). */
export type GlyphProbe = (codePoint: number) => boolean;

export type GlyphCoverage = { primary: GlyphProbe; fallback: GlyphProbe };

/** Tabs become this many spaces: the packet uses a proportional font, so tab stops are moot. */
const TAB_AS_SPACES = '    ';

// Line and paragraph separators other than LF (CR, CRLF, NEL, U+2028, U+2029).
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
// C0 controls other than the newline, DEL, and C1 controls. They have no glyph, and some (NUL,
// form feed) confuse PDF viewers' text extraction. Tabs are expanded before this runs.
const CONTROL_CHARACTERS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
// Invisible format characters: soft hyphen, zero-width space, direction marks and embeddings,
// word joiner, byte order mark. Viewers show nothing for them, but DejaVu maps them to its space
// glyph, so drawing them would open gaps inside words. ZWJ and ZWNJ are kept: they steer shaping.
const INVISIBLE_FORMATTING = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// A lone surrogate cannot be encoded in the PDF's ToUnicode map; show the replacement character.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes record text safe to draw: every kind of line break becomes a newline, tabs become
 * spaces, other control characters and invisible formatting characters are removed, and lone
 * surrogates become U+FFFD. Newlines are kept.
 */
export function cleanText(text: string): string {
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(/\t/g, TAB_AS_SPACES)
    .replace(CONTROL_CHARACTERS, '')
    .replace(INVISIBLE_FORMATTING, '')
    .replace(LONE_SURROGATE, '\uFFFD');
}

/** Like `cleanText`, for one-line fields (titles, names): newlines become spaces. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\n+/g, ' ');
}

type CharClass = 'rtl' | 'ltr' | 'neutral' | 'mark';

/** Scripts written right to left: Hebrew, Arabic, Syriac, Thaana, NKo and their extensions. */
function isRightToLeft(cp: number): boolean {
  return (
    (cp >= 0x0590 && cp <= 0x08ff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe) ||
    (cp >= 0x10800 && cp <= 0x10fff) ||
    (cp >= 0x1e800 && cp <= 0x1efff)
  );
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const COMBINING_MARK = /\p{M}/u;
// Arabic-Indic digits sit inside the Arabic block but read left to right, like any number.
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/u;

function classify(char: string, cp: number): CharClass {
  if (COMBINING_MARK.test(char)) {
    return 'mark';
  }
  if (ARABIC_DIGIT.test(char)) {
    return 'ltr';
  }
  if (isRightToLeft(cp)) {
    return 'rtl';
  }
  // Digits count as left to right so that numbers inside Arabic or Hebrew keep their order.
  return LETTER_OR_NUMBER.test(char) ? 'ltr' : 'neutral';
}

/**
 * Gives each character a direction. Spaces and punctuation between two right-to-left characters
 * belong to the right-to-left run (so "مرحبا بالعالم" stays one run); elsewhere they are left to
 * right. Combining marks follow the character they sit on.
 */
function resolveDirections(classes: readonly CharClass[]): RunDirection[] {
  const out: RunDirection[] = new Array<RunDirection>(classes.length);
  let previousStrong: RunDirection = 'ltr';
  for (let i = 0; i < classes.length; i += 1) {
    const kind = classes[i];
    if (kind === 'rtl' || kind === 'ltr') {
      out[i] = kind;
      previousStrong = kind;
    } else if (kind === 'mark') {
      out[i] = i > 0 ? (out[i - 1] ?? 'ltr') : 'ltr';
    } else {
      let next: RunDirection = 'ltr';
      for (let j = i + 1; j < classes.length; j += 1) {
        const ahead = classes[j];
        if (ahead === 'rtl' || ahead === 'ltr') {
          next = ahead;
          break;
        }
      }
      const direction: RunDirection = previousStrong === 'rtl' && next === 'rtl' ? 'rtl' : 'ltr';
      // Fill the whole neutral stretch at once so the look-ahead stays linear overall.
      let k = i;
      while (k < classes.length && (classes[k] === 'neutral' || classes[k] === 'mark')) {
        out[k] = direction;
        k += 1;
      }
      i = k - 1;
    }
  }
  return out;
}

/**
 * Splits `text` into maximal runs that share a font and a direction. A character goes to the
 * primary font if it has the glyph, else to the fallback if that has it, else to the primary.
 * A combining mark stays in its base character's font when that font has the mark, so that
 * accents are not pulled away from their letters.
 */
export function splitFontRuns(text: string, coverage: GlyphCoverage): FontRun[] {
  const chars = Array.from(text);
  if (chars.length === 0) {
    return [];
  }
  const codePoints = chars.map((char) => char.codePointAt(0) ?? 0);
  const classes = chars.map((char, i) => classify(char, codePoints[i] ?? 0));
  const directions = resolveDirections(classes);

  const runs: FontRun[] = [];
  let current: FontRun | null = null;
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] ?? '';
    const cp = codePoints[i] ?? 0;
    const direction = directions[i] ?? 'ltr';
    let font: FontRole;
    if (classes[i] === 'mark' && current !== null && coverage[current.font](cp)) {
      font = current.font;
    } else if (coverage.primary(cp)) {
      font = 'primary';
    } else if (coverage.fallback(cp)) {
      font = 'fallback';
    } else {
      font = 'primary';
    }
    if (current !== null && current.font === font && current.direction === direction) {
      current.text += char;
    } else {
      current = { font, direction, text: char };
      runs.push(current);
    }
  }
  return runs;
}

/** Total width of runs, given the width of one run (which knows the font and size). */
export function measureRuns(runs: readonly FontRun[], measureRun: (run: FontRun) => number): number {
  let width = 0;
  for (const run of runs) {
    width += measureRun(run);
  }
  return width;
}
