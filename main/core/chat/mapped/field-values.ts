/**
 * Values out of a mapped record. In JSON a field is a path ("from.name", "photos[].file": `[]`
 * takes the field from every element of an array); the value may be a string, a number, an array
 * of pieces (Telegram writes formatted text as strings and {"type", "text"} objects) or missing.
 * Every read is a lookup in parsed data; nothing is evaluated.
 */
import { asRecord } from '../json-fields.js';

/** Splits a path into its keys; a key ending in "[]" means "every element of this array". */
export function parseFieldPath(path: string): string[] {
  return path.split('.').map((key) => key.trim());
}

/** The value at `path` in `record`; an array when the path goes through "[]"; undefined when absent. */
export function valueAt(record: unknown, path: readonly string[]): unknown {
  let values: unknown[] = [record];
  let spread = false;
  for (const segment of path) {
    const each = segment.endsWith('[]');
    const key = each ? segment.slice(0, -2) : segment;
    const next: unknown[] = [];
    for (const value of values) {
      const target = key === '' ? value : asRecord(value)?.[key] ?? (Array.isArray(value) && /^\d+$/.test(key) ? value[Number(key)] : undefined);
      if (each) {
        if (Array.isArray(target)) {
          next.push(...target);
        }
      } else if (target !== undefined) {
        next.push(target);
      }
    }
    spread ||= each;
    values = next;
  }
  return spread ? values : values[0];
}

/** A value as text: strings as they are, numbers and booleans printed, text pieces joined. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (Array.isArray(value)) {
    return value.map((piece) => (asRecord(piece) ? valueText(asRecord(piece)?.['text']) : valueText(piece))).join('');
  }
  return '';
}

/** A value as a list: array elements, or a CSV cell split at `separator`; blanks dropped. */
export function valueList(value: unknown, separator: string | null): string[] {
  const items = Array.isArray(value) ? value.map(valueText) : separator === null ? [valueText(value)] : valueText(value).split(separator);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}
