/**
 * A chat export no built-in reader knows, read through the column mapping the officer gave the
 * source (README: "Reading another chat export with a chat mapping"). The mapping was checked
 * when the source was added; it is checked again here because the worker trusts nothing.
 *
 * The registry sends a file here only when its head fits the mapping (mapped-chat-fit.ts); a file
 * of the mapping's format that does not fit goes through `notFittingExtractor` instead.
 */
import { parseChatMapping } from '../../chat/mapped/chat-mapping.js';
import { readMappedChat } from '../../chat/mapped/read-mapped-chat.js';
import { baseName } from '../../util/base-name.js';
import { sha256File, sha256Hex } from '../../util/hash.js';
import type { Extractor } from '../adapter.js';
import { streamedChatItems } from '../chat/streamed-chat.js';
import { hashedChunks } from '../hashed-chunks.js';

const extractor: Extractor = {
  async *extract(input) {
    const mapping = parseChatMapping(JSON.parse(input.options.chatMapping ?? 'null'));
    const file = hashedChunks(input);
    yield* streamedChatItems(readMappedChat(file.chunks, mapping, { timeZone: input.options.timeZone, signal: input.signal }), 'mapped', baseName(input.relativePath));
    return { sha256: file.sha256() };
  },
};

/**
 * A file the mapping does not fit: one error saying why (`message`), then what the built-in
 * reader makes of it; with no built-in reader, the file is only hashed, as an unreadable file is.
 */
export function notFittingExtractor(builtIn: Extractor | null, message: string): Extractor {
  return {
    async *extract(input) {
      yield { type: 'problem', severity: 'error', locator: '', message };
      if (builtIn !== null) {
        return yield* builtIn.extract(input);
      }
      const sha256 = input.preloaded === null ? await sha256File(input.absolutePath, input.signal) : sha256Hex(input.preloaded);
      input.onBytes(input.size);
      return { sha256 };
    },
  };
}

export default extractor;
