/**
 * Small type guards for reading export JSON by hand. Exports are untrusted and change shape
 * between versions, so every field is checked where it is read and a wrong type reads as absent.
 *
 * Lives in slack/ only because the chat readers were written folder by folder; it serves every
 * JSON chat reader and belongs in main/core/chat/ once that folder is open to it.
 */

/** A JSON object (not an array, not null). */
export type JsonRecord = Record<string, unknown>;

/** True for a JSON object; arrays and null are not records. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field when it is a string, else ''. */
export function stringField(record: JsonRecord, key: string): string {
  const value = record[key];
  return typeof value === 'string' ? value : '';
}

/**
 * An id that exports write as a string or a number (Telegram `id: 3645`, `from_id: "user1"`),
 * as a string; '' when absent or of another type. Numbers beyond 2^53 have already lost digits
 * in JSON.parse, which is why Discord and Slack write theirs as strings.
 */
export function idField(record: JsonRecord, key: string): string {
  const value = record[key];
  if (typeof value === 'string') {
    return value;
  }
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** The field when it is a finite number, or a string holding one ("1652135033"); else null. */
export function numberField(record: JsonRecord, key: string): number | null {
  const value = record[key];
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : null;
  }
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value.trim())) {
    return Number(value.trim());
  }
  return null;
}

/** The field when it is an array, else []. */
export function arrayField(record: JsonRecord, key: string): unknown[] {
  const value = record[key];
  return Array.isArray(value) ? value : [];
}

/** The field when it is an object, else null. */
export function recordField(record: JsonRecord, key: string): JsonRecord | null {
  const value = record[key];
  return isRecord(value) ? value : null;
}

/** The last segment of a slash- or backslash-separated path ("photos/a.jpg" → "a.jpg"). */
export function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(cut + 1) : path;
}

/** What a JSON value is, for a problem message ("an array", "null", "a string"). */
export function jsonTypeName(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
