import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { CallInput } from '../../../../shared/ipc/contract.js';
import type { Coding } from '../../../../shared/model/review.js';
import type { RecordDetail } from '../../../../shared/model/record.js';
import { codingFor, createReviewModel } from '../../../../renderer/state/review-model.js';
import { createFakeClient, deferred } from './fake-client.js';
import { coding, record, summary } from './fixtures.js';

const REQUEST = 'q_00000001';

function setup(requestId: string | null = REQUEST) {
  let codingChanges = 0;
  const client = createFakeClient({
    'records.get': ({ recordId }) => record(recordId, { codings: [coding('q_00000009', recordId, { decision: 'not-responsive' })] }),
    'records.code': (args: CallInput<'records.code'>) => {
      const codings = args.decision === null ? [] : args.recordIds.map((id) => coding(args.requestId, id, { decision: args.decision ?? 'release-in-full', note: args.note ?? '' }));
      return { codings, direct: args.recordIds.length, followers: 0, changed: args.recordIds.length };
    },
    'codings.list': () => [coding(REQUEST, 'r_00000001'), coding(REQUEST, 'r_00000002', { decision: 'not-responsive' })],
  });
  const model = createReviewModel({
    client,
    selectedRequestId: () => requestId,
    onCodingChanged: async () => {
      codingChanges += 1;
    },
  });
  return { client, model, codingChanges: () => codingChanges };
}

