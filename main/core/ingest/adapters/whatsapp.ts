/**
 * A WhatsApp chat export saved as a bare text file (`_chat.txt`, "WhatsApp Chat with Bob.txt").
 * Zipped exports go through the zip adapter, which reads the same way and adds the media.
 */
import { readMessageHeader } from '../../chat/whatsapp/message-header.js';
import { decodeText } from '../../text/text-decoding.js';
import type { Extractor } from '../adapter.js';
import { whatsappExportItems } from '../chat/whatsapp-export.js';
import { readWholeFile } from '../read-whole-file.js';

/** True when the first line with text is a WhatsApp message header. */
export function looksLikeWhatsApp(head: Uint8Array): boolean {
  const text = decodeText(head.subarray(0, 2048)).text.replace(/^\uFEFF/, '');
  const first = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '');
  return first !== undefined && readMessageHeader(first) !== null;
}

const extractor: Extractor = {
  async *extract(input) {
    const { bytes, sha256 } = await readWholeFile(input);
    const name = input.relativePath.split('/').pop() ?? input.relativePath;
    yield* whatsappExportItems(decodeText(bytes).text, name, input.options, null);
    return { sha256 };
  },
};

export default extractor;
