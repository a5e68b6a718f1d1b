/**
 * The charset an HTML body declares for itself in a <meta> tag. Used only when the MIME header
 * gives none: HTML mail saved from Outlook or a browser often declares its charset only there.
 */
import { Buffer } from 'node:buffer';

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

/** Looks in the first 2 KiB of `bytes` for a meta charset; '' when there is none. */
export function sniffHtmlCharset(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  return META_CHARSET.exec(head)?.[1] ?? '';
}