describe('review model', () => {
  it('opens a record with its codings for every request', async () => {
    const { model } = setup();
    await model.actions.open('r_00000001');
    const state = model.store.get();
    expect(state.record?.id).toBe('r_00000001');
    expect(state.record).not.toHaveProperty('codings');
    expect(state.recordCodings).toHaveLength(1);
    expect(codingFor(state, REQUEST)).toBeNull();
    expect(codingFor(state, 'q_00000009')?.decision).toBe('not-responsive');
  });

  it('a newer open wins over a slower older one', async () => {
    const slow = deferred<RecordDetail & { codings: Coding[] }>();
    const { client, model } = setup();
    const fast = client.handlers['records.get'];
    client.handlers['records.get'] = (args) => (args.recordId === 'r_0000000a' ? slow.promise : (fast?.(args) ?? slow.promise));
    const first = model.actions.open('r_0000000a');
    await model.actions.open('r_0000000b');
    slow.resolve(record('r_0000000a'));
    await first;
    expect(model.store.get().record?.id).toBe('r_0000000b');
  });

  it('tags the open record for the selected request with the note, then clears it', async () => {
    const { client, model, codingChanges } = setup();
    await model.actions.open('r_00000001');
    expect(await model.actions.tag('withhold-in-full', 'mentions the budget', [{ catalogue: 'us-foia', code: 'b5' }])).toBe(true);
    expect(client.calls.at(-1)).toEqual({
      name: 'records.code',
      args: { requestId: REQUEST, recordIds: ['r_00000001'], decision: 'withhold-in-full', note: 'mentions the budget', exemptions: [{ catalogue: 'us-foia', code: 'b5' }] },
    });
    let state = model.store.get();
    expect(codingFor(state, REQUEST)).toMatchObject({ decision: 'withhold-in-full', note: 'mentions the budget' });
    expect(state.decisions).toEqual({ r_00000001: 'withhold-in-full' });
    expect(state.saving).toBeNull();

    expect(await model.actions.tag(null, '')).toBe(true);
    state = model.store.get();
    expect(codingFor(state, REQUEST)).toBeNull();
    // The coding for the other request is untouched.
    expect(codingFor(state, 'q_00000009')).not.toBeNull();
    expect(state.decisions).toEqual({});
    expect(codingChanges()).toBe(2);
  });

  it('asks for a request when none is selected, without calling the backend', async () => {
    const { client, model } = setup(null);
    await model.actions.open('r_00000001');
    expect(await model.actions.tag('release-in-full', '')).toBe(false);
    expect(model.store.get().saveError).toMatch(/request/);
    expect(client.callNames()).toEqual(['records.get']);
  });

  it('shows a failed tag’s message', async () => {
    const { client, model } = setup();
    client.handlers['records.code'] = () => {
      throw new AppError('not-found', 'No request q_00000001 in this case');
    };
    await model.actions.open('r_00000001');
    expect(await model.actions.tag('not-responsive', '')).toBe(false);
    expect(model.store.get()).toMatchObject({ saving: null, saveError: 'No request q_00000001 in this case' });
  });

  it('loads the decisions of the selected request for the result list', async () => {
    const { model } = setup();
    await model.actions.loadDecisions(REQUEST);
    expect(model.store.get().decisions).toEqual({ r_00000001: 'release-in-full', r_00000002: 'not-responsive' });
    await model.actions.loadDecisions(null);
    expect(model.store.get().decisions).toEqual({});
  });

  it('a record that cannot be loaded shows the error and clears the viewer', async () => {
    const { client, model } = setup();
    await model.actions.open('r_00000001');
    client.handlers['records.get'] = () => {
      throw new AppError('not-found', 'No record r_00000002 in this case');
    };
    await model.actions.open('r_00000002');
    expect(model.store.get()).toMatchObject({ record: null, error: 'No record r_00000002 in this case', loading: false });
  });

  it('shows the record first, then reads its family (parent title, attachment facts)', async () => {
    const { client, model } = setup();
    const family = deferred<RecordDetail & { codings: Coding[] }>();
    client.handlers['records.get'] = ({ recordId }) => {
      if (recordId === 'r_00000001') {
        return record(recordId, { parentId: 'r_00000009', children: [summary('r_0000000a', { kind: 'attachment', title: 'plan.pdf' })] });
      }
      return recordId === 'r_00000009' ? family.promise : record(recordId, { kind: 'attachment', filename: 'plan.pdf', mimeType: 'application/pdf', sizeBytes: 5 });
    };
    const opening = model.actions.open('r_00000001');
    await expect.poll(() => model.store.get().record?.id).toBe('r_00000001');
    expect(model.store.get()).toMatchObject({ loading: false, family: null });
    family.resolve(record('r_00000009', { title: 'Planning' }));
    await opening;
    expect(model.store.get().family).toEqual({
      recordId: 'r_00000001',
      parent: { id: 'r_00000009', kind: 'email', title: 'Planning' },
      children: { r_0000000a: { filename: 'plan.pdf', mimeType: 'application/pdf', sizeBytes: 5 } },
    });
  });

  it('reads no family for a record without one, and drops a family that arrives after the viewer moved on', async () => {
    const { client, model } = setup();
    await model.actions.open('r_00000001');
    expect(client.callNames()).toEqual(['records.get']);

    const late = deferred<RecordDetail & { codings: Coding[] }>();
    client.handlers['records.get'] = ({ recordId }) =>
      recordId === 'r_00000002' ? record(recordId, { children: [summary('r_0000000a')] }) : recordId === 'r_0000000a' ? late.promise : record(recordId);
    const first = model.actions.open('r_00000002');
    await expect.poll(() => model.store.get().record?.id).toBe('r_00000002');
    await model.actions.open('r_00000003');
    late.resolve(record('r_0000000a'));
    await first;
    expect(model.store.get()).toMatchObject({ record: { id: 'r_00000003' }, family: null });
  });

  it('codes a whole conversation-day at once, the open record among them', async () => {
    const { client, model, codingChanges } = setup();
    await model.actions.open('r_00000002');
    expect(await model.actions.tagMany(['r_00000001', 'r_00000002', 'r_00000003'], 'release-in-full', 'the day')).toBe(true);
    const tagged = client.calls.find((call) => call.name === 'records.code')?.args as CallInput<'records.code'>;
    expect(tagged).toMatchObject({ requestId: REQUEST, recordIds: ['r_00000001', 'r_00000002', 'r_00000003'], decision: 'release-in-full', note: 'the day' });
    const state = model.store.get();
    expect(state.decisions).toMatchObject({ r_00000001: 'release-in-full', r_00000002: 'release-in-full', r_00000003: 'release-in-full' });
    expect(codingFor(state, REQUEST)?.decision).toBe('release-in-full');
    expect(codingChanges()).toBe(1);
  });

  it('refuses to code a day without a request', async () => {
    const { model } = setup(null);
    expect(await model.actions.tagMany(['r_00000001'], 'release-in-full', '')).toBe(false);
    expect(model.store.get().saveError).toMatch(/request first/);
  });
});
