/**
 * Splits an mbox file into its messages as the file streams past, in bounded memory. The caller
 * reads the file (and may hash its chunks on the way), so this takes chunks, not a path; chunks
 * of about 1 MiB (fs.createReadStream's `highWaterMark`) keep the scan at disk speed. Chunks are
 * kept as views until their message is done, so they must not be reused or changed once handed
 * over (fs streams never do).
 *
 * Memory: the chunk in hand, a few bytes carried from one chunk to the next, and the current
 * message: up to `maxMessageBytes` of it as views of the chunks it spans, plus one copy of it when
 * it ends (so about twice `maxMessageBytes` at the peak); for an oversized message, `headBytes`.
 *
 * Which lines split is decided in `from-line.ts`, Content-Length and rewinding in
 * `mbox-scanner.ts`, memory and hashing per message in `message-builder.ts`.
 */
import { AppError } from '../../../../shared/errors.js';
import type { MboxEntry, MboxSplitSummary, SplitMboxOptions } from './mbox-entry.js';
import { MboxScanner } from './mbox-scanner.js';

export type { MboxEntry, MboxSplitSummary, SplitMboxOptions } from './mbox-entry.js';

const DEFAULT_HEAD_BYTES = 1024 * 1024;

/**
 * Yields one entry per message, in file order. Returns (as the generator's return value) how
 * many bytes were scanned, how many messages were found and how many bytes came before the
 * first From_ line. Never throws for what the file holds: a file that is not an mbox yields
 * nothing, or entries with problems. Throws AppError 'invalid-args' for bad options and
 * 'cancelled' when the signal aborts (the input iterator is closed either way).
 */
export async function* splitMbox(chunks: AsyncIterable<Uint8Array>, options: SplitMboxOptions): AsyncGenerator<MboxEntry, MboxSplitSummary, undefined> {
  const { signal } = options;
  const scanner = new MboxScanner({
    maxMessageBytes: byteCount('maxMessageBytes', options.maxMessageBytes),
    headBytes: byteCount('headBytes', options.headBytes ?? DEFAULT_HEAD_BYTES),
    startOffset: byteCount('startOffset', options.startOffset ?? 0),
  });
  throwIfCancelled(signal);
  for await (const chunk of chunks) {
    throwIfCancelled(signal);
    for (const entry of scanner.push(chunk)) {
      yield entry;
      throwIfCancelled(signal);
    }
  }
  for (const entry of scanner.finish()) {
    yield entry;
    throwIfCancelled(signal);
  }
  return scanner.summary();
}

function byteCount(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new AppError('invalid-args', `${name} must be a whole number of bytes, not ${value}`, { [name]: value });
  }
  return value;
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) {
    throw new AppError('cancelled', 'mbox split cancelled');
  }
}
