/**
 * Moves an RFC 2822 Date header by whole years, so the copies of a generated mailbox spread over
 * several years instead of piling every copy onto the source's few dates: date facets and date
 * ranges then work on a realistic span. The wall-clock time and the zone offset stay as written
 * (the app files a message under the day in its own zone), the weekday is recomputed, and 29
 * February lands on 1 March in a year without one. A year before 1000 is a broken header (Enron
 * has "30 May 0001"): it is left as written, since moving it would make a From_ line with a year
 * of fewer than four digits, which mbox readers do not take for a separator.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon, 14 May 2001 17:37:00 -0700 (PDT)": optional weekday, day, month, year, time, offset, rest. */
const DATE_PATTERN = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+([+-])(\d{2})(\d{2})(.*)$/s;

export type ShiftedDate = {
  /** The new header value. */
  header: string;
  /** The instant it names, for the From_ line. */
  time: number;
};

const two = (value: number): string => String(value).padStart(2, '0');

/** Null when the value is not in the usual form: such a message keeps its date unchanged. */
export function shiftMailDate(value: string, years: number): ShiftedDate | null {
  const match = DATE_PATTERN.exec(value.trim());
  const month = MONTHS.findIndex((name) => name.toLowerCase() === match?.[2]?.toLowerCase());
  const target = Number(match?.[3]) + years;
  if (match === null || month === -1 || Number(match[3]) < 1000 || target < 1000 || target > 9999) {
    return null;
  }
  const [, day, , , hour, minute, second, sign, offsetHours, offsetMinutes, rest] = match;
  // The local wall-clock time, computed as if it were UTC: Date.UTC normalises 29 Feb for us
  // (it would read a year below 100 as 19xx, which the check above rules out).
  const local = new Date(Date.UTC(target, month, Number(day), Number(hour), Number(minute), Number(second ?? '0')));
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  const header = [
    `${DAYS[local.getUTCDay()]},`,
    String(local.getUTCDate()),
    MONTHS[local.getUTCMonth()],
    String(local.getUTCFullYear()),
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`,
    `${sign}${offsetHours}${offsetMinutes}${rest ?? ''}`,
  ].join(' ');
  return { header, time: local.getTime() - offsetMs };
}
