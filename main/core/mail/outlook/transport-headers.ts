/**
 * PR_TRANSPORT_MESSAGE_HEADERS: the RFC 5322 header block a message arrived with, which Outlook
 * keeps beside its own properties. It is the only place some facts survive (the Date header as
 * written, References on items whose PR_INTERNET_REFERENCES was never set), so the readers parse
 * it themselves: unfold, split into fields in file order, decode encoded words.
 */
import { decodeEncodedWords } from '../mime/encoded-words.js';
import type { MailHeader } from '../mail-message.js';

/** Headers larger than this are not headers; stop rather than scan megabytes of junk. */
const MAX_HEADER_CHARS = 1024 * 1024;

/** Splits a header block into unfolded fields, in order. Lines that are not fields are dropped. */
export function parseTransportHeaders(block: string): MailHeader[] {
  const headers: MailHeader[] = [];
  const lines = block.slice(0, MAX_HEADER_CHARS).split(/\r\n|\n|\r/);
  let current: { name: string; value: string } | null = null;
  for (const line of lines) {
    if (line === '') {
      // A blank line ends the header block; anything after it is a body some gateways appended.
      if (current !== null) {
        break;
      }
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && current !== null) {
      // Unfolding removes the line break only; the whitespace that follows it stays (RFC 5322 2.2.3).
      current.value += line;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || /[\s]/.test(line.slice(0, colon).trimEnd())) {
      continue;
    }
    if (current !== null) {
      headers.push(finish(current));
    }
    current = { name: line.slice(0, colon).trimEnd(), value: line.slice(colon + 1) };
  }
  if (current !== null) {
    headers.push(finish(current));
  }
  return headers;
}

function finish(field: { name: string; value: string }): MailHeader {
  return { name: field.name, value: decodeEncodedWords(field.value.trim()) };
}

/** The value of the first field called `name` (case-insensitive), or '' when absent. */
export function headerValue(headers: MailHeader[], name: string): string {
  const wanted = name.toLowerCase();
  return headers.find((header) => header.name.toLowerCase() === wanted)?.value ?? '';
}
