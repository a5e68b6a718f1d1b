/**
 * The three ways a Wickr retention record writes time. `msg_ts` is the server's epoch time in
 * seconds with microseconds ("1691176258.901277") and is the instant used. `time_iso`
 * ("2023-08-04 19:10:58.901") is the same instant in UTC, as AWS's examples show. `time`, `ttl`
 * and `bor` are for display ("8/4/23 7:10 PM"): minute precision, in the zone the bot ran in,
 * which the record does not name.
 */
import { epochToIso, wallClockToIso, type WallClock } from '../zoned-time.js';

const DISPLAY = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])\.?\s*[Mm]\.?$/;
const TIME_ISO = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z?$/;

/** A display time ("8/4/23 7:10 PM", month first as the examples write it) as a wall clock, or null. */
export function parseDisplayTime(raw: string): WallClock | null {
  const match = DISPLAY.exec(raw.trim());
  if (!match) {
    return null;
  }
  const [, month, day, year, hour, minute, second, half] = match;
  const h12 = Number(hour);
  if (h12 < 1 || h12 > 12) {
    return null;
  }
  const pm = half?.toLowerCase() === 'p';
  const y = Number(year);
  return {
    year: y < 100 ? 2000 + y : y,
    month: Number(month),
    day: Number(day),
    hour: (h12 % 12) + (pm ? 12 : 0),
    minute: Number(minute),
    second: Number(second ?? 0),
  };
}

/** `msg_ts` (seconds, as a string or a number) as milliseconds, or null. */
export function msgTsMs(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d+(?:\.\d+)?$/.test(text)) {
    return null;
  }
  const ms = Number(text) * 1000;
  return Number.isFinite(ms) ? ms : null;
}

/** `time_iso` (UTC) as milliseconds, or null. */
export function timeIsoMs(raw: string): number | null {
  const match = TIME_ISO.exec(raw.trim());
  if (!match) {
    return null;
  }
  const [, y, mo, d, h, mi, s, fraction] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) + Number(`0.${fraction ?? '0'}`) * 1000;
  const check = new Date(ms);
  return check.getUTCMonth() === Number(mo) - 1 && check.getUTCDate() === Number(d) ? ms : null;
}

/** A display time read in `zone` as milliseconds, or null. */
export function displayTimeMs(raw: string, zone: string): number | null {
  const wall = parseDisplayTime(raw);
  const iso = wall ? wallClockToIso(wall, zone) : null;
  return iso === null ? null : Date.parse(iso);
}

/** The wall clock an instant shows in `zone`, to the minute (as a display time shows it). */
export function wallClockAt(ms: number, zone: string): WallClock | null {
  const iso = epochToIso(ms, zone);
  const match = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) {
    return null;
  }
  const [, y, mo, d, h, mi] = match.map(Number);
  return { year: y ?? 0, month: mo ?? 1, day: d ?? 1, hour: h ?? 0, minute: mi ?? 0, second: 0 };
}

/** Seconds from one wall clock to another, read as if no clock change fell between them. */
export function wallClockSeconds(from: WallClock, to: WallClock): number {
  const ms = (w: WallClock): number => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return (ms(to) - ms(from)) / 1000;
}
