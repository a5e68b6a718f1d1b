/**
 * Western (Gregorian) Easter Sunday, which fixes Good Friday and Easter Monday, two of the bank
 * holidays a UK deadline skips.
 */
import { AppError } from '../errors.js';
import { makeDate } from './calendar-date.js';

/**
 * Easter Sunday of `year` (1583 to 9999) by the anonymous Gregorian algorithm (Meeus/Jones/
 * Butcher). It is pure integer arithmetic, so it needs no table and is exact for every Gregorian
 * year; the tests compare it with published dates.
 */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    // Before 1583 the Gregorian reform had not happened and Easter was reckoned differently.
    throw new AppError('invalid-args', `Easter is computed for Gregorian years 1583 to 9999, not ${year}`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDate(year, month, day);
}
