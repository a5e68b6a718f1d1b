import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import { createRequestsModel, selectedRequest } from '../../../../renderer/state/requests-model.js';
import { createFakeClient } from './fake-client.js';
import { request } from './fixtures.js';

function setup() {
  const client = createFakeClient({
    'requests.list': () => [request('q_00000001'), request('q_00000002')],
    'requests.create': (args) => request('q_00000003', { title: args.title, requester: args.requester ?? '' }),
  });
  const selections: Array<string | null> = [];
  const model = createRequestsModel({ client, onSelectionChanged: (id) => {
    selections.push(id);
  } });
  return { client, model, selections };
}

describe('requests model', () => {
  it('selects the first request on load and keeps a still-existing selection on reload', async () => {
    const { model, selections } = setup();
    await model.actions.load();
    expect(model.store.get().selectedId).toBe('q_00000001');
    model.actions.select('q_00000002');
    await model.actions.load();
    expect(selectedRequest(model.store.get())?.id).toBe('q_00000002');
    expect(selections).toEqual(['q_00000001', 'q_00000002']);
  });

  it('ignores selecting an unknown request', async () => {
    const { model } = setup();
    await model.actions.load();
    model.actions.select('q_99999999');
    expect(model.store.get().selectedId).toBe('q_00000001');
  });

  it('creates a request, appends and selects it', async () => {
    const { client, model } = setup();
    await model.actions.load();
    const created = await model.actions.create({ title: '  Emails about the budget ', requester: ' J. Reporter ' });
    expect(created?.id).toBe('q_00000003');
    expect(client.calls.at(-1)?.args).toEqual({ title: 'Emails about the budget', requester: 'J. Reporter' });
    expect(model.store.get().requests.map((r) => r.id)).toEqual(['q_00000001', 'q_00000002', 'q_00000003']);
    expect(model.store.get().selectedId).toBe('q_00000003');
  });

  it('refuses an empty title and shows backend errors by the form', async () => {
    const { client, model } = setup();
    expect(await model.actions.create({ title: '  ' })).toBeNull();
    expect(model.store.get().createError).toMatch(/title/);
    expect(client.calls).toEqual([]);
    client.handlers['requests.create'] = () => {
      throw new AppError('no-case-open', 'No case is open');
    };
    expect(await model.actions.create({ title: 'x' })).toBeNull();
    expect(model.store.get()).toMatchObject({ creating: false, createError: 'No case is open' });
  });

  it('reset clears requests and announces no selection', async () => {
    const { model, selections } = setup();
    await model.actions.load();
    model.actions.reset();
    expect(model.store.get().requests).toEqual([]);
    expect(selections.at(-1)).toBeNull();
  });
});
