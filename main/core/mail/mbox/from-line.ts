/**
 * Which lines of an mbox start a message. Every mbox dialect starts a message with a line that
 * begins "From " (the From_ line), but writers disagree on the rest of the line and on whether a
 * blank line comes before it, and many never escape a body line that happens to begin "From ".
 * This file is the one place that decides; the scanner only finds candidates and asks.
 *
 * What real files show (the shared corpus and the formats' documentation):
 * - mbox(5) and qmail: "From <envelope sender> <asctime date> [more]", preceded by a blank line.
 * - Thunderbird: "From - Fri Aug 05 10:57:20 2016", and in older files "From - " with no date
 *   and no blank line before it (MimeKit's simple.mbox.txt, Netscape's Content-Length files).
 * - Gmail Takeout: "From 1789175065060252787@xxx Fri Jan 26 17:31:47 +0000 2024"; some exports
 *   write only "From 1844347792267117879@xxx".
 * - Mailman pipermail: "From user at host.org  Tue Mar  1 10:00:00 2016" (spaces in the sender).
 * - Got Your Back writes a bare "From " with no blank line before it.
 * - Bodies hold unescaped lines such as "From Russia with love" or "From the desk of ...",
 *   sometimes after a blank line (MimeKit's unmunged.mbox.txt).
 *
 * The rule. A candidate is a line that begins with the five bytes "From " at the start of the
 * file (after an optional UTF-8 byte order mark and blank lines) or right after a line feed, and
 * is at most MAX_FROM_LINE bytes long. Its text after "From " has one of three shapes:
 * - dated: it holds an asctime-like date, weekday month day hh:mm[:ss] followed later by a 2- or
 *   4-digit year (zones such as "+0000" or "PST" may come between), or an RFC 5322-like date,
 *   weekday[,] day month year hh:mm;
 * - bare: no date, and at most one word that is '-', an address (holds '@') or MAILER-DAEMON,
 *   or nothing at all;
 * - prose: anything else ("From the desk of ...", "From Russia with love", "From here on").
 * A candidate is a separator when nothing but a byte order mark and blank lines come before it
 * (the first message, whatever its From_ line looks like); or it is dated and either
 * follows a blank line or is followed by a header field line ("Name:"); or it is bare and is
 * followed by a header field line. A prose line is never a separator after that.
 *
 * So a dated line quoted inside a body splits only where a real message would also start (after
 * a blank line, or before a header), and a body line can only be mistaken for a separator when
 * it is a bare address followed by something shaped like a header, e.g. a memo reading
 * "From jane@agency.gov" then "To: staff" with no escaping: the cost of accepting dateless
 * Thunderbird and Takeout files.
 */

/** Longer candidates are body text: real From_ lines are one short line. */
export const MAX_FROM_LINE = 4096;

/** RFC 5322 caps a line at 998 bytes, so a field name can be no longer. */
const MAX_FIELD_NAME = 998;

export type FromLineShape = 'dated' | 'bare' | 'prose';

export type FromLineContext = {
  /** Nothing but a byte order mark or blank lines comes before the line. */
  atFileStart: boolean;
  /** The line before it is empty (LF or CRLF alone). */
  blankBefore: boolean;
  /** The next line begins with a header field name and a colon. */
  headerNext: boolean;
};

const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{1,2}:\\d{2}(?::\\d{2})?';
// asctime (mbox(5), Thunderbird, pipermail) and the Takeout variant with a zone before the year.
const ASCTIME_DATE = new RegExp(`(?:^|\\s)${WEEKDAY},?\\s+${MONTH}\\s+\\d{1,2}\\s+${TIME}(?:\\s+(?:[+-]\\d{4}|[A-Za-z(]\\S*))*\\s+(?:\\d{4}|\\d{2})(?!\\S)`);
// Some exporters write the message's Date header style instead.
const RFC5322_DATE = new RegExp(`(?:^|\\s)${WEEKDAY},?\\s+\\d{1,2}\\s+${MONTH}\\s+(?:\\d{4}|\\d{2})\\s+${TIME}(?!\\S)`);

/** The shape of a From_ line's text after "From " (line end already removed). */
export function classifyFromLine(rest: string): FromLineShape {
  if (ASCTIME_DATE.test(rest) || RFC5322_DATE.test(rest)) {
    return 'dated';
  }
  const word = rest.trim();
  if (/\s/.test(word)) {
    return 'prose';
  }
  if (word === '' || word === '-' || word.includes('@') || word.toUpperCase() === 'MAILER-DAEMON') {
    return 'bare';
  }
  return 'prose';
}

/** Whether a candidate line of the given shape starts a message (see the rule above). */
export function isSeparator(shape: FromLineShape, context: FromLineContext): boolean {
  if (context.atFileStart) {
    return true;
  }
  switch (shape) {
    case 'dated':
      return context.blankBefore || context.headerNext;
    case 'bare':
      return context.headerNext;
    case 'prose':
      return false;
  }
}

const COLON = 0x3a;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Whether the line that starts at `start` begins with a header field name (printable ASCII, no
 * colon) and a colon, allowing blanks before the colon (RFC 5322 obsolete syntax). Null when the
 * bytes end before that is known, so the caller can wait for more.
 */
export function startsWithHeaderField(bytes: Uint8Array, start: number): boolean | null {
  const limit = Math.min(bytes.length, start + MAX_FIELD_NAME + 1);
  let i = start;
  while (i < limit) {
    const byte = bytes[i] ?? 0;
    if (byte === COLON) {
      return i > start;
    }
    if (byte < 0x21 || byte > 0x7e) {
      break;
    }
    i += 1;
  }
  if (i > start && i < limit && (bytes[i] === SPACE || bytes[i] === TAB)) {
    while (i < limit && (bytes[i] === SPACE || bytes[i] === TAB)) {
      i += 1;
    }
    if (i < limit) {
      return bytes[i] === COLON;
    }
  }
  if (i < limit) {
    return false;
  }
  // Ran out: undecided only if the bytes stop before the longest possible name.
  return limit === bytes.length && limit < start + MAX_FIELD_NAME + 1 ? null : false;
}
