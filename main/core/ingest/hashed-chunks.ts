/**
 * A file read as a stream of chunks for a streaming reader, hashed and counted on the way, so
 * a multi-gigabyte SMS backup is read once, never held whole, and still gets its SHA-256.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ExtractInput } from './adapter.js';

const CHUNK_BYTES = 1024 * 1024;

export type HashedChunks = {
  chunks: AsyncIterable<Uint8Array>;
  /** The SHA-256 of the whole file; call after the chunks are read to the end. */
  sha256(): string;
};

export function hashedChunks(input: ExtractInput): HashedChunks {
  const hash = createHash('sha256');
  let finished = false;
  async function* read(): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(input.absolutePath, { highWaterMark: CHUNK_BYTES, signal: input.signal }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      input.onBytes(chunk.length);
      yield chunk;
    }
    finished = true;
  }
  return {
    chunks: read(),
    sha256: () => {
      if (!finished) {
        throw new Error(`${input.relativePath} was not read to its end`);
      }
      return hash.digest('hex');
    },
  };
}
