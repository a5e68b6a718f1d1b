/**
 * LinkedIn's data export `messages.csv` as chat items, streamed. Columns are found by their
 * header names (CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO, RECIPIENT
 * PROFILE URLS, DATE, SUBJECT, CONTENT, FOLDER), so older exports without some of them still
 * read. DATE is UTC ('2023-04-22 08:18:59 UTC'); bodies are plain text or HTML (InMail), and HTML
 * is turned into text. Rows come newest first within each conversation and stay in file order.
 *
 * A row with no sender ("Message request accepted", or an empty row LinkedIn writes when a request
 * is accepted) is LinkedIn's own notice: an 'other' event with its text kept. A row with a sender
 * but no content stays a message with empty text (LinkedIn leaves out attachments and stickers).
 */
import { AppError } from '../../../../shared/errors.js';
import { emptyChatItem, type ChatItem, type ChatPerson, type ChatProblem } from '../chat-message.js';
import { csvRecords } from '../mapped/csv-records.js';
import { messageText } from '../mapped/message-text.js';
import { decodeChunks } from '../mapped/text-chunks.js';
import { throwIfCancelled } from '../mapped/cancellation.js';
import { epochToIso, isValidTimeZone } from '../zoned-time.js';
import { ConversationNames } from './conversation-names.js';

/** A LinkedIn message with the export's FOLDER (INBOX, ARCHIVE, SPAM, or ''). */
export type LinkedInItem = ChatItem & { folder: string };

/** What the reader yields: an item, or a problem naming its row. */
export type LinkedInOutput = LinkedInItem | { problem: ChatProblem };

/** How to read messages.csv: the officer's zone, cancellation, the size bound. */
export type LinkedInOptions = {
  /** IANA zone the officer chose; dates are shown with its offset. */
  timeZone: string;
  signal?: AbortSignal;
  /**
   * The longest row kept, in characters; a longer one becomes a problem for its row. Default
   * 16 MiB: LinkedIn caps a message at a few thousand characters, so a row this long is damage.
   */
  maxRowChars?: number;
};

/** The default `maxRowChars` (16 MiB); see `LinkedInOptions`. */
export const DEFAULT_MAX_ROW_CHARS = 16 * 1024 * 1024;

const COLUMNS = {
  conversationId: 'CONVERSATION ID',
  title: 'CONVERSATION TITLE',
  from: 'FROM',
  senderUrl: 'SENDER PROFILE URL',
  to: 'TO',
  recipientUrls: 'RECIPIENT PROFILE URLS',
  date: 'DATE',
  subject: 'SUBJECT',
  content: 'CONTENT',
  folder: 'FOLDER',
} as const;

type Column = keyof typeof COLUMNS;

const REQUIRED: Column[] = ['conversationId', 'from', 'date', 'content'];

const LINKEDIN_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?\s*(?:UTC|GMT|Z)?$/i;

/** A LinkedIn DATE (always UTC) as milliseconds, or null. */
export function linkedInDateMs(raw: string): number | null {
  const match = LINKEDIN_DATE.exec(raw.trim());
  if (!match) {
    return null;
  }
  const [, y, mo, d, h, mi, s] = match.map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined || s === undefined) {
    return null;
  }
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(ms);
  return check.getUTCDate() === d && check.getUTCMonth() === mo - 1 && h < 24 && mi < 60 && s < 60 ? ms : null;
}

/**
 * Recipients from TO and RECIPIENT PROFILE URLS. Names may hold commas ("Prakash Patil, MCIHT"),
 * so TO is split only when it splits into exactly as many names as there are profile URLs.
 */
function recipientsOf(to: string, urls: string): ChatPerson[] {
  const ids = urls.split(',').map((url) => url.trim()).filter((url) => url !== '');
  const names = to.split(',').map((name) => name.trim());
  if (ids.length > 1 && names.length === ids.length) {
    return ids.map((id, index) => ({ name: names[index] ?? '', id }));
  }
  if (to.trim() === '' && ids.length === 0) {
    return [];
  }
  return [{ name: to.trim(), id: ids.join(',') }];
}

