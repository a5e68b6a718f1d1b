/**
 * The chat transcript beside an open chat message: its conversation on that day, the unit a
 * reviewer reads and codes, with paging to the days before and after. A newer request wins over
 * a slower older one, so paging quickly never shows a day under the wrong heading.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { ConversationDay } from '../../shared/model/chat.js';
import type { RecordDetail } from '../../shared/model/record.js';
import { errorMessage } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type TranscriptState = {
  transcript: ConversationDay | null;
  loading: boolean;
  error: string | null;
};

export type TranscriptActions = {
  /** Shows the transcript around a record when it is a chat message; clears it otherwise. */
  showFor(record: Pick<RecordDetail, 'chat'>): Promise<void>;
  /** Moves to another day of the conversation on screen. */
  showDay(day: string): Promise<void>;
  reset(): void;
};

export type TranscriptModel = { store: ReadableStore<TranscriptState>; actions: TranscriptActions };

const INITIAL: TranscriptState = { transcript: null, loading: false, error: null };

export function createTranscriptModel({ client }: { client: Client }): TranscriptModel {
  const store = createStore<TranscriptState>(INITIAL);
  let latest = 0;

  async function load(conversationKey: string, day: string | null): Promise<void> {
    const ticket = ++latest;
    store.set({ loading: true, error: null });
    try {
      const transcript = await client.call('chats.day', { conversationKey, day });
      if (ticket === latest) {
        store.set({ transcript });
      }
    } catch (error) {
      if (ticket === latest) {
        store.set({ transcript: null, error: errorMessage(error) });
      }
    } finally {
      if (ticket === latest) {
        store.set({ loading: false });
      }
    }
  }

  return {
    store,
    actions: {
      async showFor(record) {
        const chat = record.chat;
        if (chat === null || chat.conversationKey === '') {
          latest += 1;
          store.reset();
          return;
        }
        const shown = store.get().transcript;
        if (shown !== null && shown.conversation.key === chat.conversationKey && shown.day === chat.day) {
          return;
        }
        await load(chat.conversationKey, chat.day);
      },
      async showDay(day) {
        const shown = store.get().transcript;
        if (shown !== null) {
          await load(shown.conversation.key, day);
        }
      },
      reset() {
        latest += 1;
        store.reset();
      },
    },
  };
}
