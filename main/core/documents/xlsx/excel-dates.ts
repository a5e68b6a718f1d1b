/**
 * Excel date serials to ISO 8601. A serial counts days (the fraction is the time of day) from an
 * epoch that depends on the workbook:
 * - the 1900 system (Windows Excel): 1 is 1900-01-01, and 60 is the 29 February 1900 that never
 *   was, a bug Lotus 1-2-3 had and Excel kept, so from 61 on the days run one behind the calendar;
 * - the 1904 system (old Mac Excel, `date1904` in workbook.xml): 0 is 1904-01-01.
 * The same serial is 1,462 days later in the 1904 system; reading a 1904 workbook as 1900 puts
 * every date four years and a day early.
 */

const DAY_MS = 86_400_000;
/** 9999-12-31, the last date Excel shows, in the 1900 system. */
const MAX_SERIAL = 2_958_465;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** A serial as whole days and seconds of the day. */
export type ExcelTime = { days: number; seconds: number };

/** Splits a serial into whole days and seconds of the day, rounding to the second as Excel shows it. */
export function splitSerial(serial: number): ExcelTime {
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds >= 86_400) {
    days += 1;
    seconds -= 86_400;
  }
  return { days, seconds };
}

/** The calendar date of a whole-day serial ("1900-02-29" and "1900-01-00" as Excel shows them), or null when out of range. */
export function serialToIsoDate(days: number, date1904: boolean): string | null {
  if (!Number.isInteger(days) || days < 0 || days > MAX_SERIAL) {
    return null;
  }
  let ms: number;
  if (date1904) {
    ms = Date.UTC(1904, 0, 1) + days * DAY_MS;
  } else if (days === 0) {
    return '1900-01-00';
  } else if (days === 60) {
    return '1900-02-29';
  } else {
    ms = (days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)) + days * DAY_MS;
  }
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** "HH:MM:SS" for seconds of a day; with `elapsedHours`, hours count on past 24 ([h]:mm:ss). */
export function secondsToClock(seconds: number, elapsedDays = 0): string {
  const hours = Math.floor(seconds / 3600) + elapsedDays * 24;
  return `${pad(hours)}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

/** How a date-formatted serial is shown: date only, time of day, both, or hours elapsed ([h]:mm:ss). */
export type DateKind = 'date' | 'time' | 'datetime' | 'elapsed';

/** A serial shown as its kind requires, or null when it is not a date Excel could show. */
export function formatExcelSerial(serial: number, kind: DateKind, date1904: boolean): string | null {
  if (!Number.isFinite(serial)) {
    return null;
  }
  const { days, seconds } = splitSerial(serial);
  if (kind === 'elapsed') {
    return days < 0 ? null : secondsToClock(seconds, days);
  }
  if (kind === 'time') {
    return secondsToClock(seconds);
  }
  const date = serialToIsoDate(days, date1904);
  if (date === null) {
    return null;
  }
  return kind === 'date' && seconds === 0 ? date : `${date} ${secondsToClock(seconds)}`;
}
