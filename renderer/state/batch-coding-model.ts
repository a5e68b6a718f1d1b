/**
 * Coding every result of a search at once, in two steps: `prepare` counts the records the search
 * matches (each record, not each family, and duplicates included: what will be coded), and
 * `confirm` codes them, sending that count. The backend codes nothing if the search has come to
 * match another number meanwhile, so what the officer confirmed is what is coded.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { ExemptionInput } from '../../shared/ipc/contract.js';
import type { Decision } from '../../shared/model/review.js';
import { errorMessage } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type BatchCodingState = {
  /** The search being confirmed and the records it matches; null when nothing is prepared. */
  prepared: { query: string; requestId: string; count: number } | null;
  busy: boolean;
  /** What the last batch did, as a sentence. */
  message: string | null;
  error: string | null;
};

export type BatchCodingActions = {
  prepare(query: string, requestId: string | null): Promise<void>;
  confirm(decision: Decision | null, exemptions: readonly ExemptionInput[], note: string): Promise<boolean>;
  cancel(): void;
};

export type BatchCodingModel = { store: ReadableStore<BatchCodingState>; actions: BatchCodingActions };

const INITIAL: BatchCodingState = { prepared: null, busy: false, message: null, error: null };

export function createBatchCodingModel({ client, onCodingChanged }: { client: Client; onCodingChanged(): Promise<void> }): BatchCodingModel {
  const store = createStore<BatchCodingState>(INITIAL);
  return {
    store,
    actions: {
      async prepare(query, requestId) {
        if (requestId === null) {
          store.set({ error: 'Choose a request first: codings are made against a request.', prepared: null });
          return;
        }
        store.set({ busy: true, error: null, message: null });
        try {
          const counted = await client.call('search.query', { query, requestId, groupFamilies: false, hideDuplicates: false, facets: false, pageSize: 1 });
          store.set({ prepared: counted.total > 0 ? { query, requestId, count: counted.total } : null, error: counted.total > 0 ? null : 'The search finds no records to code.' });
        } catch (error) {
          store.set({ error: errorMessage(error), prepared: null });
        } finally {
          store.set({ busy: false });
        }
      },
      async confirm(decision, exemptions, note) {
        const { prepared } = store.get();
        if (prepared === null) {
          return false;
        }
        store.set({ busy: true, error: null });
        try {
          const result = await client.call('records.codeSearch', {
            requestId: prepared.requestId,
            query: prepared.query,
            expectedCount: prepared.count,
            decision,
            exemptions: [...exemptions],
            note,
          });
          const followed = result.followers > 0 ? `; ${result.followers} more followed as duplicates or attachments` : '';
          store.set({ prepared: null, message: `Coded ${result.direct} records ${decision ?? '(cleared)'}${followed}.` });
          await onCodingChanged();
          return true;
        } catch (error) {
          store.set({ error: errorMessage(error) });
          return false;
        } finally {
          store.set({ busy: false });
        }
      },
      cancel() {
        store.set({ prepared: null, error: null });
      },
    },
  };
}
