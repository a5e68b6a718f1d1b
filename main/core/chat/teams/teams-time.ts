/**
 * Microsoft Graph's times and durations as Teams messages carry them. `createdDateTime` and the
 * other timestamps are instants written in UTC (`2021-02-02T18:19:52.105Z`; Graph's schema also
 * allows an offset), so they are shown in the officer's zone like every other export of
 * instants. A call's length (`callDuration`) is an ISO 8601 duration (`PT59S`, `PT40M19.26S`).
 *
 * Strict on purpose: Microsoft's own examples include `2021-03-1706:47:05.123Z`, which is no
 * time at all, and must read as unreadable rather than as some nearby date.
 */
import { epochToIso, isRealWallClock } from '../zoned-time.js';

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,12})?(Z|[+-]\d{2}:\d{2})$/i;

/** Milliseconds since the epoch (whole seconds) for a Graph timestamp; null when it is not one. */
export function graphInstantMs(raw: string): number | null {
  const match = INSTANT.exec(raw.trim());
  if (!match) {
    return null;
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const zone = (match[7] ?? 'Z').toUpperCase();
  const offsetHours = zone === 'Z' ? 0 : Number(zone.slice(1, 3));
  const offsetMinutes = zone === 'Z' ? 0 : Number(zone.slice(4, 6));
  if (!isRealWallClock({ year, month, day, hour, minute, second }) || offsetHours > 18 || offsetMinutes > 59) {
    return null;
  }
  const sign = zone.startsWith('-') ? -1 : 1;
  return Date.UTC(year, month - 1, day, hour, minute, second) - sign * (offsetHours * 3600 + offsetMinutes * 60) * 1000;
}

/** The Graph timestamp as the clock in `timeZone` showed that instant; null when unreadable. */
export function graphDateIso(raw: string, timeZone: string): string | null {
  const ms = graphInstantMs(raw);
  return ms === null ? null : epochToIso(ms, timeZone);
}

// Days, hours, minutes and seconds: the form Graph's schema gives for a duration. Digit runs are
// capped so that a hostile value cannot become Infinity.
const DURATION = /^P(?:(\d{1,9})D)?(?:T(?:(\d{1,9})H)?(?:(\d{1,9})M)?(?:(\d{1,12})(?:\.(\d{1,9}))?S)?)?$/;

/** Whole seconds of an ISO 8601 duration (`PT1H2M3.6S` → 3724), rounded; null when it is not one. */
export function isoDurationSeconds(raw: string): number | null {
  const text = raw.trim();
  const match = DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) {
    return null;
  }
  const [days, hours, minutes, seconds] = match.slice(1, 5).map((part) => Number(part ?? 0)) as [number, number, number, number];
  const fraction = match[5] === undefined ? 0 : Number(`0.${match[5]}`);
  return Math.round(days * 86_400 + hours * 3600 + minutes * 60 + seconds + fraction);
}
