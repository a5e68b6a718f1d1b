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
import { mailToItems } from '../email/mail-to-record.js';
import { gmailLabels } from '../email/gmail-labels.js';

/** Messages above this are not parsed whole: their headers are indexed and the rest is reported. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;

function entryLocator(entry: MboxEntry): string {
  return `offset ${entry.offset}`;
}

function entryItems(entry: MboxEntry): ExtractedItem[] {
  const locator = entryLocator(entry);
  const message = parseMailMessage(entry.bytes);
  const labels = gmailLabels(message.headers);
  const placement = { locator, itemSha256: entry.sha256, sizeBytes: entry.size, folder: null, labels };
  const problems: ExtractedItem[] = entry.problems.map((problem) => ({ type: 'problem', severity: 'warning', locator, message: problem }));
  if (!entry.oversized) {
    return [...mailToItems(message, placement), ...problems];
  }
  // Only the head was kept: index what the headers say, never a half-read body as if it were whole.
  const headersOnly = { ...message, text: '', html: '', attachments: [], problems: [] };
  const [first, ...rest] = mailToItems(headersOnly, placement);
  const items: ExtractedItem[] = [];
  if (first?.type === 'record') {
    items.push({ type: 'record', record: { ...first.record, identity: `email-oversized\n${entry.sha256}` } });
  }
  items.push({
    type: 'problem',
    severity: 'error',
    locator,
    message: `Message of ${(entry.size / 1048576).toFixed(1)} MB is larger than the ${MAX_MESSAGE_BYTES / 1048576} MB parse limit: its headers are indexed, its body and attachments are not`,
  });
  return [...items, ...rest, ...problems];
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
