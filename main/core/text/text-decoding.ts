/**
 * Bytes of unknown encoding to text, for plain-text files, CSV exports and text attachments.
 *
 * The order of evidence, strongest first:
 * 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 * 2. the NUL pattern of BOM-less UTF-16 (ASCII in UTF-16 is also valid UTF-8, so this comes first);
 * 3. valid UTF-8 (or UTF-8 with a few damaged bytes among many good sequences);
 * 4. jschardet's statistical guess, taken only above a confidence floor: legacy code pages such
 *    as IBM866 (DOS Cyrillic) or windows-1256 have no marker, and only letter statistics tell them
 *    apart;
 * 5. windows-1252, the code page office machines wrote most plain text in, which maps every byte.
 *
 * Detection looks at a bounded sample (the regions around non-ASCII bytes), and decoding can stop
 * after a number of characters, so a 100 MB one-line file costs bounded time and memory.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { chardet } from 'jschardet';
import { decodeCharset, normaliseCharset } from '../mail/mime/charset.js';

/**
 * A canonical lowercase encoding name: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', and for
 * detected code pages the name iconv-lite decodes them by ('ibm866', 'windows-1256', 'iso-8859-6',
 * 'shift_jis'…).
 */
export type TextEncodingName = string;

/** What the choice of encoding rests on, strongest first. */
export type EncodingBasis = 'bom' | 'utf-16-pattern' | 'valid-utf-8' | 'mostly-utf-8' | 'detected' | 'fallback';

/** Decoded text, the encoding it was read in, and on what evidence. */
export type DecodedText = {
  text: string;
  encoding: TextEncodingName;
  basis: EncodingBasis;
  /** True when decoding stopped at `maxChars` and the rest of the bytes were not read. */
  truncated: boolean;
};

/** The encoding to read bytes in, why, and the length of a BOM to skip. */
export type EncodingGuess = { encoding: TextEncodingName; basis: EncodingBasis; bomLength: number };

/** Bounds and thresholds for decodeText. */
export type DecodeOptions = {
  /** Decode at most this many characters (roughly: the byte prefix is cut to fit). */
  maxChars?: number;
  /** Confidence jschardet must reach before its guess is taken over windows-1252. */
  minConfidence?: number;
};

/** Below this, jschardet's guesses for short or mostly-ASCII texts are noise (0.005–0.2 for plain windows-1252). */
const DEFAULT_MIN_CONFIDENCE = 0.3;
/** Bytes handed to jschardet: enough for its statistics, small enough to stay fast. */
const SAMPLE_BYTES = 64 * 1024;
/** Bytes scanned when judging whether damaged UTF-8 is still UTF-8. */
const UTF8_SCAN_BYTES = 16 * 1024 * 1024;

/** Names people know these code pages by (the WHATWG labels), where iconv-lite's differ. */
const DISPLAY_NAMES: Record<string, string> = { cp866: 'ibm866', cp1125: 'ibm1125' };

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The byte-order mark at the start, if any. */
export function byteOrderMark(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: 'utf-16le', length: 2 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: 'utf-16be', length: 2 };
  }
  return null;
}

/** 'utf-16le' or 'utf-16be' when the first bytes have the NULs of mostly-Latin UTF-16 without a BOM. */
export function utf16Pattern(bytes: Uint8Array): TextEncodingName | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 8) {
    return null;
  }
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) {
      evenZeros++;
    }
    if (bytes[i + 1] === 0) {
      oddZeros++;
    }
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
    return 'utf-16le';
  }
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
    return 'utf-16be';
  }
  return null;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and bytes that fit no sequence, in the first
 * `limit` bytes. A file of real UTF-8 with a few damaged bytes has many of the first and few of
 * the second; a legacy code page has mostly the second.
 */
export function utf8Evidence(bytes: Uint8Array, limit = UTF8_SCAN_BYTES): { sequences: number; invalid: number } {
  const end = Math.min(bytes.length, limit);
  let sequences = 0;
  let invalid = 0;
  let i = 0;
  while (i < end) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) {
      ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    }
    if (ok) {
      sequences++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { sequences, invalid };
}

/**
 * Up to `maxBytes` of the input for a statistical detector: the stretches around non-ASCII bytes,
 * because a mostly-ASCII file's evidence is all there. Each stretch starts and ends at a byte below
 * 0x40 (space, digits, punctuation, line ends), which no double-byte code page uses as a trail byte.
 */
