/**
 * Search: the submitted query and kind filter, the current page of hits, and which hit is
 * selected in the result list (moved with the arrow keys, opened with Enter).
 */
import type { Client } from '../../shared/ipc/client.js';
import type { RecordKind } from '../../shared/model/record.js';
import type { SearchHit, SearchResult } from '../../shared/model/search.js';
import { parseQuery } from '../../shared/query/parse-query.js';
import { errorMessage } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export const DEFAULT_PAGE_SIZE = 25;

export type KindFilter = RecordKind | 'all';

export type SearchState = {
  /** The query the current results are for (the box may hold an unsubmitted draft). */
  query: string;
  kind: KindFilter;
  page: number;
  pageSize: number;
  result: SearchResult | null;
  loading: boolean;
  error: string | null;
  /** Index into `result.hits`; -1 when nothing is selected. */
  selectedIndex: number;
};

export type SearchActions = {
  /** Runs `query` from the first page. An empty query lists every record by date. */
  search(query: string): Promise<void>;
  /** Changes the kind filter and searches again from the first page. */
  setKind(kind: KindFilter): Promise<void>;
  /** Shows page `page` (0-based) of the current query; out-of-range pages are ignored. */
  goToPage(page: number): Promise<void>;
  /** Re-runs the current query and page (after an ingest added records). */
  rerun(): Promise<void>;
  /** Moves the selection by `delta` rows, clamped to the page. Returns the newly selected hit. */
  moveSelection(delta: number): SearchHit | null;
  /** Selects row `index` of the page. Returns the hit, or null when out of range. */
  select(index: number): SearchHit | null;
  reset(): void;
};

export type SearchModel = { store: ReadableStore<SearchState>; actions: SearchActions };

const INITIAL: SearchState = {
  query: '',
  kind: 'all',
  page: 0,
  pageSize: DEFAULT_PAGE_SIZE,
  result: null,
  loading: false,
  error: null,
  selectedIndex: -1,
};

/** Number of pages for the current result (at least 1, so "page 1 of 1" reads naturally). */
export function pageCount(state: SearchState): number {
  const total = state.result?.total ?? 0;
  return Math.max(1, Math.ceil(total / state.pageSize));
}

/** The selected hit, or null. */
export function selectedHit(state: SearchState): SearchHit | null {
  return state.result?.hits[state.selectedIndex] ?? null;
}

export function createSearchModel({ client }: { client: Client }): SearchModel {
  const store = createStore<SearchState>(INITIAL);
  // Only the newest request may write results: typing fast must not show an older answer last.
  let latest = 0;

  const run = async (query: string, kind: KindFilter, page: number): Promise<void> => {
    const ticket = ++latest;
    const parsed = query.trim().length === 0 ? null : parseQuery(query);
    if (parsed && !parsed.ok) {
      // The shared parser explains the mistake before a round trip, in the backend's own words.
      store.set({ query, kind, error: parsed.message, loading: false });
      return;
    }
    store.set({ query, kind, page, loading: true, error: null });
    try {
      const { pageSize } = store.get();
      const result = await client.call('search.query', {
        query,
        kinds: kind === 'all' ? undefined : [kind],
        page,
        pageSize,
      });
      if (ticket === latest) {
        store.set({ result, selectedIndex: result.hits.length > 0 ? 0 : -1 });
      }
    } catch (error) {
      if (ticket === latest) {
        store.set({ error: errorMessage(error) });
      }
    } finally {
      if (ticket === latest) {
        store.set({ loading: false });
      }
    }
  };

  const select = (index: number): SearchHit | null => {
    const hits = store.get().result?.hits ?? [];
    const hit = hits[index];
    if (!hit) {
      return null;
    }
    store.set({ selectedIndex: index });
    return hit;
  };

  return {
    store,
    actions: {
      search: (query) => run(query, store.get().kind, 0),
      setKind: (kind) => run(store.get().query, kind, 0),
      async goToPage(page) {
        const state = store.get();
        if (page < 0 || page >= pageCount(state) || page === state.page) {
          return;
        }
        await run(state.query, state.kind, page);
      },
      rerun() {
        const { query, kind, page } = store.get();
        return run(query, kind, page);
      },
      moveSelection(delta) {
        const { selectedIndex, result } = store.get();
        const count = result?.hits.length ?? 0;
        if (count === 0) {
          return null;
        }
        const next = Math.min(count - 1, Math.max(0, selectedIndex + delta));
        return select(next);
      },
      select,
      reset() {
        latest += 1;
        store.reset();
      },
    },
  };
}
