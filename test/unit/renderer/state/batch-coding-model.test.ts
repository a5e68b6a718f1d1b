import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { CallInput } from '../../../../shared/ipc/contract.js';
import { createBatchCodingModel } from '../../../../renderer/state/batch-coding-model.js';
import { createFakeClient } from './fake-client.js';
import { searchResult } from './fixtures.js';

const REQUEST = 'q_00000001';

function setup(total: number) {
  let changes = 0;
  const client = createFakeClient({
    'search.query': () => searchResult([], { total }),
    'records.codeSearch': (args: CallInput<'records.codeSearch'>) => {
      if (args.expectedCount !== total) {
        throw new AppError('invalid-args', `The search now finds ${total} records, not the ${args.expectedCount} you confirmed; nothing was coded.`);
      }
      return { codings: [], direct: total, followers: 2, changed: total + 2 };
    },
  });
  const model = createBatchCodingModel({ client, onCodingChanged: async () => void (changes += 1) });
  return { client, model, changes: () => changes };
}

describe('batch coding model', () => {
  it('counts the records a search matches, then codes exactly that count', async () => {
    const { client, model, changes } = setup(42);
    await model.actions.prepare('gas', REQUEST);
    expect(model.store.get().prepared).toEqual({ query: 'gas', requestId: REQUEST, count: 42 });
    // Counted per record, duplicates included: what records.codeSearch codes.
    expect(client.calls.at(-1)?.args).toMatchObject({ query: 'gas', groupFamilies: false, hideDuplicates: false, facets: false });
    expect(await model.actions.confirm('withhold-in-full', [{ catalogue: 'us-foia', code: 'b6' }], 'personal')).toBe(true);
    expect(client.calls.at(-1)).toEqual({
      name: 'records.codeSearch',
      args: { requestId: REQUEST, query: 'gas', expectedCount: 42, decision: 'withhold-in-full', exemptions: [{ catalogue: 'us-foia', code: 'b6' }], note: 'personal' },
    });
    expect(model.store.get()).toMatchObject({ prepared: null, message: 'Coded 42 records withhold-in-full; 2 more followed as duplicates or attachments.' });
    expect(changes()).toBe(1);
  });

  it('needs a request, and says when a search finds nothing', async () => {
    const { model, client } = setup(0);
    await model.actions.prepare('gas', null);
    expect(model.store.get().error).toMatch(/request first/);
    expect(client.calls).toEqual([]);
    await model.actions.prepare('zzz', REQUEST);
    expect(model.store.get()).toMatchObject({ prepared: null, error: 'The search finds no records to code.' });
  });

  it('shows the backend’s refusal when the count changed, and keeps the confirmation open', async () => {
    const { model, client } = setup(42);
    await model.actions.prepare('gas', REQUEST);
    client.handlers['search.query'] = () => searchResult([], { total: 43 });
    client.handlers['records.codeSearch'] = () => {
      throw new AppError('invalid-args', 'The search now finds 43 records, not the 42 you confirmed; nothing was coded.');
    };
    expect(await model.actions.confirm('not-responsive', [], '')).toBe(false);
    expect(model.store.get()).toMatchObject({ error: expect.stringContaining('not the 42'), prepared: { count: 42 } });
  });
});
