/**
 * A single RFC 822 message per file: `.eml` files, the files of a Maildir (`cur/`, `new/`) and
 * the extension-less files of the Enron layout (`1.`, `2.`, …).
 */
import { parseMailMessage } from '../../mail/mime/parse-mail-message.js';
import type { Extractor } from '../adapter.js';
import { mailToItems } from '../email/mail-to-record.js';
import { readWholeFile } from '../read-whole-file.js';

const extractor: Extractor = {
  async *extract(input) {
    const { bytes, sha256 } = await readWholeFile(input);
    const message = parseMailMessage(bytes);
    yield* mailToItems(message, { locator: '', itemSha256: sha256, sizeBytes: bytes.length, folder: null, labels: [] });
    return { sha256 };
  },
};

export default extractor;
