/**
 * Reading export JSON by hand, for every JSON chat reader (Slack, Telegram, Discord, Messenger,
 * Teams, Wickr, mapped exports). Exports are untrusted and change shape between versions, so
 * every field is checked where it is read and a missing field or one of another type reads as
 * absent: one odd record can never throw. Accessors take `null` for a record that is itself
 * absent (`recordField(message, 'call')`), so a chain of optional objects needs no guards.
 */

/** A JSON object (not an array, not null). */
export type JsonRecord = Record<string, unknown>;

/** True for a JSON object; arrays and null are not records. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a JSON object, else null. */
export function asRecord(value: unknown): JsonRecord | null {
  return isRecord(value) ? value : null;
}

/** The field when it is a string, else ''. */
export function stringField(record: JsonRecord | null, key: string): string {
  const value = record?.[key];
  return typeof value === 'string' ? value : '';
}

/**
 * The field as text when exports write it as a string or a number (Telegram `id: 3645`,
 * `from_id: "user1"`, Wickr's `msg_ts`); '' when absent or of another type. Numbers beyond 2^53
 * have already lost digits in JSON.parse, which is why Discord and Slack write their ids as strings.
 */
export function textField(record: JsonRecord | null, key: string): string {
  const value = record?.[key];
  if (typeof value === 'string') {
    return value;
  }
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** The field when it is a finite number, or a string holding one ("1652135033"); else null. */
export function numberField(record: JsonRecord | null, key: string): number | null {
  const value = record?.[key];
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : null;
  }
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value.trim())) {
    return Number(value.trim());
  }
  return null;
}

/** The field when it is a boolean, else null. */
export function booleanField(record: JsonRecord | null, key: string): boolean | null {
  const value = record?.[key];
  return typeof value === 'boolean' ? value : null;
}

/** The field when it is an array, else []. */
export function arrayField(record: JsonRecord | null, key: string): unknown[] {
  const value = record?.[key];
  return Array.isArray(value) ? value : [];
}

/** The strings of an array field; [] when absent. Entries of other types are skipped. */
export function stringListField(record: JsonRecord | null, key: string): string[] {
  return arrayField(record, key).filter((entry): entry is string => typeof entry === 'string');
}

/** The field when it is an object, else null. */
export function recordField(record: JsonRecord | null, key: string): JsonRecord | null {
  return asRecord(record?.[key]);
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
