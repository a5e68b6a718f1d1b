/**
 * Timestamps as an officer describes them in a chat mapping: 'iso', 'epoch-s', 'epoch-ms', or a
 * pattern such as 'DD/MM/YYYY HH:mm:ss' or 'M/D/YY h:mm a'. A pattern is compiled once into an
 * anchored regular expression built only from fixed pieces (the officer's text never becomes a
 * regular expression itself), so a pattern cannot be made to run slowly or to mean anything else.
 *
 * Tokens (case matters): YYYY YY year (YY is 20YY); MMMM MMM month name (English), MM M month;
 * DD D day; HH H hour 0-23; hh h hour 1-12, which needs A or a (AM/PM, "a.m."); mm m minute;
 * ss s second; SSS fraction of a second; Z offset (Z, +01:00, +0100, UTC). Text in [brackets] is
 * literal; spaces match any run of spaces; other punctuation matches itself.
 */
import { epochToIso, wallClockToIso, type WallClock } from '../zoned-time.js';

type Part = 'year4' | 'year2' | 'monthName' | 'month' | 'day' | 'hour24' | 'hour12' | 'minute' | 'second' | 'fraction' | 'half' | 'offset';

/** A compiled `timestamp.format`: one of the named formats, or a pattern with its regular expression. */
export type TimestampFormat =
  | { kind: 'iso' }
  | { kind: 'epoch-s' }
  | { kind: 'epoch-ms' }
  | { kind: 'pattern'; pattern: string; regex: RegExp; parts: Part[] };

