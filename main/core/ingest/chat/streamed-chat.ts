/**
 * The ingest loop for streaming chat readers (SMS backups, LinkedIn, Wickr, mapped exports):
 * their items and problems, in file order, through the one path to records. A reader that
 * yields `{problem}` has kept reading, so its problems are warnings; each names what it lost.
 */
import type { ChatPlatform } from '../../../../shared/model/chat.js';
import type { ChatItem, ChatProblem } from '../../chat/chat-message.js';
import type { ExtractedItem } from '../adapter.js';
import { chatRecords } from './chat-items.js';
import { OccurrenceCounter } from './chat-to-record.js';

export async function* streamedChatItems(
  outputs: AsyncIterable<ChatItem | { problem: ChatProblem }>,
  platform: ChatPlatform,
  fallbackConversation: string,
): AsyncGenerator<ExtractedItem> {
  const occurrences = new OccurrenceCounter();
  let sequence = 0;
  let pending: ChatItem[] = [];
  const flush = async function* (): AsyncGenerator<ExtractedItem> {
    sequence = yield* chatRecords(pending, { platform, fallbackConversation, media: null, occurrences, firstSequence: sequence });
    pending = [];
  };
  for await (const output of outputs) {
    if ('problem' in output) {
      // Problems go out after the items before them, so each stays beside the record it concerns.
      yield* flush();
      yield { type: 'problem', severity: 'warning', locator: output.problem.locator, message: output.problem.message };
    } else {
      pending.push(output);
      if (pending.length >= 100) {
        yield* flush();
      }
    }
  }
  yield* flush();
}
