/** LinkedIn's data-export `messages.csv`: every direct message, InMail and sponsored message. */
import { readLinkedInMessages } from '../../chat/linkedin/read-linkedin-messages.js';
import type { Extractor } from '../adapter.js';
import { streamedChatItems } from '../chat/streamed-chat.js';
import { hashedChunks } from '../hashed-chunks.js';

const extractor: Extractor = {
  async *extract(input) {
    const file = hashedChunks(input);
    yield* streamedChatItems(readLinkedInMessages(file.chunks, { timeZone: input.options.timeZone, signal: input.signal }), 'linkedin', 'LinkedIn');
    return { sha256: file.sha256() };
  },
};

export default extractor;
