import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { CallInput } from '../../../../shared/ipc/contract.js';
import type { SearchHit, SearchResult } from '../../../../shared/model/search.js';
import {
  createSearchModel,
  currentProblem,
  facetCondition,
  facetMatcher,
  PAGE_SIZE,
  quoteValue,
  rowAt,
  selectedHit,
  toggleCondition,
  TYPING_DELAY_MS,
} from '../../../../renderer/state/search-model.js';
import { createFakeClient, deferred } from './fake-client.js';
import { hit, searchResult } from './fixtures.js';

type SearchArgs = CallInput<'search.query'>;

const idOf = (row: number) => `r_${row.toString(16).padStart(8, '0')}`;

/** Page `page` of a result set of `total` rows whose row n has id idOf(n). */
function pageOf(args: SearchArgs, total: number): SearchResult {
  const page = args.page ?? 0;
  const size = args.pageSize ?? 25;
  const hits: SearchHit[] = [];
  for (let row = page * size; row < Math.min(total, (page + 1) * size); row += 1) {
    hits.push(hit(idOf(row)));
  }
  return searchResult(hits, { query: args.query, total, page, pageSize: size });
}

function pagedClient(total: number) {
  return createFakeClient({ 'search.query': (args: SearchArgs) => pageOf(args, total) });
}

const searchArgs = (client: { calls: Array<{ args: unknown }> }) => client.calls.map((call) => call.args as SearchArgs);

describe('search model: typing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('searches once typing pauses, with the last text only', async () => {
    const client = pagedClient(3);
    const model = createSearchModel({ client });
    model.actions.type('b');
    model.actions.type('bud');
    model.actions.type('budget');
    await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS - 1);
    expect(client.calls).toEqual([]);
    expect(model.store.get().draft).toBe('budget');
    await vi.advanceTimersByTimeAsync(1);
    expect(searchArgs(client)).toEqual([
      { query: 'budget', requestId: null, order: 'relevance', groupFamilies: false, hideDuplicates: false, facets: true, page: 0, pageSize: PAGE_SIZE },
    ]);
    expect(model.store.get()).toMatchObject({ query: 'budget', total: 3, loading: false, selectedIndex: 0 });
  });

  it('Enter searches at once and the pending typing search does not run again', async () => {
    const client = pagedClient(3);
    const model = createSearchModel({ client });
    model.actions.type('gas');
    await model.actions.submit();
    expect(searchArgs(client).map((args) => args.query)).toEqual(['gas']);
    await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS * 2);
    expect(client.calls).toHaveLength(1);
  });

  it('shows a mistake inline, with its span, without calling the backend; the shown results stay', async () => {
    const client = pagedClient(3);
    const model = createSearchModel({ client });
    await model.actions.search('budget');
    model.actions.type('budget OR');
    await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
    expect(client.calls).toHaveLength(1);
    const state = model.store.get();
    expect(currentProblem(state)).toEqual({ message: expect.stringMatching(/^OR needs a condition on both sides/), span: { start: 7, end: 9 }, query: 'budget OR' });
    expect(state).toMatchObject({ query: 'budget', total: 3, error: null });

    // Fixing it clears the mark at once, before the search it leads to.
    model.actions.type('budget OR gas');
    expect(model.store.get().problem).toBeNull();
    await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
    expect(searchArgs(client).map((args) => args.query)).toEqual(['budget', 'budget OR gas']);
  });

  it('a problem found in older text is not shown against what the box holds now', async () => {
    const model = createSearchModel({ client: pagedClient(1) });
    await model.actions.search('kind:emial');
    expect(currentProblem(model.store.get())?.message).toMatch(/unknown kind 'emial'.*Did you mean kind:email\?/);
    model.actions.type('kind:emial x(');
    expect(model.store.get().problem).not.toBeNull();
    expect(currentProblem(model.store.get())).toBeNull();
  });

  it('reset drops a pending typing search', async () => {
    const client = pagedClient(1);
    const model = createSearchModel({ client });
    model.actions.type('gas');
    model.actions.reset();
    await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
    expect(client.calls).toEqual([]);
    expect(model.store.get().draft).toBe('');
  });
});

