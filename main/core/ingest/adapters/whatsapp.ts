/**
 * A WhatsApp chat export saved as a bare text file (`_chat.txt`, "WhatsApp Chat with Bob.txt").
 * Zipped exports go through the zip adapter, which reads the same way and adds the media.
 */
import { decodeText } from '../../text/text-decoding.js';
import type { Extractor } from '../adapter.js';
import { whatsappExportItems } from '../chat/whatsapp-export.js';
import { readWholeFile } from '../read-whole-file.js';

const extractor: Extractor = {
  async *extract(input) {
    const { bytes, sha256 } = await readWholeFile(input);
    const name = input.relativePath.split('/').pop() ?? input.relativePath;
    yield* whatsappExportItems(decodeText(bytes).text, name, input.options, null);
    return { sha256 };
  },
};

export default extractor;
