/**
 * Review batches and second-level QC for the selected request: batches listed with how many of
 * their records are reviewed, a new batch made from the current search for a named reviewer,
 * and one reviewer's decisions drawn as a sample for checking.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { Coding, ReviewBatch } from '../../shared/model/review.js';
import { busyRunner } from './busy-runner.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type BatchesState = {
  requestId: string | null;
  batches: Array<ReviewBatch & { reviewed: number }>;
  /** The QC sample shown, and whose decisions it is. */
  qc: { reviewer: string; codings: Coding[] } | null;
  busy: boolean;
  error: string | null;
};

export type BatchesActions = {
  load(requestId: string | null): Promise<void>;
  /** A batch of every record `query` matches, for `reviewer`. */
  createFromSearch(name: string, reviewer: string, query: string): Promise<boolean>;
  /** A sample of `reviewer`'s own decisions (all of them when `size` is null). */
  sample(reviewer: string, size: number | null): Promise<void>;
};

export type BatchesModel = { store: ReadableStore<BatchesState>; actions: BatchesActions };

const INITIAL: BatchesState = { requestId: null, batches: [], qc: null, busy: false, error: null };

export function createBatchesModel({ client }: { client: Client }): BatchesModel {
  const store = createStore<BatchesState>(INITIAL);
  const run = busyRunner(store);
  const actions: BatchesActions = {
    async load(requestId) {
      store.set({ requestId, qc: requestId === store.get().requestId ? store.get().qc : null });
      if (requestId === null) {
        store.set({ batches: [] });
        return;
      }
      await run(async () => store.set({ batches: await client.call('batches.list', { requestId }) }));
    },
    async createFromSearch(name, reviewer, query) {
      const { requestId } = store.get();
      if (requestId === null) {
        store.set({ error: 'Choose a request first.' });
        return false;
      }
      if (name.trim() === '' || reviewer.trim() === '') {
        store.set({ error: 'A batch needs a name and a reviewer.' });
        return false;
      }
      const made = await run(async () => {
        await client.call('batches.create', { requestId, name: name.trim(), reviewer: reviewer.trim(), query });
      });
      if (made) {
        await actions.load(requestId);
      }
      return made;
    },
    async sample(reviewer, size) {
      const { requestId } = store.get();
      if (requestId === null || reviewer.trim() === '') {
        return;
      }
      await run(async () => store.set({ qc: { reviewer: reviewer.trim(), codings: await client.call('review.qc', { requestId, reviewer: reviewer.trim(), sample: size }) } }));
    },
  };
  return { store, actions };
}
