/**
 * Reading fields out of a parsed JSON record without trusting its shape: every accessor returns
 * a safe default when the field is missing or of another type, so one odd record cannot throw.
 */

export type JsonObject = Record<string, unknown>;

/** The value as an object, or null for anything else (arrays included). */
export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

/** A string field ('' when missing); numbers are written as they would print. */
export function text(record: JsonObject | null, key: string): string {
  const value = record?.[key];
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** A number field, also from a numeric string; null when missing or not a number. */
export function number(record: JsonObject | null, key: string): number | null {
  const value = record?.[key];
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value.trim())) {
    return Number(value.trim());
  }
  return null;
}

/** A boolean field; null when missing or not a boolean. */
export function flag(record: JsonObject | null, key: string): boolean | null {
  const value = record?.[key];
  return typeof value === 'boolean' ? value : null;
}

/** The strings of an array field; [] when missing. Non-strings are skipped. */
export function strings(record: JsonObject | null, key: string): string[] {
  const value = record?.[key];
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}
