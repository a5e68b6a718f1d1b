/**
 * Quoted-printable (RFC 2045 §6.7) and the "Q" encoding of encoded words (RFC 2047 §4.2), read
 * leniently: an '=' not followed by two hex digits is kept as written, as every mail reader does,
 * because real mail is full of unencoded '=' signs.
 */
import { Buffer } from 'node:buffer';

const HEX: Int8Array = (() => {
  const table = new Int8Array(256).fill(-1);
  for (let i = 0; i < 10; i++) {
    table[0x30 + i] = i;
  }
  for (let i = 0; i < 6; i++) {
    table[0x41 + i] = 10 + i;
    table[0x61 + i] = 10 + i;
  }
  return table;
})();

/** The value of a hex digit byte, or -1. */
export function hexValue(byte: number | undefined): number {
  return byte === undefined ? -1 : (HEX[byte] ?? -1);
}

function isBlank(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09;
}

/**
 * Decodes a quoted-printable body. Soft line breaks ('=' at the end of a line, before CRLF or LF)
 * are removed; hard line breaks are kept as written; trailing blanks before a line break are
 * transport padding and removed (RFC 2045 rule 3).
 */
export function decodeQuotedPrintable(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(input.length);
  let o = 0;
  let i = 0;
  const n = input.length;
  while (i < n) {
    const byte = input[i] ?? 0;
    if (byte === 0x3d) {
      const h1 = hexValue(input[i + 1]);
      const h2 = hexValue(input[i + 2]);
      if (h1 >= 0 && h2 >= 0) {
        out[o++] = (h1 << 4) | h2;
        i += 3;
        continue;
      }
      // A soft line break may carry trailing blanks between '=' and the line end.
      let j = i + 1;
      while (isBlank(input[j])) {
        j++;
      }
      if (input[j] === 0x0d && input[j + 1] === 0x0a) {
        i = j + 2;
        continue;
      }
      if (input[j] === 0x0a) {
        i = j + 1;
        continue;
      }
      if (j >= n) {
        i = n;
        continue;
      }
      out[o++] = byte;
      i++;
      continue;
    }
    if (isBlank(byte)) {
      // Drop blanks that end a line; keep them otherwise.
      let j = i;
      while (isBlank(input[j])) {
        j++;
      }
      const next = input[j];
      if (next === 0x0a || (next === 0x0d && input[j + 1] === 0x0a)) {
        i = j;
        continue;
      }
      while (i < j) {
        out[o++] = input[i++] ?? 0;
      }
      continue;
    }
    out[o++] = byte;
    i++;
  }
  return out.subarray(0, o);
}

/**
 * Decodes the text of a "Q" encoded word: like quoted-printable, with '_' meaning space and no
 * line breaks. Input is the encoded text as a string of ASCII characters.
 */
export function decodeQEncoding(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5f) {
      out[o++] = 0x20;
    } else if (code === 0x3d) {
      const h1 = hexValue(text.charCodeAt(i + 1));
      const h2 = hexValue(text.charCodeAt(i + 2));
      if (h1 >= 0 && h2 >= 0) {
        out[o++] = (h1 << 4) | h2;
        i += 2;
      } else {
        out[o++] = code;
      }
    } else if (code < 0x80) {
      out[o++] = code;
    } else {
      // Raw non-ASCII text inside a Q word is malformed; keep it as UTF-8 rather than lose it.
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      const bytes = Buffer.from(text.slice(i, i + width), 'utf8');
      out.set(bytes, o);
      o += bytes.length;
      i += width - 1;
    }
  }
  return out.subarray(0, o);
}
