/**
 * Where an email's own words end and earlier messages begin. Replies and forwards carry the
 * messages they answer below a header ("-----Original Message-----", Lotus Notes' "Jane Doe on
 * 05/14/2001 01:46 PM", "On Mon, … Jane wrote:", lines starting with ">"). Two detectors need the
 * split: missing-parent reads each quoted header to ask whether that earlier message is in the
 * collection, and off-record-move reads only the writer's own words, so that a phrase quoted in
 * ten replies is counted once, in the message that said it.
 *
 * The header wordings are the ones the Enron corpus holds (Outlook, Lotus Notes) plus the common
 * "On … wrote:" of other clients. Pure.
 */

export type QuoteStyle = 'original-message' | 'notes-reply' | 'on-wrote';

/** One earlier message shown inside a body. */
export type QuotedBlock = {
  style: QuoteStyle;
  /** True when the block sits below a forwarding marker: a forwarded message, not one replied to. */
  forwarded: boolean;
  /** Offsets of the header in the body; `header` is exactly `body.slice(start, headerEnd)`. */
  start: number;
  headerEnd: number;
  header: string;
  /** The sender as the header writes it, and the address in it ('' when none). */
  sender: string;
  senderAddress: string;
  /** The To and Cc lines as written ('' when the header has none). */
  recipients: string;
  subject: string;
  dateText: string;
  /** The date as a wall-clock reading (ms, read as if UTC: the writer's zone is unknown); null when unreadable. */
  wallClockMs: number | null;
  /** The quoted message's text, quote marks removed, up to the next block. */
  text: string;
};

export type QuoteSplit = {
  /** Ranges [start, end) of the body holding the writer's own words (no quoted lines). */
  ownRanges: Array<[number, number]>;
  /** The own words, ranges joined by newlines. */
  ownText: string;
  blocks: QuotedBlock[];
};

/** A line of the body; `text` without the quote marks ("> > ") of nested replies, which headers are read through. */
type Line = { text: string; start: number; end: number; quoted: boolean };

const ORIGINAL_MESSAGE = /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i;
const FORWARD_MARKER = /^\s*(?:-{3,}\s*Forwarded by .+-{3,}|-{3,}\s*Forwarded message\s*-{3,}|Begin forwarded message:)\s*$/i;
const NOTES_DATE = String.raw`\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?`;
/** "Jane Doe <jd@x.com> on 05/14/2001 01:46:00 PM" (optionally "From: " first). */
const NOTES_ONE_LINE = new RegExp(String.raw`^\s*(?:From:\s*)?(\S.{0,150}?)\s+on\s+(${NOTES_DATE})\s*$`, 'i');
/** The date line of Notes' two-line header ("Jane Doe@ENRON" above it). */
const NOTES_DATE_LINE = new RegExp(String.raw`^\s*(${NOTES_DATE})\s*$`, 'i');
const ON_WROTE = /^\s*On\s(.{4,300}?)\s*wrote:\s*$/i;
/** Other attributions: "At 09:28 PM 10/25/01 -0700, you wrote:" (Eudora), "jane@x.com wrote:". */
const WROTE = /^\s*(\S.{0,200}?)\s+wrote:\s*$/i;
const HEADER_FIELD = /^\s*(From|Sent|Date|To|Cc|Bcc|Subject|Sent by|Importance|Reply-To)\s*:(.*)$/i;
/** Notes puts "Please respond to <list>" between its header's first line and To:. */
const RESPOND_TO = /^\s*Please respond to\b/i;
/** A line quoted with ">" ("> >" when nested). */
const ANGLE_LINE = /^\s*>/;
const QUOTE_MARKS = /^\s*(?:>\s?)+/;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    const raw = body.slice(start, end).replace(/\r$/, '');
    lines.push({ text: raw.replace(QUOTE_MARKS, ''), start, end, quoted: ANGLE_LINE.test(raw) });
    if (newline === -1) {
      return lines;
    }
    start = newline + 1;
  }
}

