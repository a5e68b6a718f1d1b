/**
 * Parses an email Date header into ISO 8601 keeping the sender's zone offset, which JavaScript's
 * Date would discard. The raw header is always kept beside the result, because real mail carries
 * two-digit years, named zones and trailing comments ("-0700 (PDT)").
 */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** RFC 5322 §4.3 obsolete zone names, plus the few military-style ones seen in the wild. */
const NAMED_ZONES: Record<string, number> = {
  UT: 0, GMT: 0, Z: 0, UTC: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

const DATE_PATTERN =
  /^\s*(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Returns an ISO 8601 string with offset, or null when the header cannot be understood. */
export function parseEmailDate(raw: string): string | null {
  const match = DATE_PATTERN.exec(raw);
  if (!match) {
    return null;
  }
  const [, dayText, monthText, yearText, hourText, minuteText, secondText, zoneText] = match;
  const month = MONTHS[(monthText ?? '').slice(0, 3).toLowerCase()];
  if (month === undefined) {
    return null;
  }
  let year = Number(yearText);
  if ((yearText ?? '').length === 2) {
    // RFC 5322 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx.
    year += year < 50 ? 2000 : 1900;
  } else if ((yearText ?? '').length === 3) {
    year += 1900;
  }
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  let offset = 0;
  if (zoneText !== undefined) {
    if (/^[+-]\d{4}$/.test(zoneText)) {
      const sign = zoneText.startsWith('-') ? -1 : 1;
      offset = sign * (Number(zoneText.slice(1, 3)) * 60 + Number(zoneText.slice(3, 5)));
    } else {
      offset = NAMED_ZONES[zoneText.toUpperCase()] ?? 0;
    }
  }
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 60
  ) {
    return null;
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(offset)}`;
}