describe('search model: answers', () => {
  it('shows the backend’s "cannot read this query" with its span, like a local mistake', async () => {
    const client = createFakeClient({
      'search.query': (args: SearchArgs) => {
        if (args.query === 'gas') {
          return pageOf(args, 2);
        }
        throw new AppError('invalid-args', 'Query not understood (at character 1): custodian: matches no one', { span: { start: 0, end: 10 }, query: args.query });
      },
    });
    const model = createSearchModel({ client });
    await model.actions.search('gas');
    await model.actions.search('custodian:x');
    const state = model.store.get();
    expect(currentProblem(state)).toEqual({ message: 'Query not understood (at character 1): custodian: matches no one', span: { start: 0, end: 10 }, query: 'custodian:x' });
    expect(state).toMatchObject({ error: null, loading: false, query: 'gas', total: 2 });
  });

  it('any other failure is an error sentence, not an underline', async () => {
    const client = createFakeClient({
      'search.query': () => {
        throw new AppError('invalid-args', 'requestId: not a valid id');
      },
    });
    const model = createSearchModel({ client });
    await model.actions.search('gas');
    expect(model.store.get()).toMatchObject({ problem: null, error: 'requestId: not a valid id', loading: false });
  });

  it('ignores an older answer that arrives after a newer one', async () => {
    const slow = deferred<SearchResult>();
    const client = createFakeClient({
      'search.query': (args: SearchArgs) => (args.query === 'slow' ? slow.promise : searchResult([hit('r_0000000f')], { query: 'fast' })),
    });
    const model = createSearchModel({ client });
    const first = model.actions.search('slow');
    await model.actions.search('fast');
    slow.resolve(searchResult([hit('r_0000000a')], { query: 'slow' }));
    await first;
    expect(model.store.get()).toMatchObject({ query: 'fast', loading: false, result: { query: 'fast' } });
    expect(rowAt(model.store.get(), 0)?.id).toBe('r_0000000f');
  });

  it('keeps the old rows on screen until the new first page arrives', async () => {
    const next = deferred<SearchResult>();
    let calls = 0;
    const client = createFakeClient({ 'search.query': (args: SearchArgs) => (++calls === 1 ? pageOf(args, 5) : next.promise) });
    const model = createSearchModel({ client });
    await model.actions.search('a');
    const pending = model.actions.search('b');
    expect(model.store.get()).toMatchObject({ loading: true, query: 'a', total: 5 });
    next.resolve(searchResult([hit('r_000000bb')], { query: 'b', total: 1 }));
    await pending;
    expect(model.store.get()).toMatchObject({ loading: false, query: 'b', total: 1 });
  });
});

describe('search model: rows read page by page', () => {
  it('reads only the pages a range needs, once each', async () => {
    const client = pagedClient(1000);
    const model = createSearchModel({ client });
    await model.actions.search('');
    expect(rowAt(model.store.get(), 199)?.id).toBe(idOf(199));
    expect(rowAt(model.store.get(), 200)).toBeNull();

    await model.actions.fetchRange(150, 250);
    await model.actions.fetchRange(0, 400);
    await model.actions.fetchRange(990, 1000);
    expect(searchArgs(client).map((args) => [args.page, args.facets])).toEqual([
      [0, true],
      [1, false],
      [4, false],
    ]);
    const state = model.store.get();
    expect(rowAt(state, 250)?.id).toBe(idOf(250));
    expect(rowAt(state, 999)?.id).toBe(idOf(999));
    expect(rowAt(state, 600)).toBeNull();
    expect(rowAt(state, 1000)).toBeNull();
    expect([...state.pages.keys()].sort()).toEqual([0, 1, 4]);
  });

  it('reads every page with the arguments of the shown result set', async () => {
    const client = pagedClient(500);
    const model = createSearchModel({ client });
    await model.actions.setOrder('newest');
    await model.actions.search('kind:email');
    await model.actions.fetchRange(450, 460);
    expect(searchArgs(client).at(-1)).toEqual({
      query: 'kind:email', requestId: null, order: 'newest', groupFamilies: false, hideDuplicates: false, facets: false, page: 2, pageSize: PAGE_SIZE,
    });
  });

  it('asks for a page being read only once, and shows it as pending meanwhile', async () => {
    const gate = deferred<void>();
    const client = createFakeClient({
      'search.query': async (args: SearchArgs) => {
        if ((args.page ?? 0) > 0) {
          await gate.promise;
        }
        return pageOf(args, 1000);
      },
    });
    const model = createSearchModel({ client });
    await model.actions.search('');
    const first = model.actions.fetchRange(400, 420);
    const second = model.actions.fetchRange(410, 430);
    expect([...model.store.get().pendingPages]).toEqual([2]);
    gate.resolve();
    await Promise.all([first, second]);
    expect(client.calls).toHaveLength(2);
    expect(model.store.get().pendingPages.size).toBe(0);
    expect(rowAt(model.store.get(), 410)?.id).toBe(idOf(410));
  });

  it('an option change starts a new result set: the read pages are dropped and a late page is ignored', async () => {
    const late = deferred<SearchResult>();
    const client = createFakeClient({
      'search.query': (args: SearchArgs) => (args.page === 3 ? late.promise : pageOf(args, args.groupFamilies ? 700 : 1000)),
    });
    const model = createSearchModel({ client });
    await model.actions.search('gas');
    await model.actions.fetchRange(200, 400);
    const stale = model.actions.fetchRange(600, 610);
    const before = model.store.get().generation;

    await model.actions.setGroupFamilies(true);
    late.resolve(pageOf({ query: 'gas', page: 3, pageSize: PAGE_SIZE }, 1000));
    await stale;
    const state = model.store.get();
    expect(searchArgs(client).at(-1)).toMatchObject({ query: 'gas', groupFamilies: true, facets: true, page: 0 });
    expect(state).toMatchObject({ total: 700, groupFamilies: true });
    expect(state.generation).toBeGreaterThan(before);
    expect([...state.pages.keys()]).toEqual([0]);
    expect(state.pendingPages.size).toBe(0);

    await model.actions.setHideDuplicates(true);
    await model.actions.setOrder('oldest');
    expect(searchArgs(client).slice(-2)).toEqual([
      expect.objectContaining({ hideDuplicates: true, order: 'relevance', page: 0 }),
      expect.objectContaining({ hideDuplicates: true, order: 'oldest', groupFamilies: true, page: 0 }),
    ]);
  });

  it('an option change searches the box’s text if it can be read, else the shown query', async () => {
    const client = pagedClient(10);
    const model = createSearchModel({ client });
    await model.actions.search('gas');
    model.actions.type('gas OR');
    await model.actions.setHideDuplicates(true);
    model.actions.type('power');
    await model.actions.setOrder('newest');
    expect(searchArgs(client).map((args) => args.query)).toEqual(['gas', 'gas', 'power']);
  });

  it('follows the selected request, searching again only when it changes', async () => {
    const client = pagedClient(10);
    const model = createSearchModel({ client });
    await model.actions.setRequest('q_00000001');
    expect(client.calls).toEqual([]);
    await model.actions.search('decision:uncoded');
    await model.actions.setRequest('q_00000001');
    await model.actions.setRequest('q_00000002');
    expect(searchArgs(client).map((args) => [args.query, args.requestId])).toEqual([
      ['decision:uncoded', 'q_00000001'],
      ['decision:uncoded', 'q_00000002'],
    ]);
  });
});

