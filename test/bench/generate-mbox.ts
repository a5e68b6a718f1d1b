/**
 * Builds a large mbox from real messages by repeating them: each copy gets a From_ separator, a
 * fresh Message-ID and an `X-Bench-Copy: N` header saying which pass it came from. Written as a
 * stream with backpressure, so only the source messages (a few MB) are ever held in memory,
 * whatever size is asked for.
 *
 * Bytes are handled as latin1 strings, which map one-to-one onto bytes, so 8-bit text in the
 * source survives unchanged. Lines end in LF, as an mbox on Unix does, and body lines starting
 * with "From " (after any ">") get one more ">" (mboxrd), so no body line reads as a separator.
 *
 * For the search suite it can also keep one file per message content (message-content-key.ts),
 * stop at an exact message count, and move each copy's dates by whole years (shift-mail-date.ts).
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { filesUnder } from './count-messages.js';
import { headerValue, withHeader, withoutHeader } from './mail-headers.js';
import { messageContentKey } from './message-content-key.js';
import { shiftMailDate } from './shift-mail-date.js';

export type GenerateMboxOptions = {
  /** A folder of one-message files (a maildir or MH tree). */
  sourceDir: string;
  targetPath: string;
  /** Writing stops at the first message boundary at or past this size. */
  targetBytes?: number;
  /** Writing stops after exactly this many messages. At least one of the two stops is required. */
  targetMessages?: number;
  /** Also append "[bench copy N]" to each Subject, so no copy has the same content as another. */
  distinct: boolean;
  /** Keep one source file per message content, so no two messages of one pass are copies. */
  uniqueSources?: boolean;
  /**
   * Copy N (from 1) moves its Date by `yearShifts[(N - 1) % length]` years and its From_ line
   * with it; absent or empty, every copy keeps the source's dates.
   */
  yearShifts?: readonly number[];
};

export type GeneratedMbox = {
  path: string;
  bytes: number;
  messages: number;
  /** Passes over the source, the last one possibly partial. */
  copies: number;
  /** Messages one pass holds: the source files, less the copies `uniqueSources` dropped. */
  sourceMessages: number;
  sourceFiles: number;
};

type Template = {
  sender: string;
  /** The Date header's instant; NaN when absent or unreadable. */
  time: number;
  date: string | null;
  subject: string | null;
  headers: string;
  body: string;
  key: string;
};

const WRITE_CHUNK = 1024 * 1024;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The asctime() form a From_ line carries: "Mon May 14 17:37:00 2001", in UTC. */
export function asctime(date: Date): string {
  const day = String(date.getUTCDate()).padStart(2, ' ');
  const time = date.toISOString().slice(11, 19);
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${day} ${time} ${date.getUTCFullYear()}`;
}

export function toTemplate(raw: string): Template {
  const text = raw.replace(/\r\n?/g, '\n');
  const split = text.indexOf('\n\n');
  const headers = split === -1 ? text : text.slice(0, split);
  const body = split === -1 ? '' : text.slice(split + 2);
  const fromHeader = headerValue(headers, 'From') ?? '';
  const date = headerValue(headers, 'Date');
  return {
    sender: /<([^<>\s]+)>/.exec(fromHeader)?.[1] ?? /[^\s<>"]+@[^\s<>",]+/.exec(fromHeader)?.[0] ?? 'MAILER-DAEMON',
    time: Date.parse(date ?? ''),
    date,
    subject: headerValue(headers, 'Subject'),
    headers: withoutHeader(withoutHeader(withoutHeader(headers, 'Message-ID'), 'Subject'), 'X-Bench-Copy').replace(/\n+$/, ''),
    body: body.replace(/^(>*From )/gm, '>$1').replace(/\n*$/, '\n'),
    key: messageContentKey(headers, body),
  };
}

/** `years`: how far this copy's dates move; a Date the shifter cannot read stays as it is. */
export function renderCopy(template: Template, copy: number, index: number, distinct: boolean, years = 0): string {
  const subject = distinct ? `${template.subject ?? ''} [bench copy ${copy}]`.trim() : template.subject;
  const shifted = years === 0 || template.date === null ? null : shiftMailDate(template.date, years);
  const time = shifted?.time ?? template.time;
  const headers = shifted === null ? template.headers : withHeader(template.headers, 'Date', shifted.header);
  return [
    `From ${template.sender} ${asctime(new Date(Number.isNaN(time) ? 0 : time))}`,
    `Message-ID: <bench-copy-${copy}.${index}@foia-bench.invalid>`,
    `X-Bench-Copy: ${copy}`,
    ...(subject === null ? [] : [`Subject: ${subject}`]),
    // An empty line here would end the header block early.
    ...(headers === '' ? [] : [headers]),
    '',
    template.body,
  ].join('\n');
}

async function readTemplates(sourceDir: string, unique: boolean): Promise<{ templates: Template[]; files: number }> {
  const templates: Template[] = [];
  const seen = new Set<string>();
  const files = await filesUnder(sourceDir);
  for (const file of files) {
    const template = toTemplate(await readFile(file, 'latin1'));
    if (!unique || !seen.has(template.key)) {
      seen.add(template.key);
      templates.push(template);
    }
  }
  return { templates, files: files.length };
}

export async function generateMbox(options: GenerateMboxOptions): Promise<GeneratedMbox> {
  const maxBytes = options.targetBytes ?? Number.POSITIVE_INFINITY;
  const maxMessages = options.targetMessages ?? Number.POSITIVE_INFINITY;
  if (maxBytes === Number.POSITIVE_INFINITY && maxMessages === Number.POSITIVE_INFINITY) {
    throw new Error('generateMbox needs targetBytes or targetMessages');
  }
  const { templates, files } = await readTemplates(options.sourceDir, options.uniqueSources ?? false);
  if (templates.length === 0) {
    throw new Error(`No messages under ${options.sourceDir}`);
  }
  const shifts = options.yearShifts ?? [];
  const out = createWriteStream(options.targetPath);
  let bytes = 0;
  let messages = 0;
  let copy = 0;
  let pending = '';
  const flush = async (): Promise<void> => {
    if (!out.write(pending, 'latin1')) {
      await once(out, 'drain');
    }
    pending = '';
  };
  const more = (): boolean => bytes < maxBytes && messages < maxMessages;
  try {
    while (more()) {
      copy += 1;
      const years = shifts.length === 0 ? 0 : (shifts[(copy - 1) % shifts.length] ?? 0);
      for (let index = 0; index < templates.length && more(); index += 1) {
        const text = renderCopy(templates[index] as Template, copy, index, options.distinct, years);
        // Each message ends with its body's newline; the blank line before the next From_ follows.
        const entry = `${text}\n`;
        pending += entry;
        bytes += entry.length;
        messages += 1;
        if (pending.length >= WRITE_CHUNK) {
          await flush();
        }
      }
    }
    await flush();
    out.end();
    await finished(out);
  } catch (error) {
    out.destroy();
    throw error;
  }
  return { path: options.targetPath, bytes, messages, copies: copy, sourceMessages: templates.length, sourceFiles: files };
}