function hourOf(hour: number, meridiem: string | undefined): number {
  const marker = (meridiem ?? '').toUpperCase();
  if (marker === 'PM' && hour < 12) {
    return hour + 12;
  }
  if (marker === 'AM' && hour === 12) {
    return 0;
  }
  return hour;
}

function fullYear(year: number): number {
  return year < 100 ? (year < 70 ? 2000 + year : 1900 + year) : year;
}

/**
 * A header's date as a wall-clock reading, in the forms mail clients write: "05/14/2001 01:46:00
 * PM" (Notes, month first), "Monday, May 14, 2001 2:38 PM" (Outlook), "14 May 2001 14:38"
 * (RFC 2822 style), "2001-05-14 14:38". Null when none fits.
 */
export function parseWallClock(text: string): number | null {
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?/i.exec(text);
  const clock = (hour: number) => ({ hour: time ? hourOf(Number(time[1]), time[4]) : hour, minute: time ? Number(time[2]) : 0, second: time?.[3] ? Number(time[3]) : 0 });
  const build = (year: number, month: number, day: number) => {
    const { hour, minute, second } = clock(0);
    if (month < 0 || month > 11 || day < 1 || day > 31) {
      return null;
    }
    return Date.UTC(fullYear(year), month, day, hour, minute, second);
  };
  const numeric = /(\d{1,2})\/(\d{1,2})\/(\d{2,4})/.exec(text);
  if (numeric) {
    return build(Number(numeric[3]), Number(numeric[1]) - 1, Number(numeric[2]));
  }
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) {
    return build(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  }
  const monthFirst = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  if (monthFirst && MONTHS[(monthFirst[1] ?? '').toLowerCase()] !== undefined) {
    return build(Number(monthFirst[3]), MONTHS[(monthFirst[1] ?? '').toLowerCase()] ?? -1, Number(monthFirst[2]));
  }
  const dayFirst = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(text);
  if (dayFirst && MONTHS[(dayFirst[2] ?? '').toLowerCase()] !== undefined) {
    return build(Number(dayFirst[3]), MONTHS[(dayFirst[2] ?? '').toLowerCase()] ?? -1, Number(dayFirst[1]));
  }
  return null;
}

