/**
 * mbox files of every dialect (mboxo, mboxrd, mboxcl2, Thunderbird, Gmail Takeout), streamed:
 * the file is read once, hashed on the way, split into messages and each message parsed on its
 * own, so memory stays bounded whatever the size of the mailbox.
 *
 * A checkpoint after every message lets an interrupted ingest continue at the next one.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { splitMbox } from '../../mail/mbox/split-mbox.js';
import type { MboxEntry } from '../../mail/mbox/split-mbox.js';
import { parseMailMessage } from '../../mail/mime/parse-mail-message.js';
import type { ExtractedItem, Extractor, ExtractInput } from '../adapter.js';
import { gmailLabels } from '../email/gmail-labels.js';
import { mailToItems } from '../email/mail-to-record.js';
import { MAX_MESSAGE_BYTES, oversizedMessageItems } from '../email/oversized-message.js';

const CHUNK_BYTES = 1024 * 1024;

function entryItems(entry: MboxEntry): ExtractedItem[] {
  const locator = `offset ${entry.offset}`;
  const problems: ExtractedItem[] = entry.problems.map((problem) => ({ type: 'problem', severity: 'warning', locator, message: problem }));
  if (entry.oversized) {
    return [...oversizedMessageItems({ head: entry.bytes, locator, size: entry.size, sha256: entry.sha256 }), ...problems];
  }
  const message = parseMailMessage(entry.bytes);
  const placement = { locator, itemSha256: entry.sha256, sizeBytes: entry.size, folder: null, labels: gmailLabels(message.headers) };
  return [...mailToItems(message, placement), ...problems];
}

async function* hashedChunks(input: ExtractInput, hash: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(input.absolutePath, { highWaterMark: CHUNK_BYTES, signal: input.signal });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    input.onBytes(chunk.length);
    yield chunk;
  }
}

const extractor: Extractor = {
  async *extract(input) {
    const hash = createHash('sha256');
    const startOffset = input.resume === '' ? 0 : Number(input.resume);
    const entries = splitMbox(hashedChunks(input, hash), {
      maxMessageBytes: MAX_MESSAGE_BYTES,
      startOffset: Number.isSafeInteger(startOffset) ? startOffset : 0,
      signal: input.signal,
    });
    let count = 0;
    for await (const entry of entries) {
      count += 1;
      yield* entryItems(entry);
      yield { type: 'checkpoint', resume: String(entry.offset + entry.length) };
    }
    if (count === 0 && startOffset === 0) {
      yield { type: 'problem', severity: 'error', locator: '', message: 'No messages found: no "From " separator line in the file' };
    }
    return { sha256: hash.digest('hex') };
  },
};

export default extractor;
