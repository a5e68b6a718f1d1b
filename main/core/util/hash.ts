import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

const WHOLE_READ_LIMIT = 4 * 1024 * 1024;

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Streams a file through SHA-256 so that large sources never sit in memory whole. */
export async function sha256File(path: string, signal?: AbortSignal): Promise<string> {
  // Small files in one read: a stream per file costs more in setup than in hashing.
  const { size } = await stat(path);
  if (size <= WHOLE_READ_LIMIT) {
    return sha256Hex(await readFile(path, signal ? { signal } : {}));
  }
  const hash = createHash('sha256');
  const stream = createReadStream(path, signal ? { signal } : {});
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}
