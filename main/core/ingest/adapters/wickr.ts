/**
 * The AWS Wickr data-retention bot's output: one JSON message per line (or pretty-printed), with
 * the room's expiry and burn-on-read timers turned into disappearing-message events.
 */
import { readWickrRetention } from '../../chat/wickr/read-wickr-retention.js';
import type { Extractor } from '../adapter.js';
import { streamedChatItems } from '../chat/streamed-chat.js';
import { hashedChunks } from '../hashed-chunks.js';

const extractor: Extractor = {
  async *extract(input) {
    const file = hashedChunks(input);
    yield* streamedChatItems(readWickrRetention(file.chunks, { timeZone: input.options.timeZone, signal: input.signal }), 'wickr', 'Wickr');
    return { sha256: file.sha256() };
  },
};

export default extractor;
