/**
 * Bytes to text as a file streams past, for the chat readers that take chunks rather than a
 * whole file. iconv-lite's streaming decoder keeps a character split across two chunks whole and
 * drops a byte-order mark, so no chunk boundary can corrupt a name or a message.
 */
import iconv from 'iconv-lite';
import { AppError } from '../../../../shared/errors.js';
import { throwIfCancelled } from './cancellation.js';

/** True when the app can decode text in this encoding (iconv-lite's names and aliases). */
export function isKnownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

/**
 * The encoding a byte-order mark announces ('utf-16le', 'utf-16be', 'utf-8'), or null when the
 * bytes start without one.
 */
export function encodingFromBom(head: Uint8Array): string | null {
  if (head[0] === 0xff && head[1] === 0xfe) {
    return 'utf-16le';
  }
  if (head[0] === 0xfe && head[1] === 0xff) {
    return 'utf-16be';
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return 'utf-8';
  }
  return null;
}

/**
 * The first `minBytes` of a stream (fewer when the stream is shorter) and the whole stream again,
 * so a reader can sniff an encoding before decoding without reading the file twice.
 */
export async function peekHead(
  chunks: AsyncIterable<Uint8Array>,
  minBytes: number,
): Promise<{ head: Uint8Array; chunks: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < minBytes) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    taken.push(next.value);
    size += next.value.byteLength;
  }
  const head = Buffer.concat(taken).subarray(0, minBytes);
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* taken;
    if (!done) {
      // Resume the same iterator: the chunks already taken are not read again.
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
        yield next.value;
      }
    }
  }
  return { head, chunks: replay() };
}

/**
 * Decodes `chunks` in `encoding` ('auto': a byte-order mark decides, else UTF-8). Undecodable
 * bytes become U+FFFD; the text is never dropped. Throws AppError 'invalid-args' for an encoding
 * the app cannot decode and 'cancelled' when the signal fires.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  encoding: string,
  signal?: AbortSignal,
): AsyncGenerator<string> {
  let source = chunks;
  let name = encoding;
  if (encoding === 'auto') {
    const peeked = await peekHead(chunks, 3);
    source = peeked.chunks;
    name = encodingFromBom(peeked.head) ?? 'utf-8';
  }
  if (!iconv.encodingExists(name)) {
    throw new AppError('invalid-args', `unknown text encoding "${name}"`, { encoding: name });
  }
  const decoder = iconv.getDecoder(name, { stripBOM: true });
  throwIfCancelled(signal, 'decoding');
  for await (const chunk of source) {
    throwIfCancelled(signal, 'decoding');
    const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (text.length > 0) {
      yield text;
    }
  }
  const rest = decoder.end();
  if (rest !== undefined && rest.length > 0) {
    yield rest;
  }
}
