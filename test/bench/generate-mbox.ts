/**
 * Builds a large mbox from real messages by repeating them: each copy gets a From_ separator, a
 * fresh Message-ID and an `X-Bench-Copy: N` header saying which pass it came from. Written as a
 * stream with backpressure, so only the source messages (a few MB) are ever held in memory,
 * whatever size is asked for.
 *
 * Bytes are handled as latin1 strings, which map one-to-one onto bytes, so 8-bit text in the
 * source survives unchanged. Lines end in LF, as an mbox on Unix does, and body lines starting
 * with "From " (after any ">") get one more ">" (mboxrd), so no body line reads as a separator.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { filesUnder } from './count-messages.js';

export type GenerateMboxOptions = {
  /** A folder of one-message files (a maildir or MH tree). */
  sourceDir: string;
  targetPath: string;
  /** Writing stops at the first message boundary at or past this size. */
  targetBytes: number;
  /** Also append "[bench copy N]" to each Subject, so no copy has the same content as another. */
  distinct: boolean;
};

export type GeneratedMbox = {
  path: string;
  bytes: number;
  messages: number;
  /** Passes over the source, the last one possibly partial. */
  copies: number;
  sourceMessages: number;
};

type Template = { fromLine: string; subject: string | null; headers: string; body: string };

const WRITE_CHUNK = 1024 * 1024;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The asctime() form a From_ line carries: "Mon May 14 17:37:00 2001", in UTC. */
export function asctime(date: Date): string {
  const day = String(date.getUTCDate()).padStart(2, ' ');
  const time = date.toISOString().slice(11, 19);
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${day} ${time} ${date.getUTCFullYear()}`;
}

/** The header's value with folded continuation lines joined; null when absent. */
function headerValue(headers: string, name: string): string | null {
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\n[ \\t].*)*)`, 'im').exec(headers);
  return match?.[1] === undefined ? null : match[1].replace(/\n[ \t]+/g, ' ').trim();
}

/** Drops a header and its continuation lines. */
function withoutHeader(headers: string, name: string): string {
  return headers.replace(new RegExp(`^${name}:.*(?:\\n[ \\t].*)*\\n?`, 'gim'), '');
}

export function toTemplate(raw: string): Template {
  const text = raw.replace(/\r\n?/g, '\n');
  const split = text.indexOf('\n\n');
  const headers = split === -1 ? text : text.slice(0, split);
  const body = split === -1 ? '' : text.slice(split + 2);
  const fromHeader = headerValue(headers, 'From') ?? '';
  const sender = /<([^<>\s]+)>/.exec(fromHeader)?.[1] ?? /[^\s<>"]+@[^\s<>",]+/.exec(fromHeader)?.[0] ?? 'MAILER-DAEMON';
  const time = Date.parse(headerValue(headers, 'Date') ?? '');
  return {
    fromLine: `From ${sender} ${asctime(new Date(Number.isNaN(time) ? 0 : time))}`,
    subject: headerValue(headers, 'Subject'),
    headers: withoutHeader(withoutHeader(withoutHeader(headers, 'Message-ID'), 'Subject'), 'X-Bench-Copy').replace(/\n+$/, ''),
    body: body.replace(/^(>*From )/gm, '>$1').replace(/\n*$/, '\n'),
  };
}

export function renderCopy(template: Template, copy: number, index: number, distinct: boolean): string {
  const subject = distinct ? `${template.subject ?? ''} [bench copy ${copy}]`.trim() : template.subject;
  return [
    template.fromLine,
    `Message-ID: <bench-copy-${copy}.${index}@foia-bench.invalid>`,
    `X-Bench-Copy: ${copy}`,
    ...(subject === null ? [] : [`Subject: ${subject}`]),
    // An empty line here would end the header block early.
    ...(template.headers === '' ? [] : [template.headers]),
    '',
    template.body,
  ].join('\n');
}

export async function generateMbox(options: GenerateMboxOptions): Promise<GeneratedMbox> {
  const templates: Template[] = [];
  for (const file of await filesUnder(options.sourceDir)) {
    templates.push(toTemplate(await readFile(file, 'latin1')));
  }
  if (templates.length === 0) {
    throw new Error(`No messages under ${options.sourceDir}`);
  }
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
  try {
    while (bytes < options.targetBytes) {
      copy += 1;
      for (let index = 0; index < templates.length && bytes < options.targetBytes; index += 1) {
        const text = renderCopy(templates[index] as Template, copy, index, options.distinct);
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
  return { path: options.targetPath, bytes, messages, copies: copy, sourceMessages: templates.length };
}
