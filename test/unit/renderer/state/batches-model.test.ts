import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../../../shared/ipc/contract.js';
import type { ReviewBatch } from '../../../../shared/model/review.js';
import { createBatchesModel } from '../../../../renderer/state/batches-model.js';
import { createFakeClient } from './fake-client.js';
import { coding } from './fixtures.js';

const REQUEST = 'q_00000001';

function setup() {
  const batches: Array<ReviewBatch & { reviewed: number }> = [];
  const client = createFakeClient({
    'batches.list': () => batches,
    'batches.create': (args: CallInput<'batches.create'>) => {
      const batch = { id: 'b_00000001', requestId: args.requestId, name: args.name, reviewer: args.reviewer, recordIds: ['r_00000001'], createdAt: '', createdBy: 'officer' };
      batches.push({ ...batch, reviewed: 0 });
      return batch;
    },
    'review.qc': () => [coding(REQUEST, 'r_00000001', { updatedBy: 'Dana' })],
  });
  return { client, model: createBatchesModel({ client }) };
}

describe('batches model', () => {
  it('makes a batch from the current search for a reviewer and lists it', async () => {
    const { client, model } = setup();
    await model.actions.load(REQUEST);
    expect(await model.actions.createFromSearch(' Week 1 ', ' Dana ', 'gas')).toBe(true);
    expect(client.calls.find((call) => call.name === 'batches.create')?.args).toEqual({ requestId: REQUEST, name: 'Week 1', reviewer: 'Dana', query: 'gas' });
    expect(model.store.get().batches.map((batch) => [batch.name, batch.reviewer, batch.reviewed])).toEqual([['Week 1', 'Dana', 0]]);
  });

  it('refuses a batch without a name or reviewer, or without a request, before calling the backend', async () => {
    const { client, model } = setup();
    await model.actions.load(REQUEST);
    expect(await model.actions.createFromSearch('', 'Dana', 'gas')).toBe(false);
    expect(model.store.get().error).toMatch(/name and a reviewer/);
    await model.actions.load(null);
    expect(await model.actions.createFromSearch('Week 1', 'Dana', 'gas')).toBe(false);
    expect(client.callNames().filter((name) => name === 'batches.create')).toEqual([]);
  });

  it('draws a QC sample of one reviewer’s decisions', async () => {
    const { client, model } = setup();
    await model.actions.load(REQUEST);
    await model.actions.sample('Dana', 10);
    expect(client.calls.at(-1)).toEqual({ name: 'review.qc', args: { requestId: REQUEST, reviewer: 'Dana', sample: 10 } });
    expect(model.store.get().qc?.codings.map((entry) => entry.updatedBy)).toEqual(['Dana']);
  });
});
