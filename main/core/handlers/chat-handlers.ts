/**
 * Chat conversations and their transcripts: the conversation-day is the unit a reviewer reads
 * and codes, so the UI asks for one day at a time and pages to the neighbouring days.
 */
import { AppError } from '../../../shared/errors.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';

export function chatHandlers(ctx: BackendContext): Pick<CoreHandlers, 'chats.conversations' | 'chats.day'> {
  return {
    'chats.conversations': async ({ sourceId }) => ctx.session().index.conversations(sourceId ?? null),
    'chats.day': async ({ conversationKey, day }) => {
      const transcript = await ctx.session().index.conversationDay(conversationKey, day);
      if (transcript === null) {
        throw new AppError('not-found', `No conversation ${conversationKey} in this case`, { conversationKey });
      }
      return transcript;
    },
  };
}
