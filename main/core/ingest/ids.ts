/**
 * Stable identifiers. A record id depends only on the bytes of the file it came from and its
 * locator inside that file, so re-indexing (or a rebuilt index) gives every record the same id
 * and the codings in case.json still point at it.
 */
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../util/hash.js';

export function recordId(fileSha256: string, locator: string): string {
  return `r_${sha256Hex(`${fileSha256}\n${locator}`).slice(0, 32)}`;
}

export function sourceId(sourceSha256: string): string {
  return `s_${sourceSha256.slice(0, 24)}`;
}

export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}
