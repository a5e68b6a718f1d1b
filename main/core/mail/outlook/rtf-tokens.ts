/**
 * Splits RTF bytes into tokens ([MSFT-RTF] 1.9.1, "RTF syntax"). Works on bytes, not text,
 * because RTF is 7-bit syntax around text runs in the document's code page (and raw 8-bit bytes
 * do occur): decoding happens later, when the reader knows which font's code page applies.
 *
 * Linear and bounded: one pass, no backtracking, \binN skips at most the bytes that remain. Text
 * runs are bounded too: a run comes in pieces of at most MAX_TEXT_TOKEN_BYTES, and a "word" (text
 * with no space or tab, across the line breaks RTF ignores) longer than MAX_WORD_BYTES keeps its
 * first MAX_WORD_BYTES; the rest of it is skipped and a `cut` token says how much, so one
 * 100 MB word costs neither the memory to hold it nor the text around it.
 */

export type RtfToken =
  | { kind: 'open' }
  | { kind: 'close' }
  /** A control word such as \par or \u-3913; `param` is null when it has none. */
  | { kind: 'word'; name: string; param: number | null }
  /** A control symbol: a backslash and one non-letter, such as \~ \- \* \\ \{ \}. */
  | { kind: 'symbol'; char: string }
  /** \'hh: one byte in the current code page. */
  | { kind: 'hex'; byte: number }
  /** A run of literal text bytes (CR and LF removed: in RTF they are not text). */
  | { kind: 'text'; bytes: Uint8Array }
  /** The rest of a word longer than MAX_WORD_BYTES was skipped: `bytes` text bytes. */
  | { kind: 'cut'; bytes: number };

/** A run of text is yielded in pieces of at most this many bytes. */
export const MAX_TEXT_TOKEN_BYTES = 64 * 1024;

/**
 * The longest word kept whole. Words, URLs and even unspaced lines of Chinese or Japanese are far
 * shorter; a longer one is encoded data or an attempt to exhaust the reader.
 */
export const MAX_WORD_BYTES = 1024 * 1024;

const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
/** RTF control words are at most 32 letters and parameters fit in a signed 16/32-bit integer. */
const MAX_WORD = 32;
const MAX_PARAM_DIGITS = 10;

function isLetter(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a);
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

function hexValue(byte: number): number {
  if (isDigit(byte)) {
    return byte - 0x30;
  }
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** Yields the tokens of `rtf` in order. */
export function* rtfTokens(rtf: Uint8Array): Generator<RtfToken> {
  let pos = 0;
  const end = rtf.length;
  /** Text bytes since the last space or tab; line breaks do not end a word, anything else does. */
  let wordBytes = 0;
  while (pos < end) {
    const byte = rtf[pos] ?? 0;
    if (byte === CR || byte === LF) {
      pos++;
      continue;
    }
    if (byte !== BACKSLASH && byte !== OPEN && byte !== CLOSE) {
      let start = pos;
      while (pos < end) {
        const next = rtf[pos] ?? 0;
        if (next === BACKSLASH || next === OPEN || next === CLOSE || next === CR || next === LF) {
          break;
        }
        if (next === SPACE || next === TAB) {
          wordBytes = 0;
        } else if (++wordBytes > MAX_WORD_BYTES) {
          if (pos > start) {
            yield { kind: 'text', bytes: rtf.subarray(start, pos) };
          }
          const skipped = skipWord(rtf, pos);
          pos = skipped.end;
          wordBytes = 0;
          yield { kind: 'cut', bytes: skipped.bytes };
          start = pos;
          continue;
        }
        pos++;
        if (pos - start >= MAX_TEXT_TOKEN_BYTES) {
          yield { kind: 'text', bytes: rtf.subarray(start, pos) };
          start = pos;
        }
      }
      if (pos > start) {
        yield { kind: 'text', bytes: rtf.subarray(start, pos) };
      }
      continue;
    }
    wordBytes = 0;
    if (byte === OPEN) {
      pos++;
      yield { kind: 'open' };
    } else if (byte === CLOSE) {
      pos++;
      yield { kind: 'close' };
    } else {
      pos++;
      const next = rtf[pos];
      if (next === undefined) {
        return;
      }
      if (next === 0x27) {
        // \'hh
        const high = hexValue(rtf[pos + 1] ?? 0);
        const low = hexValue(rtf[pos + 2] ?? 0);
        if (high >= 0 && low >= 0) {
          pos += 3;
          yield { kind: 'hex', byte: (high << 4) | low };
        } else {
          pos += 1;
        }
      } else if (!isLetter(next)) {
        pos++;
        // A backslash before a line break is an old spelling of \par.
        if (next === CR || next === LF) {
          yield { kind: 'word', name: 'par', param: null };
        } else {
          yield { kind: 'symbol', char: String.fromCharCode(next) };
        }
      } else {
        const nameStart = pos;
        while (pos < end && pos - nameStart < MAX_WORD && isLetter(rtf[pos] ?? 0)) {
          pos++;
        }
        const name = String.fromCharCode(...rtf.subarray(nameStart, pos));
        let param: number | null = null;
        const negative = rtf[pos] === 0x2d && isDigit(rtf[pos + 1] ?? 0);
        if (negative) {
          pos++;
        }
        const digitStart = pos;
        while (pos < end && pos - digitStart < MAX_PARAM_DIGITS && isDigit(rtf[pos] ?? 0)) {
          pos++;
        }
        if (pos > digitStart) {
          const digits = Number(String.fromCharCode(...rtf.subarray(digitStart, pos)));
          param = negative ? -digits : digits;
        }
        // One space after a control word is its delimiter, not text.
        if (rtf[pos] === 0x20) {
          pos++;
        }
        if (name === 'bin' && param !== null && param > 0) {
          // Raw binary data follows; it is never text.
          pos = Math.min(end, pos + param);
          continue;
        }
        yield { kind: 'word', name, param };
      }
    }
  }
}

/** Skips the rest of an over-long word from `pos`: up to a space, tab, brace or control, across line breaks. */
function skipWord(rtf: Uint8Array, pos: number): { end: number; bytes: number } {
  let at = pos;
  let bytes = 0;
  while (at < rtf.length) {
    const byte = rtf[at] ?? 0;
    if (byte === SPACE || byte === TAB || byte === BACKSLASH || byte === OPEN || byte === CLOSE) {
      break;
    }
    if (byte !== CR && byte !== LF) {
      bytes++;
    }
    at++;
  }
  return { end: at, bytes };
}
