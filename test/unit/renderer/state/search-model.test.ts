import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../../shared/model/search.js';
import type { CallInput } from '../../../../shared/ipc/contract.js';
import { createSearchModel, pageCount, selectedHit } from '../../../../renderer/state/search-model.js';
import { createFakeClient, deferred } from './fake-client.js';
import { hit, searchResult } from './fixtures.js';

const threeHits = searchResult([hit('r_00000001'), hit('r_00000002'), hit('r_00000003')], { total: 60 });

describe('search model', () => {
  it('searches from page 0 and selects the first hit', async () => {
    const client = createFakeClient({ 'search.query': () => threeHits });
    const model = createSearchModel({ client });
    await model.actions.search('budget');
    expect(client.calls[0]?.args).toEqual({ query: 'budget', kinds: undefined, page: 0, pageSize: 25 });
    expect(model.store.get()).toMatchObject({ query: 'budget', page: 0, loading: false, selectedIndex: 0 });
    expect(selectedHit(model.store.get())?.id).toBe('r_00000001');
    expect(pageCount(model.store.get())).toBe(3);
  });

  it('filters by kind and pages within range only', async () => {
    const client = createFakeClient({ 'search.query': () => threeHits });
    const model = createSearchModel({ client });
    await model.actions.setKind('document');
    expect(client.calls[0]?.args).toMatchObject({ kinds: ['document'], page: 0 });
    await model.actions.goToPage(2);
    expect(client.calls[1]?.args).toMatchObject({ kinds: ['document'], page: 2 });
    await model.actions.goToPage(3);
    await model.actions.goToPage(-1);
    expect(client.calls).toHaveLength(2);
  });

  it('moves the selection within the page, clamped at both ends', async () => {
    const model = createSearchModel({ client: createFakeClient({ 'search.query': () => threeHits }) });
    expect(model.actions.moveSelection(1)).toBeNull();
    await model.actions.search('');
    expect(model.actions.moveSelection(1)?.id).toBe('r_00000002');
    expect(model.actions.moveSelection(5)?.id).toBe('r_00000003');
    expect(model.actions.moveSelection(-9)?.id).toBe('r_00000001');
    expect(model.actions.select(7)).toBeNull();
    expect(model.store.get().selectedIndex).toBe(0);
  });

  it('ignores an older answer that arrives after a newer one', async () => {
    const slow = deferred<SearchResult>();
    const client = createFakeClient({
      'search.query': (args: CallInput<'search.query'>) => (args.query === 'slow' ? slow.promise : searchResult([hit('r_0000000f')], { query: 'fast' })),
    });
    const model = createSearchModel({ client });
    const first = model.actions.search('slow');
    await model.actions.search('fast');
    slow.resolve(searchResult([hit('r_0000000a')], { query: 'slow' }));
    await first;
    expect(model.store.get().result?.query).toBe('fast');
    expect(model.store.get().loading).toBe(false);
  });

  it('explains a malformed query without calling the backend', async () => {
    const client = createFakeClient({ 'search.query': () => threeHits });
    const model = createSearchModel({ client });
    await model.actions.search('budget OR');
    expect(client.calls).toEqual([]);
    expect(model.store.get().error).toBe('OR must stand between two terms');
  });

  it('rerun repeats the current query and page', async () => {
    const client = createFakeClient({ 'search.query': () => threeHits });
    const model = createSearchModel({ client });
    await model.actions.search('x');
    await model.actions.goToPage(1);
    await model.actions.rerun();
    expect(client.calls.at(-1)?.args).toMatchObject({ query: 'x', page: 1 });
  });
});
