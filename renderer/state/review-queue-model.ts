/**
 * What "next" and "previous" mean in the viewer. By default the records follow the search
 * results, in their order; an officer who takes up a review batch works through the batch's
 * records instead, starting at the first one not yet coded for the request, until they leave it.
 * Moving always opens the record, so J, then R, then J codes a run of records from the keyboard.
 */
import type { ReviewBatch } from '../../shared/model/review.js';
import type { Decision } from '../../shared/model/review.js';
import { rowAt } from './search-model.js';
import type { SearchModel } from './search-model.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type QueuedBatch = Pick<ReviewBatch, 'id' | 'name' | 'reviewer' | 'recordIds'>;

export type ReviewQueueState = {
  /** The batch being worked through; null when next and previous follow the search results. */
  batch: QueuedBatch | null;
  /** The open record's place in the batch (0-based). */
  position: number;
};

export type ReviewQueueActions = {
  /** Takes up `batch`: opens its first record not yet coded (its first record when all are). */
  reviewBatch(batch: QueuedBatch): Promise<void>;
  /** Opens the record `delta` places on in the batch or the results; stays put at either end. */
  step(delta: number): Promise<void>;
  /** Back to following the search results. */
  leaveBatch(): void;
};

export type ReviewQueueModel = { store: ReadableStore<ReviewQueueState>; actions: ReviewQueueActions };

export type ReviewQueueDeps = {
  search: Pick<SearchModel, 'store'> & { actions: Pick<SearchModel['actions'], 'select' | 'fetchRange'> };
  open(recordId: string): Promise<void>;
  /** The selected request's decisions by record id. */
  decisions(): Readonly<Record<string, Decision>>;
};

const INITIAL: ReviewQueueState = { batch: null, position: 0 };

export function createReviewQueueModel({ search, open, decisions }: ReviewQueueDeps): ReviewQueueModel {
  const store = createStore<ReviewQueueState>(INITIAL);

  async function stepInResults(delta: number): Promise<void> {
    const { selectedIndex, total } = search.store.get();
    const index = Math.min(total - 1, Math.max(0, selectedIndex + delta));
    if (total === 0 || index === selectedIndex) {
      return;
    }
    let hit = search.actions.select(index);
    if (hit === null) {
      // The row's page is not read yet (the list reads pages as they scroll into view).
      await search.actions.fetchRange(index, index + 1);
      hit = rowAt(search.store.get(), index);
    }
    if (hit !== null && search.store.get().selectedIndex === index) {
      await open(hit.id);
    }
  }

  const actions: ReviewQueueActions = {
    async reviewBatch(batch) {
      const decided = decisions();
      const firstOpen = batch.recordIds.findIndex((id) => decided[id] === undefined);
      const position = firstOpen === -1 ? 0 : firstOpen;
      store.set({ batch, position });
      const recordId = batch.recordIds[position];
      if (recordId !== undefined) {
        await open(recordId);
      }
    },
    async step(delta) {
      const { batch, position } = store.get();
      if (batch === null) {
        await stepInResults(delta);
        return;
      }
      const next = Math.min(batch.recordIds.length - 1, Math.max(0, position + delta));
      const recordId = batch.recordIds[next];
      if (next === position || recordId === undefined) {
        return;
      }
      store.set({ position: next });
      await open(recordId);
    },
    leaveBatch() {
      store.reset();
    },
  };
  return { store, actions };
}
