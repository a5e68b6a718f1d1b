/**
 * Outlook `.pst` and `.ost` stores: every item in every folder, the folder tree kept as the
 * record's folder. Contacts, calendar entries, tasks and the like are counted as what they are.
 * A checkpoint after every item lets an interrupted ingest continue at the next one.
 */
import { readPst } from '../../mail/outlook/read-pst.js';
import type { MailMessage } from '../../mail/mail-message.js';
import { sha256File } from '../../util/hash.js';
import type { Extractor } from '../adapter.js';
import { mailToItems } from '../email/mail-to-record.js';

/** A PST item has no byte range of its own: its size is what it carries. */
function carriedBytes(message: MailMessage): number {
  return Buffer.byteLength(message.text) + Buffer.byteLength(message.html) + message.attachments.reduce((sum, attachment) => sum + attachment.size, 0);
}

const extractor: Extractor = {
  async *extract(input) {
    // Hashed first: the store's hash is part of the evidence whether or not every item reads.
    const sha256 = await sha256File(input.absolutePath, input.signal);
    input.onBytes(input.size);
    // Stores up to 128 MB are read into memory (several times faster); larger ones from the file.
    const options = { signal: input.signal, maxInMemoryBytes: 128 * 1024 * 1024 };
    const items = readPst(input.absolutePath, input.resume === '' ? options : { ...options, skipUntil: input.resume });
    for (const item of items) {
      if (item.type === 'error') {
        yield { type: 'problem', severity: 'error', locator: item.locator, message: item.message };
      } else if (item.message !== null && item.itemKind === 'email') {
        const folder = item.folderPath.join('/');
        yield* mailToItems(item.message, { locator: item.locator, itemSha256: '', sizeBytes: carriedBytes(item.message), folder, labels: [] });
      } else {
        yield { type: 'not-record', what: item.itemKind, locator: item.locator, description: item.description || item.messageClass };
      }
      yield { type: 'checkpoint', resume: item.locator };
    }
    return { sha256 };
  },
};

export default extractor;
