/**
 * Reads a small file whole, hashing it and reporting its bytes: the shape every one-record-per-file
 * extractor (.eml, .msg, text) needs. Synchronous on purpose: it runs in a worker thread, where
 * a blocking read costs nothing, while an asynchronous one costs a thread-pool round trip per
 * call — thousands of them for a folder of small messages.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors.js';
import { sha256Hex } from '../util/hash.js';
import type { ExtractInput } from './adapter.js';

/** Above this a one-record file is not read whole: it is refused, or read in part by its adapter. */
export const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

export async function readWholeFile(input: ExtractInput): Promise<{ bytes: Uint8Array; sha256: string }> {
  if (input.size > MAX_WHOLE_FILE_BYTES) {
    throw new AppError('unsupported', `File of ${(input.size / 1048576).toFixed(0)} MB is larger than the ${MAX_WHOLE_FILE_BYTES / 1048576} MB this format is read up to: not indexed`);
  }
  const bytes = input.preloaded ?? readFileSync(input.absolutePath);
  input.onBytes(bytes.length);
  return { bytes, sha256: sha256Hex(bytes) };
}

/** The first `headBytes` of a large file, and the SHA-256 of all of it, reading it once as a stream. */
export async function readHeadAndHash(input: ExtractInput, headBytes: number): Promise<{ head: Uint8Array; sha256: string }> {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let kept = 0;
  for await (const chunk of createReadStream(input.absolutePath, { highWaterMark: 1024 * 1024, signal: input.signal }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    input.onBytes(chunk.length);
    if (kept < headBytes) {
      const part = chunk.subarray(0, headBytes - kept);
      head.push(Buffer.from(part));
      kept += part.length;
    }
  }
  return { head: Buffer.concat(head), sha256: hash.digest('hex') };
}