describe('search model: selection', () => {
  it('moves over the whole result set, clamped; an unread row is selected but not yet returned', async () => {
    const model = createSearchModel({ client: pagedClient(450) });
    expect(model.actions.moveSelection(1)).toBeNull();
    await model.actions.search('');
    expect(model.actions.moveSelection(1)?.id).toBe(idOf(1));
    expect(model.actions.moveSelection(300)).toBeNull();
    expect(model.store.get().selectedIndex).toBe(301);
    await model.actions.fetchRange(301, 302);
    expect(selectedHit(model.store.get())?.id).toBe(idOf(301));
    expect(model.actions.moveSelection(1000)).toBeNull();
    expect(model.store.get().selectedIndex).toBe(449);
    expect(model.actions.moveSelection(-1000)?.id).toBe(idOf(0));
    expect(model.actions.select(450)).toBeNull();
    expect(model.store.get().selectedIndex).toBe(0);
  });

  it('a new search selects the first row; a rerun keeps the selection where it was', async () => {
    const client = pagedClient(50);
    const model = createSearchModel({ client });
    await model.actions.search('x');
    model.actions.select(30);
    await model.actions.rerun();
    expect(searchArgs(client).at(-1)).toMatchObject({ query: 'x', page: 0 });
    expect(model.store.get().selectedIndex).toBe(30);
    await model.actions.search('y');
    expect(model.store.get().selectedIndex).toBe(0);
  });

  it('selects nothing when nothing matches', async () => {
    const model = createSearchModel({ client: pagedClient(0) });
    await model.actions.search('nothing');
    expect(model.store.get()).toMatchObject({ total: 0, selectedIndex: -1 });
    expect(model.actions.moveSelection(1)).toBeNull();
  });
});

