/**
 * What a cell's number format makes of its number: a date, a time, a percentage, text, or a plain
 * number. Only the kind matters here (the text keeps ISO dates and plain numbers, which search
 * well); the exact display (thousands separators, currency symbols) is not reproduced.
 *
 * Built-in formats have ids without a code in styles.xml: 14–22 and 45–47 are dates and times in
 * every locale, 27–36 and 50–58 are dates in East Asian locales. Custom codes are dates when they
 * use d, m, y, h or s outside quoted text, escapes and [colour]/[$currency-locale] brackets.
 */
import type { DateKind } from './excel-dates.js';

/** What a number format makes of a number. */
export type NumberFormatKind = DateKind | 'percent' | 'text' | 'number';

const BUILTIN_KINDS: Record<number, NumberFormatKind> = {
  9: 'percent', 10: 'percent',
  14: 'date', 15: 'date', 16: 'date', 17: 'date', 18: 'time', 19: 'time', 20: 'time', 21: 'time', 22: 'datetime',
  27: 'date', 28: 'date', 29: 'date', 30: 'date', 31: 'date', 32: 'time', 33: 'time', 34: 'time', 35: 'time', 36: 'date',
  45: 'time', 46: 'elapsed', 47: 'time', 49: 'text',
  50: 'date', 51: 'date', 52: 'date', 53: 'date', 54: 'date', 55: 'time', 56: 'time', 57: 'date', 58: 'date',
};

/** The kind of a format code ('General', 'yyyy-mm-dd', '0.00%', '[h]:mm'…). */
export function kindOfFormatCode(code: string): NumberFormatKind {
  // Only the first section (positive numbers) decides: "0;-0;\"zero\"" is a number format.
  const first = code.split(';')[0] ?? '';
  const elapsed = /\[(h+|m+|s+)\]/i.test(first);
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (/general/i.test(bare) && !/[dyhs]/i.test(bare.replace(/general/gi, ''))) {
    return 'number';
  }
  if (elapsed) {
    return 'elapsed';
  }
  const hasDate = /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
  const hasTime = /[hs]/i.test(bare) || /AM\/PM|A\/P/i.test(bare);
  if (hasDate && hasTime) {
    return 'datetime';
  }
  if (hasDate) {
    return 'date';
  }
  if (hasTime) {
    return 'time';
  }
  if (bare.includes('%')) {
    return 'percent';
  }
  if (bare.trim() === '@') {
    return 'text';
  }
  return 'number';
}

/** The kind of a numFmtId, using the workbook's own codes first (they may redefine built-in ids). */
export function kindOfNumberFormat(id: number, customCodes: ReadonlyMap<number, string>): NumberFormatKind {
  const code = customCodes.get(id);
  if (code !== undefined) {
    return kindOfFormatCode(code);
  }
  return BUILTIN_KINDS[id] ?? 'number';
}
