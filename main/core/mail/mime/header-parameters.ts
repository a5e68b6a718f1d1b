/**
 * The `; name=value` parameters of Content-Type and Content-Disposition, including RFC 2231
 * continuations (`name*0=`, `name*1*=`) and charset-tagged values (`name*=utf-8'en'%E2%82%AC`).
 *
 * Read leniently, because attachment names are what a reviewer searches for: unquoted values
 * with spaces run to the next ';', a missing closing quote runs to the end, and encoded words
 * inside quoted values (`name="=?utf-8?B?...?="`, forbidden by RFC 2047 but what Outlook and
 * Gmail send) are decoded. Inside quotes only `\\` and `\"` are escapes, so Windows paths keep
 * their backslashes.
 */
import { Buffer } from 'node:buffer';
import { decodeCharset } from './charset.js';
import { decodeEncodedWords } from './encoded-words.js';
import { hexValue } from './quoted-printable.js';

/** Parameters by lower-case name; a Map so that names like `__proto__` stay plain data. */
export type HeaderParameters = Map<string, string>;

type Segment = { index: number; extended: boolean; value: string };

/** Splits `type/subtype; a=b` at the first ';' that is not inside quotes. */
export function splitHeaderValue(text: string): { value: string; parameters: string } {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      quoted = !quoted;
    } else if (ch === '\\' && quoted) {
      i++;
    } else if (ch === ';' && !quoted) {
      return { value: text.slice(0, i).trim(), parameters: text.slice(i + 1) };
    }
  }
  return { value: text.trim(), parameters: '' };
}

function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      return { value, end: i + 1 };
    }
    if (ch === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) {
      value += text[i + 1];
      i++;
      continue;
    }
    value += ch;
  }
  return { value, end: i };
}

/** Percent-decodes RFC 2231 text to bytes; characters outside ASCII are kept as UTF-8. */
function percentBytes(text: string): Uint8Array {
  const raw = Buffer.from(text, 'utf8');
  const out = new Uint8Array(raw.length);
  let o = 0;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i] ?? 0;
    const h1 = byte === 0x25 ? hexValue(raw[i + 1]) : -1;
    const h2 = h1 >= 0 ? hexValue(raw[i + 2]) : -1;
    if (h2 >= 0) {
      out[o++] = (h1 << 4) | h2;
      i += 2;
    } else {
      out[o++] = byte;
    }
  }
  return out.subarray(0, o);
}

function joinSegments(segments: Segment[]): string {
  segments.sort((a, b) => a.index - b.index);
  let charset = '';
  const chunks: Uint8Array[] = [];
  segments.forEach((segment, position) => {
    let value = segment.value;
    if (segment.extended && position === 0) {
      // charset'language'text; a value without both quotes is text in an unknown charset.
      const first = value.indexOf("'");
      const second = first >= 0 ? value.indexOf("'", first + 1) : -1;
      if (second >= 0) {
        charset = value.slice(0, first);
        value = value.slice(second + 1);
      }
    }
    chunks.push(segment.extended ? percentBytes(value) : Buffer.from(value, 'utf8'));
  });
  return decodeCharset(Buffer.concat(chunks), charset).text;
}

/**
 * Parses the text after the first ';' of a header into parameters. Later plain duplicates do
 * not override earlier ones; an RFC 2231 value overrides a plain one of the same name.
 */
export function parseHeaderParameters(text: string): HeaderParameters {
  const plain = new Map<string, string>();
  const extended = new Map<string, Map<number, Segment>>();
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (text[i] === ';' || text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')) {
      i++;
    }
    if (i >= n) {
      break;
    }
    let equals = i;
    while (equals < n && text[equals] !== '=' && text[equals] !== ';') {
      equals++;
    }
    if (equals >= n || text[equals] === ';') {
      // A fragment without '=' (a stray word): skip it.
      i = equals;
      continue;
    }
    const attribute = text.slice(i, equals).trim().toLowerCase();
    i = equals + 1;
    while (i < n && (text[i] === ' ' || text[i] === '\t')) {
      i++;
    }
    let value: string;
    let wasQuoted = false;
    if (text[i] === '"') {
      const quoted = readQuoted(text, i);
      value = quoted.value;
      wasQuoted = true;
      i = quoted.end;
      while (i < n && text[i] !== ';') {
        i++;
      }
    } else {
      const end = text.indexOf(';', i);
      const stop = end < 0 ? n : end;
      value = text.slice(i, stop).trim();
      i = stop;
    }
    if (attribute === '') {
      continue;
    }
    const star = /^(.*?)\*(?:(\d+)(\*)?)?$/.exec(attribute);
    if (star) {
      const base = star[1] ?? '';
      const index = star[2] === undefined ? 0 : Number(star[2]);
      const isExtended = star[2] === undefined || star[3] === '*';
      const segments = extended.get(base) ?? new Map<number, Segment>();
      if (!segments.has(index)) {
        segments.set(index, { index, extended: isExtended, value });
      }
      extended.set(base, segments);
    } else if (!plain.has(attribute)) {
      plain.set(attribute, wasQuoted || value.includes('=?') ? decodeEncodedWords(value) : value);
    }
  }
  for (const [name, segments] of extended) {
    plain.set(name, joinSegments([...segments.values()]));
  }
  return plain;
}
