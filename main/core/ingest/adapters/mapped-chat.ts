/**
 * A chat export no built-in reader knows, read through the column mapping the officer gave the
 * source (README: "Reading another chat export with a chat mapping"). The mapping was checked
 * when the source was added; it is checked again here because the worker trusts nothing.
 */
import { parseChatMapping } from '../../chat/mapped/chat-mapping.js';
import { readMappedChat } from '../../chat/mapped/read-mapped-chat.js';
import type { Extractor } from '../adapter.js';
import { streamedChatItems } from '../chat/streamed-chat.js';
import { hashedChunks } from '../hashed-chunks.js';

const extractor: Extractor = {
  async *extract(input) {
    const mapping = parseChatMapping(JSON.parse(input.options.chatMapping ?? 'null'));
    const file = hashedChunks(input);
    const name = input.relativePath.split('/').pop() ?? input.relativePath;
    yield* streamedChatItems(readMappedChat(file.chunks, mapping, { timeZone: input.options.timeZone, signal: input.signal }), 'mapped', name);
    return { sha256: file.sha256() };
  },
};

export default extractor;
