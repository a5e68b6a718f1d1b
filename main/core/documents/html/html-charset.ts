/**
 * The character encoding of an HTML file. A byte-order mark decides. A declared charset (the
 * Content-Type's, then a <meta> or XML declaration near the top) is believed only when the bytes
 * agree with it: pages saved by one program and re-encoded by another keep their old <meta>, and
 * a page that says UTF-8 over windows-1256 bytes is common. Without a believable declaration the
 * bytes are read as they look (valid UTF-8, else a statistical guess, else windows-1252).
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { htmlTokens, parseAttributes } from '../../text/html-tokens.js';
import { byteOrderMark, decodableEncoding, decodeIn, guessEncoding, utf16Pattern, type EncodingBasis } from '../../text/text-decoding.js';

/** How far into the file a declaration counts (the HTML standard's prescan looks at 1,024 bytes; Word writes longer heads). */
const PRESCAN_BYTES = 8192;

/** The encoding chosen for an HTML file, why, and the BOM to skip. */
export type HtmlEncoding = {
  encoding: string;
  basis: EncodingBasis | 'declared';
  bomLength: number;
  /** A sentence for the officer when a declaration was not believed; null otherwise. */
  note: string | null;
};

/** The charset a <meta> tag or XML declaration in the first bytes declares, or null. */
export function declaredCharset(head: Uint8Array): string | null {
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(text);
  if (xml?.[1]) {
    return xml[1];
  }
  for (const token of htmlTokens(text)) {
    if (token.kind === 'start' && token.name === 'body') {
      break;
    }
    if (token.kind !== 'start' || token.name !== 'meta') {
      continue;
    }
    const attributes = parseAttributes(token.attributes);
    const charset = attributes.get('charset');
    if (charset) {
      return charset.trim();
    }
    if ((attributes.get('http-equiv') ?? '').toLowerCase() === 'content-type') {
      const match = /charset\s*=\s*["']?([^\s"';]+)/i.exec(attributes.get('content') ?? '');
      if (match?.[1]) {
        return match[1];
      }
    }
  }
  return null;
}

function isAscii(bytes: Uint8Array): boolean {
  return !bytes.some((byte) => byte >= 0x80);
}

/** True when bytes read in `encoding` give text and not a trail of replacement characters. */
function decodesCleanly(bytes: Uint8Array, encoding: string): boolean {
  const sample = bytes.subarray(0, 256 * 1024);
  const text = decodeIn(sample, encoding);
  let replacements = 0;
  for (const char of text) {
    if (char === '\ufffd') {
      replacements++;
    }
  }
  return replacements * 200 <= text.length;
}

/** Whether the bytes agree with a declared encoding; see the file header. */
function agrees(bytes: Uint8Array, encoding: string): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'utf-8') {
    return isUtf8(buffer);
  }
  // Non-ASCII bytes that form valid UTF-8 are UTF-8 whatever the page says: legacy code pages
  // almost never produce such sequences by chance.
  if (!isAscii(buffer) && isUtf8(buffer)) {
    return false;
  }
  return decodesCleanly(bytes, encoding);
}

/** The encoding to read an HTML file in; `mimeCharset` is the charset parameter of its declared type, if any. */
export function htmlEncoding(bytes: Uint8Array, mimeCharset: string | null): HtmlEncoding {
  const bom = byteOrderMark(bytes);
  if (bom) {
    return { encoding: bom.encoding, basis: 'bom', bomLength: bom.length, note: null };
  }
  const utf16 = utf16Pattern(bytes);
  if (utf16) {
    return { encoding: utf16, basis: 'utf-16-pattern', bomLength: 0, note: null };
  }
  const notes: string[] = [];
  for (const label of [mimeCharset, declaredCharset(bytes)]) {
    if (label === null || label.trim() === '') {
      continue;
    }
    let encoding = decodableEncoding(label);
    // A page that declares UTF-16 in an 8-bit stream means UTF-8 (HTML standard, "prescan").
    if (encoding === 'utf-16le' || encoding === 'utf-16be' || /^(utf-?16|unicode)/i.test(label.trim())) {
      encoding = 'utf-8';
    }
    if (encoding === null) {
      if (/^\s*(us-)?ascii\s*$/i.test(label) && isAscii(bytes)) {
        return { encoding: 'utf-8', basis: 'declared', bomLength: 0, note: null };
      }
      notes.push(`declared charset "${label}" is not one this reader knows`);
      continue;
    }
    if (agrees(bytes, encoding)) {
      return { encoding, basis: 'declared', bomLength: 0, note: notes.length > 0 ? notes.join('; ') : null };
    }
    notes.push(`declared charset "${label}" does not match the bytes`);
  }
  const guess = guessEncoding(bytes);
  const how = guess.basis === 'detected' ? ' (detected from the text)' : guess.basis === 'fallback' ? ' (no encoding recognised)' : '';
  return {
    encoding: guess.encoding,
    basis: guess.basis,
    bomLength: guess.bomLength,
    note: notes.length > 0 ? `${notes.join('; ')}: read as ${guess.encoding}${how}` : null,
  };
}
