/**
 * When two source files are the same message for the generator: Enron keeps one message in
 * several folders (skilling-j holds about 1,554 such copies), each with its own Message-ID and
 * X-Folder. Repeating those copies would make the app's duplicate detection fold them together,
 * so a mailbox of N messages would not give N records; the generator keeps one file per key.
 *
 * The key is deliberately coarser than the app's (main/core/ingest/email/dedupe-key.ts): every
 * address in From, To, Cc and Bcc, the instant of the Date, and the Subject and body with all
 * white space dropped and case folded. So whatever the app calls one message, this key does too,
 * and no two kept files collapse into one record; the reverse costs a few templates at most.
 * One exception: the app compares decoded, NFKC-normalised text and this key the raw bytes,
 * which only matters for encoded bodies (Enron's are plain ASCII). The search suite checks the
 * record count anyway.
 */
import { createHash } from 'node:crypto';
import { headerValue } from './mail-headers.js';

const ADDRESS = /[^\s<>"',;:()[\]]+@[^\s<>"',;:()[\]]+/g;

function addresses(headers: string, name: string): string {
  const value = headerValue(headers, name) ?? '';
  const found = (value.match(ADDRESS) ?? []).map((address) => address.toLowerCase()).sort();
  // No address at all (a bare name): fall back to the text, so it still tells messages apart.
  return found.length > 0 ? found.join(',') : squeeze(value);
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

function instant(headers: string): string {
  const raw = headerValue(headers, 'Date') ?? '';
  const time = Date.parse(raw);
  return Number.isNaN(time) ? squeeze(raw) : String(Math.floor(time / 1000));
}

/** `headers` and `body` as split by the generator: LF line ends, headers not yet rewritten. */
export function messageContentKey(headers: string, body: string): string {
  const parts = [
    addresses(headers, 'From'),
    addresses(headers, 'To'),
    addresses(headers, 'Cc'),
    addresses(headers, 'Bcc'),
    instant(headers),
    squeeze(headerValue(headers, 'Subject') ?? ''),
    squeeze(body),
  ];
  return createHash('sha256').update(parts.join('\u0000'), 'latin1').digest('hex');
}
