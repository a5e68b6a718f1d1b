/**
 * A single RFC 822 message per file: `.eml` files, the files of a Maildir (`cur/`, `new/`) and
 * the extension-less files of the Enron layout (`1.`, `2.`, …).
 */
import { parseMailMessage } from '../../mail/mime/parse-mail-message.js';
import type { Extractor } from '../adapter.js';
import { mailToItems } from '../email/mail-to-record.js';
import { MAX_MESSAGE_BYTES, OVERSIZED_HEAD_BYTES, oversizedMessageItems } from '../email/oversized-message.js';
import { readHeadAndHash, readWholeFile } from '../read-whole-file.js';

const extractor: Extractor = {
  async *extract(input) {
    if (input.size > MAX_MESSAGE_BYTES) {
      const { head, sha256 } = await readHeadAndHash(input, OVERSIZED_HEAD_BYTES);
      yield* oversizedMessageItems({ head, locator: '', size: input.size, sha256 });
      return { sha256 };
    }
    const { bytes, sha256 } = await readWholeFile(input);
    const message = parseMailMessage(bytes);
    yield* mailToItems(message, { locator: '', itemSha256: sha256, sizeBytes: bytes.length, folder: null, labels: [] });
    return { sha256 };
  },
};

export default extractor;
