/**
 * Base64 of an MMS part, decoded strictly. The mail decoder (`mail/mime/base64.ts`) is lenient on
 * purpose, because mail gateways mangle base64 and any recovered byte helps; a backup writes each
 * part in one clean run, so a stray character means the data is damaged, and a damaged photo
 * handed on as if whole would mislead. The part is kept with no bytes and the reason is reported.
 */

export type StrictBase64 = { bytes: Uint8Array } | { error: string };

const INVALID = /[^A-Za-z0-9+/=\s]/g;

/** Decodes base64 (whitespace allowed, padding optional); an error says what is wrong. */
export function decodeStrictBase64(text: string): StrictBase64 {
  const invalid = text.match(INVALID);
  if (invalid) {
    const shown = [...new Set(invalid)].slice(0, 5).map((ch) => JSON.stringify(ch)).join(', ');
    return { error: `${invalid.length} character(s) outside base64 (${shown})` };
  }
  const compact = text.replace(/\s+/g, '');
  const padding = /=*$/.exec(compact)?.[0].length ?? 0;
  const body = compact.slice(0, compact.length - padding);
  if (body.includes('=') || padding > 2) {
    return { error: 'padding "=" in the middle of the data' };
  }
  if (body.length % 4 === 1) {
    return { error: 'the data ends in the middle of a group (a lone last character)' };
  }
  if (padding > 0 && (body.length + padding) % 4 !== 0) {
    return { error: 'wrong amount of "=" padding' };
  }
  const decoded = Buffer.from(body, 'base64');
  return { bytes: new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength) };
}
