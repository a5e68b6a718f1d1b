/**
 * Reads a small file whole, hashing it and reporting its bytes: the shape every one-record-per-file
 * extractor (.eml, .msg, text) needs. Synchronous on purpose: it runs in a worker thread, where
 * a blocking read costs nothing, while an asynchronous one costs a thread-pool round trip per
 * call — thousands of them for a folder of small messages.
 */
import { readFileSync } from 'node:fs';
import { sha256Hex } from '../util/hash.js';
import type { ExtractInput } from './adapter.js';

/** Above this a single-message file is not parsed (its size and hash are still recorded). */
export const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

export async function readWholeFile(input: ExtractInput): Promise<{ bytes: Uint8Array; sha256: string }> {
  const bytes = input.preloaded ?? readFileSync(input.absolutePath);
  input.onBytes(bytes.length);
  return { bytes, sha256: sha256Hex(bytes) };
}
