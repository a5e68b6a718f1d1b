/**
 * Outlook timestamps (PT_SYSTIME: 100-nanosecond ticks since 1601-01-01 UTC) as ISO 8601 UTC.
 * "No date" is written as 0 (1601) or as 4501-01-01 (Outlook's "none" for tasks and
 * reminders); both become null rather than a date nobody meant.
 */

const TICKS_PER_MS = 10_000n;
const EPOCH_OFFSET_MS = 11_644_473_600_000n;
/** Dates outside this window are placeholders or corruption, not the time a message moved. */
const EARLIEST_MS = Date.UTC(1980, 0, 1);
const LATEST_MS = Date.UTC(4500, 0, 1);

/** ISO string for a FILETIME stored as 8 little-endian bytes, or null. */
export function filetimeToIso(bytes: Uint8Array | undefined): string | null {
  if (bytes === undefined || bytes.length < 8) {
    return null;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, 8);
  const ticks = view.getBigUint64(0, true);
  return msToIso(Number(ticks / TICKS_PER_MS - EPOCH_OFFSET_MS));
}

/** ISO string for a Date a library produced from a FILETIME, or null when it is a placeholder. */
export function dateToIso(date: Date | null | undefined): string | null {
  return date == null ? null : msToIso(date.getTime());
}

function msToIso(ms: number): string | null {
  if (!Number.isFinite(ms) || ms < EARLIEST_MS || ms >= LATEST_MS) {
    return null;
  }
  return new Date(ms).toISOString();
}
