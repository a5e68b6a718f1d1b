/**
 * Local wall-clock time in an IANA zone to ISO 8601 with its offset. WhatsApp exports carry no
 * zone, so the officer names one; Intl knows the zone rules, so no date library is needed.
 * Exports that do carry instants (Slack, Telegram, SMS backups) are shown in the same zone.
 */

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone; callers check the zone first with isValidTimeZone.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when Intl knows the zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC, in milliseconds, at the instant `epochMs`. */
function offsetAt(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') {parts[part.type] = Number(part.value);}
  }
  const asUtc = Date.UTC(
    parts['year'] ?? 0,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** True when the fields name a real calendar date and time (no 31 February, no 25:00). */
export function isRealWallClock(w: WallClock): boolean {
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.hour > 23 || w.minute > 59 || w.second > 59) {return false;}
  const probe = new Date(Date.UTC(w.year, w.month - 1, w.day));
  return probe.getUTCDate() === w.day && probe.getUTCMonth() === w.month - 1;
}

/**
 * ISO 8601 (`2021-01-01T10:00:00-05:00`) for a wall-clock time in `timeZone`, or null when the
 * fields are not a real date. A time skipped by a spring-forward change comes out as the instant
 * the clock would show after the jump, which is what the phone would have recorded.
 */
export function wallClockToIso(w: WallClock, timeZone: string): string | null {
  if (!isRealWallClock(w)) {return null;}
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Two passes: the first offset may belong to the other side of a DST change.
  const firstOffset = offsetAt(guess, timeZone);
  let instant = guess - firstOffset;
  const secondOffset = offsetAt(instant, timeZone);
  if (secondOffset !== firstOffset) {instant = guess - secondOffset;}
  return formatInstant(instant, timeZone);
}

/**
 * ISO 8601 for an instant (Slack's ts, an SMS's milliseconds) as the clock in `timeZone` showed
 * it, with that offset; null for a non-finite or out-of-range instant. Milliseconds are dropped:
 * no export shows them to its user.
 */
export function epochToIso(epochMs: number, timeZone: string): string | null {
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) {return null;}
  return formatInstant(Math.floor(epochMs / 1000) * 1000, timeZone);
}

function formatInstant(instant: number, timeZone: string): string {
  const offset = offsetAt(instant, timeZone);
  const local = new Date(instant + offset);
  const offsetMinutes = Math.round(offset / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
