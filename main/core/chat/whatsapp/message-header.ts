/**
 * The timestamp-and-sender header that starts each WhatsApp message line, in the layouts the
 * corpus holds:
 *   iOS      `[20.06.19, 15:58:47] Loris: text`, `[02/11/2020, 9:47:19 pm] Bob: text`, `[01/20/19 11:23] …`
 *   Android  `12/9/20, 23:55 - Bob: hello`, `01/01/2019, 11:25 a. m. - John Doe: …`
 *   old iOS  `28-09-16 11:20:19: Tara: text` (2016, no brackets)
 * Only the shape is read here; which field is the day is decided later over the whole file.
 */

export type MessageHeader = {
  /** The timestamp as written, invisible marks removed. */
  dateRaw: string;
  /** The three date fields in written order, and whether each was written with 4 digits. */
  fields: [number, number, number];
  yearFirst: boolean;
  /** 24-hour clock, after AM/PM has been applied. */
  hour: number;
  minute: number;
  second: number;
  /** Everything after the header: `Name: text`, or a system line with no sender. */
  rest: string;
};

const DATE = String.raw`(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})`;
// U+202F, NBSP or a plain space before AM/PM; Spanish locales write "a. m." / "p. m.".
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[ \u00a0\u202f]*([AaPp])\.?[ \u00a0\u202f]?[Mm]\.?)?`;
const STAMP = `${DATE},?[ \\u00a0]${TIME}`;

// Anchored at the line start with bounded digit runs, so a failing match stops within a few
// characters however long the line is.
const IOS = new RegExp(String.raw`^\u200e?\[(${STAMP})\] ?`);
const ANDROID = new RegExp(String.raw`^\u200e?(${STAMP}) - `);
const OLD_IOS = new RegExp(String.raw`^\u200e?(${STAMP}): `);

/** A line that begins like a date; used to report headers that did not parse. */
const LOOKS_LIKE_STAMP = /^\u200e?\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/;

/** The header at the start of `line`, or null when the line is not a message start. */
export function readMessageHeader(line: string): MessageHeader | null {
  const match = IOS.exec(line) ?? ANDROID.exec(line) ?? OLD_IOS.exec(line);
  if (!match) {return null;}
  const [whole, stamp = '', a = '', b = '', c = '', h = '', mi = '', s, meridiem] = match;
  let hour = Number(h);
  if (meridiem) {
    if (hour > 12) {return null;}
    const pm = meridiem.toLowerCase() === 'p';
    // 12 AM is midnight, 12 PM noon; "00:08 a. m." (chat-miner) is already midnight.
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return {
    dateRaw: stamp.replace(/[\u00a0\u202f]/g, ' '),
    fields: [Number(a), Number(b), Number(c)],
    yearFirst: a.length === 4,
    hour,
    minute: Number(mi),
    second: s === undefined ? 0 : Number(s),
    rest: line.slice(whole.length),
  };
}

/** `Name: text` → sender and text; a line with no `: ` is a system line with no sender. */
export function splitSender(rest: string): { sender: string; body: string; hasSender: boolean } {
  const colon = rest.indexOf(': ');
  if (colon < 0) {
    // `John Doe:.` (chat-miner) has no space after the colon yet is a message.
    const bare = /^([^:]{1,200}):(?=\S|$)/.exec(rest);
    if (bare && !/^\d/.test(rest)) {return { sender: bare[1] ?? '', body: rest.slice(bare[0].length), hasSender: true };}
    return { sender: '', body: rest, hasSender: false };
  }
  return { sender: rest.slice(0, colon), body: rest.slice(colon + 2), hasSender: true };
}

/** True when the line starts like a timestamp (whether or not the rest parses). */
export function looksLikeMessageStart(line: string): boolean {
  return LOOKS_LIKE_STAMP.test(line);
}

/**
 * The header's time reduced to what no reading option changes, for a message's identity: the
 * year, the day and month as an unordered pair, and the minute on a 24-hour clock.
 *
 * Why each part: which of the two short fields is the day is the date order (the officer's
 * setting for an ambiguous file), and the instant depends on the zone the officer chose; neither
 * may move a record's id, or every coding of it is orphaned when the source is read again with
 * other options. The pair also makes "20/06/2019, 15:58" (Android, day first) and
 * "[06/20/19 15:58:47]" (iOS, month first, seconds) of one message the same record, as copies in
 * two custodians' exports should be; seconds are dropped because Android writes none. Two
 * messages the pair confuses would need the same sender, text and minute on 3 April and 4 March;
 * within one export the occurrence count still keeps even those apart.
 */
export function headerTimeKey(header: MessageHeader): string {
  const [a, b, c] = header.fields;
  const [year, first, second] = header.yearFirst ? [a, b, c] : [c, a, b];
  const fullYear = year < 100 ? 2000 + year : year;
  const pair = first <= second ? `${first}-${second}` : `${second}-${first}`;
  return `${fullYear} ${pair} ${String(header.hour).padStart(2, '0')}:${String(header.minute).padStart(2, '0')}`;
}
