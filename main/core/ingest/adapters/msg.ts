/**
 * Outlook `.msg` files: one message each, with its attachments and embedded messages.
 */
import { readMsg } from '../../mail/outlook/read-msg.js';
import type { Extractor } from '../adapter.js';
import { mailToItems } from '../email/mail-to-record.js';
import { readWholeFile } from '../read-whole-file.js';

const extractor: Extractor = {
  async *extract(input) {
    const { bytes, sha256 } = await readWholeFile(input);
    const message = readMsg(bytes);
    yield* mailToItems(message, { locator: '', itemSha256: sha256, sizeBytes: bytes.length, folder: null, labels: [] });
    return { sha256 };
  },
};

export default extractor;
