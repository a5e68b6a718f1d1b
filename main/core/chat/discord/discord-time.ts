/**
 * DiscordChatExporter's timestamps: ISO 8601 with milliseconds and the offset the exporter chose
 * (UTC, or the exporting computer's local offset), e.g. `2019-01-04T17:52:39.762+00:00`. They
 * are instants: shown, like Slack's and Telegram's, in the zone the officer chose, so that a
 * conversation-day is the same calendar day whichever exporter's settings made the file. The
 * milliseconds are dropped, as for every other chat format.
 */
import { epochToIso, isRealWallClock } from '../zoned-time.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

type Parsed = { local: string; offset: string; epochSeconds: number };

function parse(raw: string): Parsed | null {
  const match = ISO.exec(raw.trim());
  if (!match) {
    return null;
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const zone = match[7] ?? 'Z';
  const offset = zone === 'Z' ? '+00:00' : zone;
  const offsetHours = Number(offset.slice(1, 3));
  const offsetMinutes = Number(offset.slice(4, 6));
  if (!isRealWallClock({ year, month, day, hour, minute, second }) || offsetHours > 18 || offsetMinutes > 59) {
    return null;
  }
  const sign = offset.startsWith('-') ? -1 : 1;
  const epochSeconds = Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - sign * (offsetHours * 3600 + offsetMinutes * 60);
  const local = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}`;
  return { local, offset, epochSeconds };
}

/**
 * The instant as the clock in `timeZone` showed it: `2019-01-04T17:52:39.762+00:00` in
 * `America/New_York` → `2019-01-04T12:52:39-05:00`; null when not such a timestamp.
 */
export function discordDateIso(raw: string, timeZone: string): string | null {
  const parsed = parse(raw);
  return parsed ? epochToIso(parsed.epochSeconds * 1000, timeZone) : null;
}

/**
 * Whole seconds from `startRaw` to `endRaw` as the two shown times differ (milliseconds dropped
 * from both first), or null when either is unreadable or the end comes first.
 */
export function discordSecondsBetween(startRaw: string, endRaw: string): number | null {
  const start = parse(startRaw);
  const end = parse(endRaw);
  if (!start || !end || end.epochSeconds < start.epochSeconds) {
    return null;
  }
  return end.epochSeconds - start.epochSeconds;
}
