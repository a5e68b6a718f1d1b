/**
 * PDF date strings ("D:20151230152122+01'00'", ISO 32000-1 §7.9.4) to ISO 8601. Writers get them
 * wrong in every way (no "D:", a "Z" followed by "00'00", missing fields, the apostrophes left
 * out), so the parse is lenient about the tail and strict about the fields it takes.
 */

const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+-])\s*(?:(\d{2})'?\s*(?:(\d{2})'?)?)?)?/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * The date as ISO 8601: in UTC with a Z when the string gives a zone, without a zone ("local time
 * of the writer, zone unknown") when it does not. Null for anything that is not a valid date.
 */
export function pdfDateToIso(value: unknown): string | null {
  if (typeof value !== 'string') {
    return null;
  }
  const match = PDF_DATE.exec(value.trim());
  if (!match) {
    return null;
  }
  const number = (index: number, fallback: number): number => (match[index] === undefined ? fallback : Number(match[index]));
  const year = number(1, 0);
  const month = number(2, 1);
  const day = number(3, 1);
  const hour = number(4, 0);
  const minute = number(5, 0);
  const second = number(6, 0);
  const valid = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    year < 1000 || valid.getUTCMonth() !== month - 1 || valid.getUTCDate() !== day ||
    hour > 23 || minute > 59 || second > 59
  ) {
    return null;
  }
  const sign = match[7];
  if (sign === undefined) {
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  }
  const offsetMinutes = sign === 'Z' || sign === 'z' ? 0 : (sign === '-' ? -1 : 1) * (number(8, 0) * 60 + number(9, 0));
  if (Math.abs(offsetMinutes) > 18 * 60) {
    return null;
  }
  return new Date(valid.getTime() - offsetMinutes * 60_000).toISOString().replace('.000Z', 'Z');
}