/** The sender's address; for "A [mailto:A] On Behalf Of B", B's: the mailbox the message came from. */
function addressIn(text: string): string {
  const onBehalf = /On Behalf Of\s+(.*)$/is.exec(text);
  const source = onBehalf?.[1] && /@/.test(onBehalf[1]) ? onBehalf[1] : text;
  return (/[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.exec(source)?.[0] ?? '').toLowerCase();
}

/** The sender as written, without "[mailto:…]" and surrounding quotes. */
function cleanSender(text: string): string {
  return text.replace(/\[mailto:[^\]]*\]/i, '').replace(/^["'\s]+|["'\s]+$/g, '').trim();
}

/**
 * The header's fields from line `first` on: field lines, their indented continuations, and
 * blank lines between fields (Notes leaves one before Subject). Returns the index after the header.
 */
function readFields(lines: readonly Line[], first: number, fields: Map<string, string>): number {
  let index = first;
  let last = first;
  let previousWasField = false;
  let lastName = '';
  while (index < lines.length) {
    const text = lines[index]?.text ?? '';
    const field = HEADER_FIELD.exec(text) ?? (RESPOND_TO.test(text) ? ['', 'reply-to', text.replace(RESPOND_TO, '')] : null);
    if (field) {
      const name = (field[1] ?? '').toLowerCase();
      fields.set(name, `${fields.get(name) ?? ''} ${(field[2] ?? '').trim()}`.trim());
      lastName = name;
      previousWasField = true;
      last = index + 1;
    } else if (text.trim() === '') {
      // A blank line continues the header only when a field follows it.
      const next = lines.slice(index + 1).find((line) => line.text.trim() !== '');
      if (!next || !(HEADER_FIELD.test(next.text) || RESPOND_TO.test(next.text)) || index - last > 3) {
        break;
      }
      previousWasField = false;
    } else if (
      previousWasField &&
      index === last &&
      // Indented, but short: some clients indent every line of the body after a header with no blank line.
      ((/^\s+\S/.test(text) && text.trim().length <= 100) || /[,;]\s*$/.test(lines[index - 1]?.text ?? '') || HEADER_FIELD.test(lines[index + 1]?.text ?? ''))
    ) {
      // A field's continuation: indented, or re-wrapped (after a line ending in a comma, or with
      // another field right after it: "From: … On Behalf Of" / "Jeff.Skilling@enron.com" / "Sent: …").
      fields.set(lastName, `${fields.get(lastName) ?? ''} ${text.trim()}`.trim());
      last = index + 1;
    } else {
      break;
    }
    index += 1;
  }
  return last;
}

/** A Notes header's first line is followed, within a few lines, by To:, cc: or Sent by: ("Please respond to" may come first). */
function hasFieldSoon(lines: readonly Line[], from: number): boolean {
  const next = lines
    .slice(from, from + 7)
    .filter((line) => line.text.trim() !== '')
    .filter((line) => !RESPOND_TO.test(line.text))
    .slice(0, 2);
  return next.some((line) => /^\s*(To|Sent by|cc)\s*:/i.test(line.text));
}

type HeaderMatch = { style: QuoteStyle; firstLine: number; bodyLine: number; sender: string; dateText: string; fields: Map<string, string> };

/** The header starting at line `index`, if one does. */
function headerAt(lines: readonly Line[], index: number): HeaderMatch | null {
  const text = lines[index]?.text ?? '';
  const next = lines[index + 1]?.text ?? '';
  // Cheap tests first: most lines of most bodies are prose, and every body of the case is read.
  const mayBeNotes = text.length <= 200 && text.includes('/');
  const mayBeNotesName = next.length <= 40 && next.includes('/') && text.length <= 100;
  const mayWrite = /wrote:\s*$/i.test(text) || (/^\s*On\s/i.test(text) && /wrote:\s*$/i.test(next));
  if (!mayBeNotes && !mayBeNotesName && !mayWrite && !text.includes('--')) {
    return null;
  }
  if (ORIGINAL_MESSAGE.test(text)) {
    const fields = new Map<string, string>();
    const end = readFields(lines, index + 1, fields);
    return { style: 'original-message', firstLine: index, bodyLine: end, sender: fields.get('from') ?? '', dateText: fields.get('sent') ?? fields.get('date') ?? '', fields };
  }
  const notes = mayBeNotes ? NOTES_ONE_LINE.exec(text) : null;
  if (notes && hasFieldSoon(lines, index + 1)) {
    const fields = new Map<string, string>();
    const end = readFields(lines, index + 1, fields);
    return { style: 'notes-reply', firstLine: index, bodyLine: end, sender: notes[1] ?? '', dateText: notes[2] ?? '', fields };
  }
  const dateLine = mayBeNotesName ? NOTES_DATE_LINE.exec(next) : null;
  if (dateLine && text.trim() !== '' && text.trim().length <= 100 && !text.includes(':') && hasFieldSoon(lines, index + 2)) {
    const fields = new Map<string, string>();
    const end = readFields(lines, index + 2, fields);
    return { style: 'notes-reply', firstLine: index, bodyLine: end, sender: text.trim(), dateText: dateLine[1] ?? '', fields };
  }
  if (!mayWrite) {
    return null;
  }
  const onWrote = ON_WROTE.exec(text) ?? (/^\s*On\s/i.test(text) ? ON_WROTE.exec(`${text} ${next.trim()}`) : null);
  if (onWrote) {
    const oneLine = ON_WROTE.test(text);
    const words = onWrote[1] ?? '';
    const comma = words.lastIndexOf(',');
    const sender = comma === -1 ? words : words.slice(comma + 1);
    const dateText = comma === -1 ? '' : words.slice(0, comma);
    return { style: 'on-wrote', firstLine: index, bodyLine: index + (oneLine ? 1 : 2), sender: sender.trim(), dateText, fields: new Map() };
  }
  const wrote = WROTE.exec(text);
  if (wrote) {
    // "At 09:28 PM 10/25/01 -0700, you wrote:": the date before the last comma, the writer after it.
    const words = (wrote[1] ?? '').replace(/^At\s/i, '');
    const comma = words.lastIndexOf(',');
    const writer = (comma === -1 ? words : words.slice(comma + 1)).trim();
    return {
      style: 'on-wrote',
      firstLine: index,
      bodyLine: index + 1,
      sender: /^you$/i.test(writer) ? '' : writer,
      dateText: comma === -1 ? '' : words.slice(0, comma),
      fields: new Map(),
    };
  }
  return null;
}

/**
 * Splits a body into the writer's own words and the earlier messages it quotes. Everything from
 * the first header or forwarding marker on is earlier text; above it, lines starting with ">" are
 * quoted too (interleaved replies).
 */
export function splitQuotes(body: string): QuoteSplit {
  const lines = splitLines(body);
  const headers: HeaderMatch[] = [];
  const forwardLines: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (FORWARD_MARKER.test(lines[index]?.text ?? '')) {
      forwardLines.push(index);
      continue;
    }
    const header = headerAt(lines, index);
    if (header) {
      headers.push(header);
      index = Math.max(index, header.bodyLine - 1);
    }
  }
  const firstQuoted = Math.min(headers[0]?.firstLine ?? lines.length, forwardLines[0] ?? lines.length);
  const ownRanges: Array<[number, number]> = [];
  for (const line of lines.slice(0, firstQuoted)) {
    if (line.quoted) {
      continue;
    }
    const previous = ownRanges[ownRanges.length - 1];
    if (previous && previous[1] + 1 >= line.start) {
      previous[1] = line.end;
    } else {
      ownRanges.push([line.start, line.end]);
    }
  }
  const blocks = headers.map((header, position): QuotedBlock => {
    const nextStart = headers[position + 1]?.firstLine ?? lines.length;
    const forwardAfter = forwardLines.find((line) => line > header.firstLine);
    const textEnd = Math.min(nextStart, forwardAfter ?? lines.length);
    const start = lines[header.firstLine]?.start ?? 0;
    const headerEnd = lines[Math.max(header.firstLine, header.bodyLine - 1)]?.end ?? start;
    const sender = cleanSender(header.sender);
    const text = lines
      .slice(header.bodyLine, textEnd)
      .map((line) => line.text)
      .join('\n');
    return {
      style: header.style,
      forwarded: forwardLines.some((line) => line < header.firstLine),
      start,
      headerEnd,
      header: body.slice(start, headerEnd),
      sender,
      senderAddress: addressIn(header.sender),
      recipients: [header.fields.get('to') ?? '', header.fields.get('cc') ?? ''].filter((part) => part !== '').join('; '),
      subject: header.fields.get('subject') ?? '',
      dateText: header.dateText.trim(),
      wallClockMs: parseWallClock(header.dateText),
      text,
    };
  });
  return {
    ownRanges,
    ownText: ownRanges.map(([start, end]) => body.slice(start, end)).join('\n'),
    blocks,
  };
}

/**
 * A fingerprint of a message's opening words: lower case, letters and digits only, the first
 * `words` words. A quoted copy and the original give the same fingerprint whatever the line
 * wrapping and quote marks; '' when the text is too short to tell messages apart.
 */
export function openingFingerprint(text: string, words = 12, minimumWords = 4): string {
  // Only the opening is read: a quote can run to the end of a long thread.
  const tokens = text
    .slice(0, Math.max(words, 1) * 40)
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '');
  if (tokens.length < minimumWords) {
    return '';
  }
  return tokens.slice(0, words).join(' ');
}

/** Lower-case words of a name or address, for comparing "Jeff Skilling@ENRON" with "jeff.skilling@enron.com". */
export function nameTokens(text: string): string[] {
  const beforeDomain = text.replace(/@.*$/, '').replace(/\/.*$/, '');
  return beforeDomain
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((token) => token.length >= 2);
}
