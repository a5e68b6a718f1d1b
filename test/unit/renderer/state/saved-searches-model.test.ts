import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { SavedSearch, SearchResult } from '../../../../shared/model/search.js';
import { createSavedSearchesModel, draftProblem } from '../../../../renderer/state/saved-searches-model.js';
import { createFakeClient, deferred } from './fake-client.js';
import { searchResult } from './fixtures.js';

const REQUEST = 'q_00000001';
const OTHER = 'q_00000002';

function saved(id: string, overrides: Partial<SavedSearch> = {}): SavedSearch {
  return {
    id,
    requestId: REQUEST,
    name: `Search ${id}`,
    query: 'gas',
    order: 'relevance',
    groupFamilies: false,
    hideDuplicates: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    createdBy: 'officer',
    history: [{ at: '2025-01-01T00:00:00.000Z', by: 'officer', total: 5 }],
    ...overrides,
  };
}

function result(total: number): SearchResult {
  return { ...searchResult([]), total };
}

describe('saved searches model', () => {
  it('loads the request’s searches sorted by name, and empties the list without a request', async () => {
    const client = createFakeClient({
      'savedSearches.list': ({ requestId }) => (requestId === REQUEST ? [saved('v_00000002', { name: 'Zinc' }), saved('v_00000001', { name: 'Alpha' })] : []),
    });
    const model = createSavedSearchesModel({ client });
    await model.actions.load(REQUEST);
    expect(model.store.get().items.map((item) => item.name)).toEqual(['Alpha', 'Zinc']);
    expect(model.store.get()).toMatchObject({ requestId: REQUEST, loading: false, error: null });
    await model.actions.load(null);
    expect(model.store.get()).toMatchObject({ requestId: null, items: [], loading: false });
    expect(client.callNames()).toEqual(['savedSearches.list']);
  });

  it('drops a list that arrives after the selection moved to another request', async () => {
    const slow = deferred<SavedSearch[]>();
    const client = createFakeClient({
      'savedSearches.list': ({ requestId }) => (requestId === REQUEST ? slow.promise : [saved('v_00000009', { requestId: OTHER })]),
    });
    const model = createSavedSearchesModel({ client });
    const first = model.actions.load(REQUEST);
    await model.actions.load(OTHER);
    slow.resolve([saved('v_00000001')]);
    await first;
    expect(model.store.get().items.map((item) => item.id)).toEqual(['v_00000009']);
  });

  it('checks the draft like the backend: a name, and a query it can read', () => {
    const draft = { name: 'Gas', query: 'gas', order: 'relevance' as const, groupFamilies: false, hideDuplicates: false };
    expect(draftProblem(draft)).toBeNull();
    expect(draftProblem({ ...draft, name: '  ' })).toMatch(/name/);
    expect(draftProblem({ ...draft, query: 'gas AND (' })).toMatch(/Query not understood/);
    expect(draftProblem({ ...draft, query: '' })).toBeNull();
  });

  it('saves the draft in the request, adds it to the list and says whether it replaced one', async () => {
    const client = createFakeClient({
      'savedSearches.list': () => [saved('v_00000001', { name: 'Gas' })],
      'savedSearches.save': (args) =>
        saved('v_00000001', { name: args.name, query: args.query, order: args.order ?? 'relevance', history: [...saved('x').history, { at: '2025-02-01T00:00:00.000Z', by: 'officer', total: 7 }] }),
    });
    const model = createSavedSearchesModel({ client });
    await model.actions.load(REQUEST);
    model.actions.setDraft({ name: ' Gas ', query: ' gas AND price ', order: 'newest', groupFamilies: true });
    const result = await model.actions.save();
    expect(client.calls[1]).toEqual({
      name: 'savedSearches.save',
      args: { requestId: REQUEST, name: 'Gas', query: 'gas AND price', order: 'newest', groupFamilies: true, hideDuplicates: false },
    });
    expect(result?.history).toHaveLength(2);
    const state = model.store.get();
    expect(state.items).toHaveLength(1);
    expect(state.items[0]?.query).toBe('gas AND price');
    expect(state.lastSaved).toEqual({ id: 'v_00000001', replaced: true });
    expect(state.draft).toMatchObject({ name: '', query: '' });
  });

  it('refuses to save without a request or with a bad draft, without calling the backend', async () => {
    const client = createFakeClient({ 'savedSearches.list': () => [] });
    const model = createSavedSearchesModel({ client });
    model.actions.setDraft({ name: 'Gas', query: 'gas' });
    expect(await model.actions.save()).toBeNull();
    expect(model.store.get().saveError).toMatch(/request/);
    await model.actions.load(REQUEST);
    model.actions.setDraft({ query: 'NOT' });
    expect(await model.actions.save()).toBeNull();
    expect(model.store.get().saveError).toMatch(/Query not understood/);
    expect(client.callNames()).toEqual(['savedSearches.list']);
  });

  it('shows the backend’s refusal to save', async () => {
    const client = createFakeClient({
      'savedSearches.list': () => [],
      'savedSearches.save': () => {
        throw new AppError('not-found', 'No request q_00000001 in this case');
      },
    });
    const model = createSavedSearchesModel({ client });
    await model.actions.load(REQUEST);
    model.actions.setDraft({ name: 'Gas', query: 'gas' });
    expect(await model.actions.save()).toBeNull();
    expect(model.store.get()).toMatchObject({ saving: false, saveError: 'No request q_00000001 in this case', items: [] });
  });

  it('runs a saved search: the new count is shown and the history grows', async () => {
    const first = saved('v_00000001');
    const client = createFakeClient({
      'savedSearches.list': () => [first],
      'savedSearches.run': () => ({ saved: { ...first, history: [...first.history, { at: '2025-03-01T00:00:00.000Z', by: 'officer', total: 9 }] }, result: result(9) }),
    });
    const model = createSavedSearchesModel({ client });
    await model.actions.load(REQUEST);
    expect(await model.actions.run('v_00000001')).toBe(9);
    expect(client.calls[1]).toEqual({ name: 'savedSearches.run', args: { savedSearchId: 'v_00000001', pageSize: 1 } });
    const state = model.store.get();
    expect(state).toMatchObject({ running: null, lastRun: { id: 'v_00000001', total: 9 } });
    expect(state.items[0]?.history.map((entry) => entry.total)).toEqual([5, 9]);
  });

  it('deletes only after confirmation, and can be cancelled', async () => {
    const client = createFakeClient({
      'savedSearches.list': () => [saved('v_00000001'), saved('v_00000002')],
      'savedSearches.delete': () => ({ deleted: true }),
    });
    const model = createSavedSearchesModel({ client });
    await model.actions.load(REQUEST);
    expect(await model.actions.confirmDelete()).toBe(false);
    model.actions.askDelete('v_00000001');
    expect(model.store.get().confirmingDelete).toBe('v_00000001');
    model.actions.cancelDelete();
    expect(await model.actions.confirmDelete()).toBe(false);
    expect(client.callNames()).toEqual(['savedSearches.list']);

    model.actions.askDelete('v_00000002');
    expect(await model.actions.confirmDelete()).toBe(true);
    expect(client.calls[1]).toEqual({ name: 'savedSearches.delete', args: { savedSearchId: 'v_00000002' } });
    expect(model.store.get()).toMatchObject({ confirmingDelete: null, deleting: null });
    expect(model.store.get().items.map((item) => item.id)).toEqual(['v_00000001']);
  });

  it('keeps the search and shows why when deleting fails', async () => {
    const client = createFakeClient({
      'savedSearches.list': () => [saved('v_00000001')],
      'savedSearches.delete': () => {
        throw new AppError('not-found', 'No saved search v_00000001 in this case');
      },
    });
    const model = createSavedSearchesModel({ client });
    await model.actions.load(REQUEST);
    model.actions.askDelete('v_00000001');
    expect(await model.actions.confirmDelete()).toBe(false);
    expect(model.store.get()).toMatchObject({ error: 'No saved search v_00000001 in this case', confirmingDelete: null });
    expect(model.store.get().items).toHaveLength(1);
  });
});
