/**
 * Byte streams for the streaming chat readers' tests: a file in chunks of a chosen size, text
 * pieces, and a huge input made on the fly so a test can feed 100 MB without holding it.
 */
import { createReadStream } from 'node:fs';

/** The file's bytes in chunks of `size` bytes (small sizes put chunk edges everywhere). */
export function fileChunks(path: string, size = 64 * 1024): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: size });
}

/** Text pieces as UTF-8 chunks, one chunk per piece. */
export async function* textChunks(...pieces: string[]): AsyncGenerator<Uint8Array> {
  for (const piece of pieces) {
    yield new TextEncoder().encode(piece);
  }
}

/**
 * `head`, then `bytes` bytes of `fill` in 64 KiB chunks made on the fly, then `tail`; records the
 * largest heap growth seen while the reader consumed it in `peak.heapGrowth`.
 */
export async function* hugeInput(head: string, fill: string, bytes: number, tail: string, peak: { heapGrowth: number }): AsyncGenerator<Uint8Array> {
  const base = process.memoryUsage().heapUsed;
  yield new TextEncoder().encode(head);
  const block = new TextEncoder().encode(fill.repeat(Math.ceil((64 * 1024) / fill.length)).slice(0, 64 * 1024));
  for (let sent = 0; sent < bytes; sent += block.byteLength) {
    yield block;
    peak.heapGrowth = Math.max(peak.heapGrowth, process.memoryUsage().heapUsed - base);
  }
  yield new TextEncoder().encode(tail);
}

/** Everything a reader yields, split into items and problems. */
export async function collect<T extends object>(outputs: AsyncIterable<T | { problem: { locator: string; message: string } }>): Promise<{
  items: T[];
  problems: Array<{ locator: string; message: string }>;
  all: Array<T | { problem: { locator: string; message: string } }>;
}> {
  const items: T[] = [];
  const problems: Array<{ locator: string; message: string }> = [];
  const all: Array<T | { problem: { locator: string; message: string } }> = [];
  for await (const output of outputs) {
    all.push(output);
    if ('problem' in output) {
      problems.push(output.problem);
    } else {
      items.push(output);
    }
  }
  return { items, problems, all };
}
