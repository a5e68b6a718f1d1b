/**
 * The text encoding of an XML file from its first bytes: a byte-order mark, else the XML
 * declaration's `encoding`, else UTF-8 (XML's default, and what SMS Backup & Restore writes).
 */
import { encodingFromBom, isKnownEncoding } from '../mapped/text-chunks.js';

/** The encoding to decode with, and a note when the declared one cannot be used. */
export function xmlEncoding(head: Uint8Array): { encoding: string; problem: string | null } {
  const bom = encodingFromBom(head);
  if (bom !== null) {
    return { encoding: bom, problem: null };
  }
  // The declaration is ASCII in every ASCII-compatible encoding, which is all a declaration can name here.
  const start = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 512)).toString('latin1');
  const declared = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(start)?.[1];
  if (declared === undefined) {
    return { encoding: 'utf-8', problem: null };
  }
  if (!isKnownEncoding(declared)) {
    return { encoding: 'utf-8', problem: `the file declares the unknown encoding "${declared}"; read as UTF-8` };
  }
  // A UTF-16 declaration without a byte-order mark cannot be right: the declaration itself was read as ASCII.
  if (/^utf-?16/i.test(declared)) {
    return { encoding: 'utf-8', problem: `the file declares ${declared} but is written in an ASCII-compatible encoding; read as UTF-8` };
  }
  return { encoding: declared, problem: null };
}
