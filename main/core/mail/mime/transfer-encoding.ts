/**
 * Undoes a part's Content-Transfer-Encoding. Identity encodings (7bit, 8bit, binary) and unknown
 * ones give the bytes back unchanged, so no content is ever dropped; broken encodings are decoded
 * as far as possible and described in a problem sentence.
 */
import { decodeBase64 } from './base64.js';
import { decodeQuotedPrintable } from './quoted-printable.js';
import { decodeUuencode } from './uuencode.js';

export type TransferDecoded = { bytes: Uint8Array; problem: string | null };

const IDENTITY = new Set(['', '7bit', '8bit', 'binary', '7-bit', '8-bit', 'none', 'text', 'plain']);
const UUENCODE = new Set(['x-uuencode', 'uuencode', 'x-uue', 'uue']);

/** Decodes `bytes` written in transfer encoding `encoding` (the header value, any case). */
export function decodeTransferEncoding(bytes: Uint8Array, encoding: string): TransferDecoded {
  const name = encoding.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (IDENTITY.has(name)) {
    return { bytes, problem: null };
  }
  if (name === 'base64') {
    const result = decodeBase64(bytes);
    const faults: string[] = [];
    if (result.invalidCharacters > 0) {
      faults.push(`${result.invalidCharacters} invalid characters skipped`);
    }
    if (result.truncated) {
      faults.push('it ends in the middle of a group');
    }
    if (result.dataAfterPadding) {
      faults.push('data follows the padding');
    }
    return { bytes: result.bytes, problem: faults.length > 0 ? `broken base64: ${faults.join('; ')}` : null };
  }
  if (name === 'quoted-printable') {
    return { bytes: decodeQuotedPrintable(bytes), problem: null };
  }
  if (UUENCODE.has(name)) {
    const result = decodeUuencode(bytes);
    if (!result.sawBegin) {
      return { bytes: result.bytes, problem: 'uuencoded part has no "begin" line' };
    }
    return { bytes: result.bytes, problem: result.sawEnd ? null : 'uuencoded part has no "end" line' };
  }
  return { bytes, problem: `unknown Content-Transfer-Encoding "${encoding.trim()}"; content kept as written` };
}
