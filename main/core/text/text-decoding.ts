/**
 * Bytes of unknown encoding to text: a UTF-16 byte-order mark decides; otherwise the MIME
 * parser's fallback reading (UTF-8 when the bytes are valid UTF-8, else windows-1252, the code
 * page office machines wrote most plain text in), with which of the two it was.
 */
import { isUtf8 } from 'node:buffer';
import { decodeUtf8OrWindows1252 } from '../mail/mime/charset.js';

export type DecodedText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' };

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  return { text: decodeUtf8OrWindows1252(bytes), encoding: isUtf8(bytes) ? 'utf-8' : 'windows-1252' };
}
