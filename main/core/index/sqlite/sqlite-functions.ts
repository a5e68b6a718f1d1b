/**
 * SQL functions the index's schema relies on, registered on every connection that opens it
 * (the FTS table's content view calls them, so a connection without them cannot search).
 *
 * They are deterministic by contract: FTS5 deletes a row by re-reading its text through the
 * view and removing exactly the tokens it finds, so these must return for a stored value what
 * they returned when the row was indexed. Change one and the index needs a rebuild migration.
 */
import type { Database } from 'better-sqlite3';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { participantsTextFromJson } from './participants-text.js';

/**
 * Bodies are deflated one by one, so that any record reads alone. Measured on 10,000 Enron
 * bodies: 177 MB became 86 MB at level 6 and 88 MB at level 1 (twice as fast); size is what
 * this index is short of, so level 6.
 */
export function deflateText(text: string): Buffer {
  return deflateRawSync(Buffer.from(text, 'utf8'), { level: 6 });
}

export function inflateText(deflated: Uint8Array): string {
  return inflateRawSync(deflated).toString('utf8');
}

/**
 * Recipient lists run to hundreds of addresses in agency mail (measured on 100,000 Enron
 * messages: 41 MB of To: JSON, 11 MB deflated). A list longer than this is stored deflated (a
 * BLOB), a shorter one as text, where deflating would save nothing.
 */
const PACK_ABOVE_BYTES = 128;

/** Text as a column stores it: deflated when long. */
export function packText(text: string): string | Buffer {
  return Buffer.byteLength(text, 'utf8') > PACK_ABOVE_BYTES ? deflateText(text) : text;
}

/** The text of a packed column. */
export function unpackText(value: string | Uint8Array): string {
  return typeof value === 'string' ? value : inflateText(value);
}

export function registerIndexFunctions(db: Database): void {
  db.function('foia_participants_text', { deterministic: true }, (json: unknown) => (typeof json === 'string' ? participantsTextFromJson(json) : ''));
  db.function('foia_inflate', { deterministic: true }, (deflated: unknown) => (deflated instanceof Uint8Array ? inflateText(deflated) : ''));
  db.function('foia_deflate', { deterministic: true }, (text: unknown) => deflateText(typeof text === 'string' ? text : ''));
  db.function('foia_pack', { deterministic: true }, (text: unknown) => packText(typeof text === 'string' ? text : ''));
  db.function('foia_unpack', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' || value instanceof Uint8Array ? unpackText(value) : '',
  );
}
