/**
 * x-uuencode, the transfer encoding of pre-MIME attachments that some gateways still declared as
 * Content-Transfer-Encoding: x-uuencode. Lines between `begin <mode> <name>` and `end` each start
 * with a length character, then four characters per three bytes, each character (c - 32) & 63.
 */

import { Buffer } from 'node:buffer';

export type UudecodeResult = {
  bytes: Uint8Array;
  /** The name on the `begin` line; '' when there was none. */
  filename: string;
  /** False when no `begin` line was found (the lines were decoded anyway). */
  sawBegin: boolean;
  /** False when the data ran out before the `end` line. */
  sawEnd: boolean;
};

function sixBits(code: number | undefined): number {
  return ((code ?? 0x20) - 0x20) & 0x3f;
}

/** Decodes uuencoded data; never throws. */
export function decodeUuencode(input: Uint8Array): UudecodeResult {
  const text = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
  const lines = text.split(/\r?\n/);
  const out = new Uint8Array(input.length + 3);
  let o = 0;
  let filename = '';
  let index = lines.findIndex((line) => /^begin(?:-base64)?\s+[0-7]{3,4}\s/.test(line));
  const sawBegin = index >= 0;
  if (sawBegin) {
    filename = (lines[index] ?? '').replace(/^begin\S*\s+[0-7]+\s+/, '').trim();
    index++;
  } else {
    index = 0;
  }
  let sawEnd = false;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/^end\s*$/.test(line)) {
      sawEnd = true;
      break;
    }
    if (line.length === 0) {
      continue;
    }
    const length = sixBits(line.charCodeAt(0));
    let written = 0;
    for (let i = 1; written < length && i < line.length; i += 4) {
      const a = sixBits(line.charCodeAt(i));
      const b = sixBits(line.charCodeAt(i + 1));
      const c = sixBits(line.charCodeAt(i + 2));
      const d = sixBits(line.charCodeAt(i + 3));
      const triple = [(a << 2) | (b >> 4), ((b << 4) | (c >> 2)) & 0xff, ((c << 6) | d) & 0xff];
      for (const byte of triple) {
        if (written < length) {
          out[o++] = byte;
          written++;
        }
      }
    }
  }
  return { bytes: out.subarray(0, o), filename, sawBegin, sawEnd };
}
