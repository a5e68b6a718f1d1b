/**
 * Stable identifiers. A top-level record's id depends only on its identity (an email's
 * normalised content; a file's bytes and place), a child's on its parent's id and its part, so
 * re-indexing or a rebuilt index gives every record the same id and the codings in case.json
 * still point at it, whatever order the copies were found in.
 */
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../util/hash.js';

export function recordIdFromIdentity(identity: string): string {
  return `r_${sha256Hex(identity).slice(0, 32)}`;
}

export function childRecordId(parentId: string, partPath: string): string {
  return recordIdFromIdentity(`${parentId}\npart ${partPath}`);
}

export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}