describe('facet conditions in the query text', () => {
  it('writes each facet as the search language reads it, quoting what needs quotes', () => {
    expect(facetCondition('kind', 'email')).toBe('kind:email');
    expect(facetCondition('custodian', 'Jeff Skilling')).toBe('custodian:"Jeff Skilling"');
    expect(facetCondition('channel', 'personal-chat')).toBe('channel:personal-chat');
    expect(facetCondition('tag', 'Inbox')).toBe('tag:Inbox');
    expect(facetCondition('tag', 'Deleted Items')).toBe('tag:"Deleted Items"');
    expect(facetCondition('tag', 'a:b')).toBe('tag:"a:b"');
    expect(facetCondition('tag', 'x(y)')).toBe('tag:"x(y)"');
    expect(facetCondition('decision', 'not-responsive')).toBe('decision:not-responsive');
    expect(facetCondition('year', '2001')).toBe('date:2001');
    expect(facetCondition('month', '2001-03')).toBe('date:2001-03');
    expect(facetCondition('year', 'undated')).toBeNull();
    expect(facetCondition('custodian', ' ')).toBeNull();
    // No escape exists inside quotes: a double quote becomes the wildcard, which still matches it.
    expect(quoteValue('say "hi"')).toBe('"say *hi*"');
  });

  it('adds a condition after the query, and wraps an OR first because AND binds tighter', () => {
    expect(toggleCondition('', 'kind:email')).toBe('kind:email');
    expect(toggleCondition('  ', 'kind:email')).toBe('kind:email');
    expect(toggleCondition('budget ', 'kind:email')).toBe('budget kind:email');
    expect(toggleCondition('budget kind:email', 'custodian:"Jeff Skilling"')).toBe('budget kind:email custodian:"Jeff Skilling"');
    expect(toggleCondition('gas OR power', 'kind:email')).toBe('(gas OR power) kind:email');
    expect(toggleCondition('(gas OR power)', 'kind:email')).toBe('(gas OR power) kind:email');
    expect(toggleCondition('(gas OR power) OR oil', 'kind:email')).toBe('((gas OR power) OR oil) kind:email');
  });

  it('removes a condition the query has at its top, however it was written', () => {
    expect(toggleCondition('budget kind:email', 'kind:email')).toBe('budget');
    expect(toggleCondition('kind:email', 'kind:email')).toBe('');
    expect(toggleCondition('Kind:EMAIL budget', 'kind:email')).toBe('budget');
    expect(toggleCondition('gas custodian:"Jeff Skilling" date:2001', 'custodian:"Jeff Skilling"')).toBe('gas date:2001');
    expect(toggleCondition('gas custodian:"jeff skilling"', 'custodian:"Jeff Skilling"')).toBe('gas');
    expect(toggleCondition('gas AND kind:email', 'kind:email')).toBe('gas');
    expect(toggleCondition('kind:email AND gas', 'kind:email')).toBe('gas');
    // A range written another way is the same days: date:2001-01-01..2001-12-31 is the year.
    expect(toggleCondition('gas date:2001-01-01..2001-12-31', 'date:2001')).toBe('gas');
    expect(toggleCondition('gas date:2001-03', 'date:2001')).toBe('gas date:2001-03 date:2001');
  });

  it('leaves a condition inside a group or a negation alone and adds its own', () => {
    expect(toggleCondition('(kind:email OR kind:document)', 'kind:email')).toBe('(kind:email OR kind:document) kind:email');
    expect(toggleCondition('budget -kind:email', 'kind:email')).toBe('budget -kind:email kind:email');
  });

  it('appends to a query it cannot read, which keeps its mistake for the officer to fix', () => {
    expect(toggleCondition('budget OR', 'kind:email')).toBe('budget OR kind:email');
    expect(toggleCondition('"unclosed', 'kind:email')).toBe('"unclosed kind:email');
  });

  it('tells which facet values a query applies', () => {
    const applies = facetMatcher('gas custodian:"jeff skilling" date:2001-03 (kind:email OR kind:document)');
    expect(applies('custodian', 'Jeff Skilling')).toBe(true);
    expect(applies('month', '2001-03')).toBe(true);
    expect(applies('year', '2001')).toBe(false);
    expect(applies('kind', 'email')).toBe(false);
    expect(applies('year', 'undated')).toBe(false);
    expect(facetMatcher('budget OR')('kind', 'email')).toBe(false);
  });

  it('a facet click edits the box and searches at once', async () => {
    const client = pagedClient(5);
    const model = createSearchModel({ client });
    await model.actions.search('gas OR power');
    await model.actions.toggleFacet('custodian', 'Jeff Skilling');
    await model.actions.toggleFacet('month', '2001-03');
    expect(model.store.get().draft).toBe('(gas OR power) custodian:"Jeff Skilling" date:2001-03');
    await model.actions.toggleFacet('custodian', 'Jeff Skilling');
    await model.actions.toggleFacet('year', 'undated');
    expect(searchArgs(client).map((args) => args.query)).toEqual([
      'gas OR power',
      '(gas OR power) custodian:"Jeff Skilling"',
      '(gas OR power) custodian:"Jeff Skilling" date:2001-03',
      '(gas OR power) date:2001-03',
    ]);
    expect(model.store.get()).toMatchObject({ query: '(gas OR power) date:2001-03', draft: '(gas OR power) date:2001-03' });
  });
});