const TOKENS: Array<[string, Part, string]> = [
  ['YYYY', 'year4', '(\\d{4})'],
  ['MMMM', 'monthName', '([A-Za-z]{3,9}\\.?)'],
  ['MMM', 'monthName', '([A-Za-z]{3,9}\\.?)'],
  ['SSS', 'fraction', '(\\d{1,9})'],
  ['YY', 'year2', '(\\d{2})'],
  ['MM', 'month', '(\\d{2})'],
  ['DD', 'day', '(\\d{2})'],
  ['HH', 'hour24', '(\\d{2})'],
  ['hh', 'hour12', '(\\d{2})'],
  ['mm', 'minute', '(\\d{2})'],
  ['ss', 'second', '(\\d{2})'],
  ['ZZ', 'offset', '(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)'],
  ['M', 'month', '(\\d{1,2})'],
  ['D', 'day', '(\\d{1,2})'],
  ['H', 'hour24', '(\\d{1,2})'],
  ['h', 'hour12', '(\\d{1,2})'],
  ['m', 'minute', '(\\d{1,2})'],
  ['s', 'second', '(\\d{1,2})'],
  ['A', 'half', '([AaPp]\\.?\\s?[Mm]\\.?)'],
  ['a', 'half', '([AaPp]\\.?\\s?[Mm]\\.?)'],
  ['Z', 'offset', '(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)'],
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The format for a mapping's `timestamp.format`, or an error saying what is wrong with it. */
export function compileTimestampFormat(format: string): TimestampFormat | { error: string } {
  if (format === 'iso' || format === 'epoch-s' || format === 'epoch-ms') {
    return { kind: format };
  }
  const parts: Part[] = [];
  let source = '^\\s*';
  let i = 0;
  while (i < format.length) {
    const ch = format.charAt(i);
    if (ch === '[') {
      const close = format.indexOf(']', i + 1);
      if (close < 0) {
        return { error: `"[" at position ${i + 1} has no closing "]"` };
      }
      source += escapeLiteral(format.slice(i + 1, close));
      i = close + 1;
      continue;
    }
    if (/\s/.test(ch)) {
      while (i < format.length && /\s/.test(format.charAt(i))) {
        i++;
      }
      source += '\\s+';
      continue;
    }
    const token = TOKENS.find(([name]) => format.startsWith(name, i));
    if (token) {
      const [name, part, piece] = token;
      if (parts.includes(part) || (part.startsWith('year') && parts.some((p) => p.startsWith('year'))) || (part.startsWith('hour') && parts.some((p) => p.startsWith('hour'))) || (part.startsWith('month') && parts.some((p) => p.startsWith('month')))) {
        return { error: `"${name}" repeats a part already in the pattern` };
      }
      parts.push(part);
      source += piece;
      i += name.length;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      return { error: `"${ch}" at position ${i + 1} is not a known token (put literal text in [brackets])` };
    }
    source += escapeLiteral(ch);
    i++;
  }
  for (const [needed, label] of [['year', 'year (YYYY or YY)'], ['month', 'month (MM, M or MMM)'], ['day', 'day (DD or D)']] as const) {
    if (!parts.some((part) => part.startsWith(needed))) {
      return { error: `the pattern has no ${label}` };
    }
  }
  if (parts.includes('hour12') !== parts.includes('half')) {
    return { error: parts.includes('hour12') ? 'a 12-hour clock (h, hh) needs A or a for AM/PM' : 'A or a (AM/PM) needs a 12-hour clock (h or hh), not H' };
  }
  return { kind: 'pattern', pattern: format, regex: new RegExp(`${source}\\s*$`), parts };
}

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function offsetMinutes(text: string): number {
  if (/^(?:Z|UTC|GMT)$/i.test(text)) {
    return 0;
  }
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (!match) {
    return Number.NaN;
  }
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

type Fields = { wall: WallClock; offset: number | null };

function isoFields(text: string): Fields | null {
  const match = ISO.exec(text);
  if (!match) {
    return null;
  }
  const [, y, mo, d, h, mi, s, , offset] = match;
  return {
    wall: { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(s ?? 0) },
    offset: offset === undefined ? null : offsetMinutes(offset),
  };
}

function patternFields(text: string, format: Extract<TimestampFormat, { kind: 'pattern' }>): Fields | null {
  const match = format.regex.exec(text);
  if (!match) {
    return null;
  }
  const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let offset: number | null = null;
  let pm: boolean | null = null;
  for (const [index, part] of format.parts.entries()) {
    const value = match[index + 1] ?? '';
    switch (part) {
      case 'year4':
        wall.year = Number(value);
        break;
      case 'year2':
        wall.year = 2000 + Number(value);
        break;
      case 'monthName':
        wall.month = MONTHS.indexOf(value.slice(0, 3).toLowerCase()) + 1;
        break;
      case 'month':
        wall.month = Number(value);
        break;
      case 'day':
        wall.day = Number(value);
        break;
      case 'hour24':
        wall.hour = Number(value);
        break;
      case 'hour12':
        wall.hour = Number(value);
        if (wall.hour < 1 || wall.hour > 12) {
          return null;
        }
        break;
      case 'minute':
        wall.minute = Number(value);
        break;
      case 'second':
        wall.second = Number(value);
        break;
      case 'fraction':
        break;
      case 'half':
        pm = /^p/i.test(value);
        break;
      case 'offset':
        offset = offsetMinutes(value);
        break;
    }
  }
  if (pm !== null) {
    wall.hour = (wall.hour % 12) + (pm ? 12 : 0);
  }
  return { wall, offset };
}

/**
 * The ISO time for a raw timestamp, shown in `outZone`. A timestamp with no offset of its own is
 * the wall clock of `wallZone`. Returns null with the reason when the value does not fit.
 */
export function readTimestamp(raw: unknown, format: TimestampFormat, wallZone: string, outZone: string): { iso: string | null; error: string | null } {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (text === '') {
    return { iso: null, error: 'no timestamp' };
  }
  const shown = JSON.stringify(text.slice(0, 60));
  if (format.kind === 'epoch-s' || format.kind === 'epoch-ms') {
    if (!/^-?\d+(?:\.\d+)?$/.test(text)) {
      return { iso: null, error: `${shown} is not a number of ${format.kind === 'epoch-s' ? 'seconds' : 'milliseconds'}` };
    }
    const iso = epochToIso(Number(text) * (format.kind === 'epoch-s' ? 1000 : 1), outZone);
    return { iso, error: iso === null ? `${shown} is out of range` : null };
  }
  const fields = format.kind === 'iso' ? isoFields(text) : patternFields(text, format);
  if (fields === null) {
    return { iso: null, error: `${shown} does not match ${format.kind === 'iso' ? 'ISO 8601' : `"${format.pattern}"`}` };
  }
  const { wall, offset } = fields;
  if (offset !== null) {
    if (Number.isNaN(offset)) {
      return { iso: null, error: `${shown} has an unreadable offset` };
    }
    const probe = wallClockToIso(wall, 'UTC');
    const iso = probe === null ? null : epochToIso(Date.parse(probe) - offset * 60_000, outZone);
    return { iso, error: iso === null ? `${shown} is not a real date` : null };
  }
  const local = wallClockToIso(wall, wallZone);
  if (local === null) {
    return { iso: null, error: `${shown} is not a real date` };
  }
  return { iso: wallZone === outZone ? local : epochToIso(Date.parse(local), outZone), error: null };
}
