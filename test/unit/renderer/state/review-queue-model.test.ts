import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../../../shared/ipc/contract.js';
import type { SearchHit } from '../../../../shared/model/search.js';
import type { Decision } from '../../../../shared/model/review.js';
import { createReviewQueueModel } from '../../../../renderer/state/review-queue-model.js';
import { createSearchModel, PAGE_SIZE } from '../../../../renderer/state/search-model.js';
import { createFakeClient } from './fake-client.js';
import { hit, searchResult } from './fixtures.js';

const idOf = (row: number) => `r_${row.toString(16).padStart(8, '0')}`;

/** A search of `total` results whose row n is idOf(n), a queue over it, and the records it opened. */
async function setup(total: number, decisions: Record<string, Decision> = {}) {
  const client = createFakeClient({
    'search.query': (args: CallInput<'search.query'>) => {
      const page = args.page ?? 0;
      const size = args.pageSize ?? 25;
      const hits: SearchHit[] = [];
      for (let row = page * size; row < Math.min(total, (page + 1) * size); row += 1) {
        hits.push(hit(idOf(row)));
      }
      return searchResult(hits, { query: args.query, total, page, pageSize: size });
    },
  });
  const search = createSearchModel({ client });
  await search.actions.search('');
  const opened: string[] = [];
  const queue = createReviewQueueModel({
    search,
    open: async (recordId) => {
      opened.push(recordId);
    },
    decisions: () => decisions,
  });
  return { client, search, queue, opened };
}

describe('review queue', () => {
  it('follows the search results, opening each record, and stays put at either end', async () => {
    const { search, queue, opened } = await setup(3);
    expect(search.store.get().selectedIndex).toBe(0);
    await queue.actions.step(1);
    await queue.actions.step(1);
    await queue.actions.step(1);
    await queue.actions.step(-1);
    expect(opened).toEqual([idOf(1), idOf(2), idOf(1)]);
    expect(search.store.get().selectedIndex).toBe(1);
  });

  it('reads the next page of results when the next record is on it', async () => {
    const { client, search, queue, opened } = await setup(PAGE_SIZE + 10);
    search.actions.select(PAGE_SIZE - 1);
    await queue.actions.step(1);
    expect(opened).toEqual([idOf(PAGE_SIZE)]);
    expect(client.calls.map((call) => (call.args as { page?: number }).page ?? 0)).toEqual([0, 1]);
  });

  it('works through a batch from its first uncoded record, then back to the results when left', async () => {
    const batch = { id: 'b_00000001', name: 'Week 1', reviewer: 'Ana', recordIds: ['r_000000a1', 'r_000000a2', 'r_000000a3'] };
    const { queue, opened } = await setup(3, { r_000000a1: 'release-in-full' });
    await queue.actions.reviewBatch(batch);
    expect(queue.store.get()).toEqual({ batch, position: 1 });
    await queue.actions.step(1);
    await queue.actions.step(1);
    await queue.actions.step(-2);
    expect(opened).toEqual(['r_000000a2', 'r_000000a3', 'r_000000a1']);
    queue.actions.leaveBatch();
    await queue.actions.step(1);
    expect(opened.at(-1)).toBe(idOf(1));
  });

  it('starts a fully coded batch at its first record', async () => {
    const batch = { id: 'b_00000001', name: 'Done', reviewer: 'Ana', recordIds: ['r_000000a1'] };
    const { queue, opened } = await setup(0, { r_000000a1: 'duplicate' });
    await queue.actions.reviewBatch(batch);
    expect(opened).toEqual(['r_000000a1']);
    expect(queue.store.get().position).toBe(0);
  });
});