export function detectionSample(bytes: Uint8Array, maxBytes = SAMPLE_BYTES): Uint8Array {
  if (bytes.length <= maxBytes) {
    return bytes;
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  let i = 0;
  while (i < bytes.length && total < maxBytes) {
    let high = i;
    while (high < bytes.length && (bytes[high] ?? 0) < 0x80) {
      high++;
    }
    if (high >= bytes.length) {
      break;
    }
    let start = Math.max(i, high - 256);
    while (start < high && (bytes[start] ?? 0) >= 0x40) {
      start++;
    }
    let end = Math.min(bytes.length, high + 2048, high + (maxBytes - total));
    const stretchEnd = Math.min(bytes.length, end + 16);
    while (end < stretchEnd && (bytes[end] ?? 0) >= 0x40) {
      end++;
    }
    parts.push(bytes.subarray(start, end));
    total += end - start;
    i = end;
  }
  return parts.length === 0 ? bytes.subarray(0, maxBytes) : Buffer.concat(parts);
}

function displayName(name: string): string {
  return DISPLAY_NAMES[name] ?? name;
}

/** The encoding name iconv-lite can decode for a label, or null when it cannot. */
export function decodableEncoding(label: string): TextEncodingName | null {
  const name = normaliseCharset(label);
  if (name === '' || name === 'us-ascii') {
    return null;
  }
  if (name === 'utf-8' || name === 'utf-16le' || name === 'utf-16be') {
    return name;
  }
  try {
    return iconv.encodingExists(name) ? displayName(name) : null;
  } catch {
    return null;
  }
}

/** jschardet's best guess that iconv-lite can decode and that reaches `minConfidence`, or null. */
export function guessLegacyEncoding(bytes: Uint8Array, minConfidence = DEFAULT_MIN_CONFIDENCE): TextEncodingName | null {
  const sample = detectionSample(bytes);
  // EBCDIC is excluded: text on an officer's disk is never mainframe text, and its guesses are noise.
  const era = chardet.EncodingEra;
  const candidates = chardet.detectAll(sample, { encodingEra: era.MODERN_WEB | era.LEGACY_ISO | era.LEGACY_MAC | era.LEGACY_REGIONAL | era.DOS });
  for (const candidate of candidates) {
    if (candidate.encoding === null || candidate.confidence < minConfidence) {
      continue;
    }
    const encoding = decodableEncoding(candidate.encoding);
    if (encoding !== null && encoding !== 'utf-8') {
      return encoding;
    }
  }
  return null;
}

/** Which encoding to read bytes in, and why; see the file header for the order of evidence. */
export function guessEncoding(bytes: Uint8Array, minConfidence = DEFAULT_MIN_CONFIDENCE): EncodingGuess {
  const bom = byteOrderMark(bytes);
  if (bom) {
    return { encoding: bom.encoding, basis: 'bom', bomLength: bom.length };
  }
  const utf16 = utf16Pattern(bytes);
  if (utf16) {
    return { encoding: utf16, basis: 'utf-16-pattern', bomLength: 0 };
  }
  const buffer = asBuffer(bytes);
  if (isUtf8(buffer)) {
    return { encoding: 'utf-8', basis: 'valid-utf-8', bomLength: 0 };
  }
  const evidence = utf8Evidence(bytes);
  if (evidence.sequences >= 8 && evidence.invalid * 50 <= evidence.sequences) {
    return { encoding: 'utf-8', basis: 'mostly-utf-8', bomLength: 0 };
  }
  const guessed = guessLegacyEncoding(bytes, minConfidence);
  if (guessed) {
    return { encoding: guessed, basis: 'detected', bomLength: 0 };
  }
  return { encoding: 'windows-1252', basis: 'fallback', bomLength: 0 };
}

/** The longest prefix of at most `maxBytes` that does not end inside a UTF-8 or UTF-16 character. */
function cutPrefix(bytes: Uint8Array, encoding: TextEncodingName, maxBytes: number): Uint8Array {
  if (bytes.length <= maxBytes) {
    return bytes;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    let end = maxBytes & ~1;
    // Do not split a surrogate pair: a high surrogate's second byte is D8–DB.
    const high = encoding === 'utf-16le' ? bytes[end - 1] : bytes[end - 2];
    if (high !== undefined && high >= 0xd8 && high <= 0xdb) {
      end -= 2;
    }
    return bytes.subarray(0, end);
  }
  if (encoding === 'utf-8') {
    let end = maxBytes;
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) {
      end--;
    }
    return bytes.subarray(0, end);
  }
  return bytes.subarray(0, maxBytes);
}

/** Decodes bytes in a known encoding (BOM not included), replacing what does not decode with U+FFFD. */
export function decodeIn(bytes: Uint8Array, encoding: TextEncodingName): string {
  const buffer = asBuffer(bytes);
  if (encoding === 'utf-8') {
    return buffer.toString('utf8');
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    return new TextDecoder(encoding).decode(buffer);
  }
  return decodeCharset(buffer, encoding).text;
}

/**
 * Decodes bytes of unknown encoding. Never throws: the weakest reading is windows-1252, which maps
 * every byte. A UTF-8 BOM is not part of the text.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const guess = guessEncoding(bytes, options.minConfidence);
  const body = bytes.subarray(guess.bomLength);
  const maxChars = options.maxChars ?? Infinity;
  // One character takes two bytes in UTF-16 and at least one in every other encoding here.
  const maxBytes = Number.isFinite(maxChars) ? maxChars * (guess.encoding.startsWith('utf-16') ? 2 : 1) : Infinity;
  const prefix = cutPrefix(body, guess.encoding, maxBytes);
  let text = decodeIn(prefix, guess.encoding);
  if (text.length > maxChars) {
    text = text.slice(0, maxChars);
  }
  return { text, encoding: guess.encoding, basis: guess.basis, truncated: prefix.length < body.length };
}
