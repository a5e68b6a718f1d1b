/**
 * Reads a small file whole, hashing it and reporting its bytes: the shape every one-record-per-file
 * extractor (.eml, .msg, text) needs.
 */
import { readFile } from 'node:fs/promises';
import { sha256Hex } from '../util/hash.js';
import type { ExtractInput } from './adapter.js';

/** Above this a single-message file is not parsed (its size and hash are still recorded). */
export const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

export async function readWholeFile(input: ExtractInput): Promise<{ bytes: Uint8Array; sha256: string }> {
  const bytes = await readFile(input.absolutePath, { signal: input.signal });
  input.onBytes(bytes.length);
  return { bytes, sha256: sha256Hex(bytes) };
}
