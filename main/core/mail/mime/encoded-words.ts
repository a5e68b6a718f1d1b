/**
 * RFC 2047 encoded words (`=?charset?B|Q?text?=`) in header text. Whitespace between two encoded
 * words is dropped (RFC 2047 §6.2), and adjacent words in the same charset are decoded as one
 * byte run, because senders split multi-byte characters across words. Words that cannot be
 * decoded (bad base64, empty charset) are left exactly as written.
 *
 * Words glued to other text ("Re:=?utf-8?q?x?=") are decoded too: the RFC forbids them but every
 * mail reader accepts them, and showing the raw form would hide the subject from search.
 */
import { Buffer } from 'node:buffer';
import { decodeBase64 } from './base64.js';
import { decodeCharset } from './charset.js';
import { decodeQEncoding } from './quoted-printable.js';

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=/g;

type Word = { start: number; end: number; charset: string; bytes: Uint8Array };

function decodeWord(charset: string, encoding: string, payload: string): Uint8Array | null {
  if (encoding === 'b' || encoding === 'B') {
    const result = decodeBase64(Buffer.from(payload, 'latin1'));
    return result.invalidCharacters > 0 || result.truncated ? null : result.bytes;
  }
  return charset === '' ? null : decodeQEncoding(payload);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) {
    return chunks[0] ?? new Uint8Array(0);
  }
  return Buffer.concat(chunks);
}

/**
 * Decodes every encoded word in `text`. Unknown charsets are read with the fallback (UTF-8 when
 * valid, else windows-1252) and, when `problems` is given, a sentence naming the charset is added.
 */
export function decodeEncodedWords(text: string, problems?: string[]): string {
  if (!text.includes('=?')) {
    return text;
  }
  const words: Word[] = [];
  for (const match of text.matchAll(ENCODED_WORD)) {
    const charset = match[1] ?? '';
    const bytes = decodeWord(charset, match[2] ?? '', match[3] ?? '');
    if (bytes !== null) {
      const start = match.index;
      words.push({ start, end: start + match[0].length, charset: charset.toLowerCase(), bytes });
    }
  }
  if (words.length === 0) {
    return text;
  }
  let out = '';
  let cursor = 0;
  let i = 0;
  while (i < words.length) {
    const first = words[i] as Word;
    out += text.slice(cursor, first.start);
    // Gather the run of words separated only by whitespace and sharing a charset.
    const chunks = [first.bytes];
    let last = first;
    let j = i + 1;
    for (; j < words.length; j++) {
      const next = words[j] as Word;
      if (!/^[ \t\r\n]*$/.test(text.slice(last.end, next.start)) || next.charset !== first.charset) {
        break;
      }
      chunks.push(next.bytes);
      last = next;
    }
    const decoded = decodeCharset(concat(chunks), first.charset.replace(/\*.*$/, ''));
    if (decoded.problem !== null && problems) {
      problems.push(`encoded word: ${decoded.problem}`);
    }
    out += decoded.text;
    cursor = last.end;
    // Whitespace before a following word in another charset is still dropped (RFC 2047 §6.2).
    const following = words[j];
    if (following && /^[ \t\r\n]*$/.test(text.slice(cursor, following.start))) {
      cursor = following.start;
    }
    i = j;
  }
  return out + text.slice(cursor);
}