/**
 * Reads LinkedIn's messages.csv from its bytes, in file order: one item per row and a problem for
 * anything unreadable. Never throws for what the file holds. Throws AppError 'invalid-args' for
 * bad options and 'cancelled' when the signal fires.
 */
export async function* readLinkedInMessages(chunks: AsyncIterable<Uint8Array>, options: LinkedInOptions): AsyncGenerator<LinkedInOutput> {
  if (!isValidTimeZone(options.timeZone)) {
    throw new AppError('invalid-args', `unknown time zone "${options.timeZone}"`, { timeZone: options.timeZone });
  }
  const maxRowChars = options.maxRowChars ?? DEFAULT_MAX_ROW_CHARS;
  const { signal } = options;
  let index: Partial<Record<Column, number>> | null = null;
  let headerLength = 0;
  const names = new ConversationNames<LinkedInItem>();
  const rows = csvRecords(decodeChunks(chunks, 'utf-8', signal), { maxRecordChars: maxRowChars, ...(signal ? { signal } : {}) });

  for await (const row of rows) {
    throwIfCancelled(signal, 'LinkedIn reading');
    const locator = `row ${row.row}`;
    if ('problem' in row) {
      yield { problem: { locator, message: `line ${row.line}: ${row.problem}` } };
      continue;
    }
    if (index === null) {
      const found: Partial<Record<Column, number>> = {};
      const header = row.fields.map((field) => field.trim().toUpperCase());
      for (const [key, name] of Object.entries(COLUMNS) as Array<[Column, string]>) {
        const at = header.indexOf(name);
        if (at >= 0) {
          found[key] = at;
        }
      }
      const missing = REQUIRED.filter((key) => found[key] === undefined).map((key) => COLUMNS[key]);
      if (missing.length > 0) {
        yield { problem: { locator, message: `not a LinkedIn messages.csv: the header lacks ${missing.join(', ')}` } };
        return;
      }
      index = found;
      headerLength = row.fields.length;
      continue;
    }
    const columns = index;
    const get = (column: Column): string => {
      const at = columns[column];
      return at === undefined ? '' : (row.fields[at] ?? '');
    };
    const problems: string[] = [];
    if (row.fields.length !== headerLength) {
      problems.push(`line ${row.line}: ${row.fields.length} fields where the header has ${headerLength}`);
    }
    const dateRaw = get('date');
    const ms = linkedInDateMs(dateRaw);
    if (ms === null) {
      problems.push(`line ${row.line}: unreadable date "${dateRaw.slice(0, 60)}"`);
    }
    const from = get('from').trim();
    const content = get('content');
    const subject = get('subject').trim();
    const body = messageText(content, 'auto');
    const item: LinkedInItem = {
      ...emptyChatItem(),
      locator,
      folder: get('folder').trim(),
      conversationId: get('conversationId').trim(),
      sender: from,
      senderId: get('senderUrl').trim(),
      recipients: recipientsOf(get('to'), get('recipientUrls')),
      dateIso: ms === null ? null : epochToIso(ms, options.timeZone),
      dateRaw,
      text: subject === '' ? body : body === '' ? `Subject: ${subject}` : `Subject: ${subject}\n\n${body}`,
      event: from === '' ? { kind: 'other', durationSeconds: null, subjects: [] } : null,
    };
    for (const ready of names.push(item, get('title'), [from, ...item.recipients.map((person) => person.name)])) {
      yield ready;
    }
    for (const message of problems) {
      yield { problem: { locator, message } };
    }
  }
  yield* names.finish();
  if (index === null) {
    yield { problem: { locator: 'row 1', message: 'the file is empty: no header row' } };
  }
}
