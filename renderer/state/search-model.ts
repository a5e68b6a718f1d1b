/**
 * Search: the query as the officer types it, searched after a pause in typing (at once on
 * Enter); a mistake in it, found by the shared parser before any round trip or reported by the
 * backend, with the span to underline; the order and family/duplicate options; and the result
 * set as a sparse list of `total` rows whose pages are read only when the list scrolls to them,
 * so a result of 100,000 records costs the pages looked at, not 100,000 rows.
 *
 * Facet clicks edit the query text rather than a hidden filter: what is searched is always
 * what the box says, so it can be read, corrected, saved and explained.
 */
import { AppError } from '../../shared/errors.js';
import type { Client } from '../../shared/ipc/client.js';
import type { CallInput } from '../../shared/ipc/contract.js';
import type { SearchFacets, SearchHit, SearchOrder, SearchResult } from '../../shared/model/search.js';
import type { QueryNode, QuerySpan } from '../../shared/query/query-ast.js';
import { parseSearchQuery } from '../../shared/query/query-parser.js';
import { errorMessage } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

/** Rows per call: the contract's maximum, so a long scroll costs as few round trips as it can. */
export const PAGE_SIZE = 200;
/** A pause this long in typing runs the search; shorter would search half-typed words. */
export const TYPING_DELAY_MS = 250;

/** A query the search cannot read: what is wrong, and where, in the text it was found in. */
export type QueryProblem = {
  message: string;
  span: QuerySpan;
  /** The text the span points into (the box may have changed since). */
  query: string;
};

export type SearchState = {
  /** What the search box holds now. */
  draft: string;
  /** The query the shown results are for. */
  query: string;
  order: SearchOrder;
  groupFamilies: boolean;
  hideDuplicates: boolean;
  /** The request whose codings decision: and the decision facet read; null: any request's. */
  requestId: string | null;
  /** The answer for the first page: total, facets, explanation (and page 0's hits). */
  result: SearchResult | null;
  /** Rows in the result set: records, or families when grouped. */
  total: number;
  /** The pages read so far, by page number; a row not in them is still to be read. */
  pages: ReadonlyMap<number, readonly SearchHit[]>;
  /** Pages being read now. */
  pendingPages: ReadonlySet<number>;
  /** A new result set is being searched for; the old one stays on screen meanwhile. */
  loading: boolean;
  problem: QueryProblem | null;
  /** Any other failure, as a sentence. */
  error: string | null;
  /** Row index in the result set; -1 when nothing is selected. */
  selectedIndex: number;
  /** Changes whenever a new result set replaces the rows (screens reset their scroll on it). */
  generation: number;
};

export type FacetName = keyof SearchFacets;

export type SearchActions = {
  /** The box changed: the search runs once typing pauses; a fixed mistake clears at once. */
  type(text: string): void;
  /** Enter: searches what the box holds now. */
  submit(): Promise<void>;
  /** Puts `text` in the box and searches it now. An empty query lists every record. */
  search(text: string): Promise<void>;
  setOrder(order: SearchOrder): Promise<void>;
  setGroupFamilies(on: boolean): Promise<void>;
  setHideDuplicates(on: boolean): Promise<void>;
  /** Follows the selected request (decision: and its facet read that request's codings). */
  setRequest(requestId: string | null): Promise<void>;
  /** Adds the facet value's condition to the query, or removes it if the query has it; then searches. */
  toggleFacet(facet: FacetName, value: string): Promise<void>;
  /** Reads whichever pages of rows [start, end) are neither read nor being read. */
  fetchRange(start: number, end: number): Promise<void>;
  /** Searches the current query again (records were added); the selection stays where it was. */
  rerun(): Promise<void>;
  /** Moves the selection by `delta` rows, clamped to the result set. Returns the hit there once read. */
  moveSelection(delta: number): SearchHit | null;
  /** Selects row `index` (ignored out of range). Returns the hit, or null while its page is unread. */
  select(index: number): SearchHit | null;
  reset(): void;
};

export type SearchModel = { store: ReadableStore<SearchState>; actions: SearchActions };

const INITIAL: SearchState = {
  draft: '',
  query: '',
  order: 'relevance',
  groupFamilies: false,
  hideDuplicates: false,
  requestId: null,
  result: null,
  total: 0,
  pages: new Map(),
  pendingPages: new Set(),
  loading: false,
  problem: null,
  error: null,
  selectedIndex: -1,
  generation: 0,
};

/** Row `index` of the result set, or null while its page is unread (or out of range). */
export function rowAt(state: SearchState, index: number): SearchHit | null {
  if (index < 0 || index >= state.total) {
    return null;
  }
  return state.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE] ?? null;
}

/** The selected hit, or null. */
export function selectedHit(state: SearchState): SearchHit | null {
  return rowAt(state, state.selectedIndex);
}

/** The problem to show for what the box holds now, or null (a problem found in older text is not). */
export function currentProblem(state: SearchState): QueryProblem | null {
  return state.problem !== null && state.problem.query === state.draft ? state.problem : null;
}

/** The backend's "cannot read this query" answer as a problem with its span; null for other failures. */
function backendProblem(error: unknown, query: string): QueryProblem | null {
  if (!(error instanceof AppError) || error.code !== 'invalid-args') {
    return null;
  }
  const span = error.details?.['span'];
  if (typeof span !== 'object' || span === null) {
    return null;
  }
  const { start, end } = span as { start?: unknown; end?: unknown };
  if (typeof start !== 'number' || typeof end !== 'number') {
    return null;
  }
  return { message: error.message, span: { start, end }, query };
}

type SearchArgs = CallInput<'search.query'>;

export function createSearchModel({ client }: { client: Client }): SearchModel {
  const store = createStore<SearchState>(INITIAL);
  // Only the newest search may replace the results: typing fast must not show an older answer last.
  let latest = 0;
  // What the shown rows were searched with; pages are read with exactly these arguments.
  let active: { generation: number; args: SearchArgs } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const cancelTimer = () => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  };

  const run = async (text: string, keepSelection = false): Promise<void> => {
    cancelTimer();
    const parsed = parseSearchQuery(text);
    if (!parsed.ok) {
      // Shown without a round trip; a search already on its way still lands (it was for a readable query).
      store.set({ problem: { ...parsed.error, query: text } });
      return;
    }
    const ticket = ++latest;
    const { order, groupFamilies, hideDuplicates, requestId } = store.get();
    const args: SearchArgs = { query: text, requestId, order, groupFamilies, hideDuplicates, page: 0, pageSize: PAGE_SIZE };
    store.set({ loading: true, problem: null, error: null });
    try {
      const result = await client.call('search.query', { ...args, facets: true });
      if (ticket !== latest) {
        return;
      }
      const previous = store.get();
      const generation = previous.generation + 1;
      active = { generation, args };
      const selectedIndex = result.total === 0 ? -1 : keepSelection ? Math.min(Math.max(previous.selectedIndex, 0), result.total - 1) : 0;
      store.set({
        query: text,
        result,
        total: result.total,
        pages: new Map([[0, result.hits]]),
        pendingPages: new Set(),
        generation,
        selectedIndex,
        loading: false,
      });
    } catch (error) {
      if (ticket === latest) {
        const problem = backendProblem(error, text);
        store.set(problem ? { problem, loading: false } : { error: errorMessage(error), loading: false });
      }
    }
  };

  /** After an option changed: the box's query if it can be read, else the one shown. */
  const refresh = (): Promise<void> => {
    const { draft, query } = store.get();
    return run(parseSearchQuery(draft).ok ? draft : query, true);
  };

  const loadPage = async (page: number): Promise<void> => {
    if (!active) {
      return;
    }
    const { generation, args } = active;
    store.update((state) => ({ pendingPages: new Set([...state.pendingPages, page]) }));
    try {
      const result = await client.call('search.query', { ...args, facets: false, page });
      if (active?.generation === generation) {
        store.update((state) => ({ pages: new Map([...state.pages, [page, result.hits]]) }));
      }
    } catch (error) {
      if (active?.generation === generation) {
        store.set({ error: errorMessage(error) });
      }
    } finally {
      if (active?.generation === generation) {
        store.update((state) => {
          const pendingPages = new Set(state.pendingPages);
          pendingPages.delete(page);
          return { pendingPages };
        });
      }
    }
  };

  const select = (index: number): SearchHit | null => {
    const state = store.get();
    if (index < 0 || index >= state.total) {
      return null;
    }
    store.set({ selectedIndex: index });
    return rowAt(state, index);
  };

  return {
    store,
    actions: {
      type(text) {
        store.set({ draft: text });
        if (parseSearchQuery(text).ok) {
          store.set({ problem: null });
        }
        cancelTimer();
        timer = setTimeout(() => {
          timer = null;
          void run(text);
        }, TYPING_DELAY_MS);
      },
      submit: () => run(store.get().draft),
      search(text) {
        store.set({ draft: text });
        return run(text);
      },
      setOrder(order) {
        store.set({ order });
        return refresh();
      },
      setGroupFamilies(groupFamilies) {
        store.set({ groupFamilies });
        return refresh();
      },
      setHideDuplicates(hideDuplicates) {
        store.set({ hideDuplicates });
        return refresh();
      },
      async setRequest(requestId) {
        if (store.get().requestId === requestId) {
          return;
        }
        store.set({ requestId });
        if (active !== null) {
          await refresh();
        }
      },
      toggleFacet(facet, value) {
        const condition = facetCondition(facet, value);
        if (condition === null) {
          return Promise.resolve();
        }
        const draft = toggleCondition(store.get().draft, condition);
        store.set({ draft });
        return run(draft);
      },
      async fetchRange(start, end) {
        const { total, pages, pendingPages } = store.get();
        if (!active || total === 0 || end <= start) {
          return;
        }
        const first = Math.max(0, Math.floor(start / PAGE_SIZE));
        const last = Math.min(Math.ceil(total / PAGE_SIZE) - 1, Math.floor((end - 1) / PAGE_SIZE));
        const wanted: number[] = [];
        for (let page = first; page <= last; page += 1) {
          if (!pages.has(page) && !pendingPages.has(page)) {
            wanted.push(page);
          }
        }
        await Promise.all(wanted.map(loadPage));
      },
      rerun: () => run(store.get().query, true),
      moveSelection(delta) {
        const { selectedIndex, total } = store.get();
        if (total === 0) {
          return null;
        }
        return select(Math.min(total - 1, Math.max(0, selectedIndex + delta)));
      },
      select,
      reset() {
        cancelTimer();
        latest += 1;
        active = null;
        store.reset();
      },
    },
  };
}

// ---- Facet conditions in the query text ------------------------------------------------------

/** The field each facet's values are written under. */
const FACET_FIELDS: Record<FacetName, string> = {
  custodian: 'custodian',
  channel: 'channel',
  kind: 'kind',
  year: 'date',
  month: 'date',
  tag: 'tag',
  decision: 'decision',
};

/**
 * A value as the search language reads it after `field:`: bare when it is one plain run,
 * else in double quotes. The language has no escape for `"` inside quotes, so a double quote
 * in a value becomes `*` (any run of characters), which still matches the value itself.
 */
export function quoteValue(value: string): string {
  const safe = value.replace(/"/g, '*');
  return safe.length === 0 || /[\s()":]/u.test(value) ? `"${safe}"` : safe;
}

/** The condition a facet value stands for (`kind:email`, `date:2001-03`); null when none can say it ("undated", a blank name). */
export function facetCondition(facet: FacetName, value: string): string | null {
  if (value.trim().length === 0 || ((facet === 'year' || facet === 'month') && !/^\d{4}(-\d{2})?$/.test(value))) {
    return null;
  }
  return `${FACET_FIELDS[facet]}:${quoteValue(value)}`;
}

/** The conditions ANDed at the top of a query: the ones a facet click adds and removes. */
function topConditions(query: QueryNode | null): QueryNode[] {
  if (query === null) {
    return [];
  }
  return query.type === 'and' ? query.children : [query];
}

function sameCondition(a: QueryNode, b: QueryNode): boolean {
  if (a.type === 'value' && b.type === 'value') {
    return a.field === b.field && a.value.toLowerCase() === b.value.toLowerCase();
  }
  if (a.type === 'date' && b.type === 'date') {
    return a.from === b.from && a.to === b.to;
  }
  return false;
}

function parsedCondition(condition: string): QueryNode | null {
  const parsed = parseSearchQuery(condition);
  return parsed.ok ? parsed.query : null;
}

/**
 * Tells, for one query, which facet values it already applies (as a top-level condition):
 * parses the query once and answers for as many values as the sidebar shows.
 */
export function facetMatcher(query: string): (facet: FacetName, value: string) => boolean {
  const parsed = parseSearchQuery(query);
  const conditions = parsed.ok ? topConditions(parsed.query) : [];
  return (facet, value) => {
    const condition = facetCondition(facet, value);
    const target = condition === null ? null : parsedCondition(condition);
    return target !== null && conditions.some((candidate) => sameCondition(candidate, target));
  };
}

/** `text` without the characters of `span`, and without an `AND` the removal left without a side. */
function removeSpan(text: string, span: QuerySpan): string {
  let before = text.slice(0, span.start).trimEnd();
  let after = text.slice(span.end).trimStart();
  if (/(^|[\s)])AND$/.test(before)) {
    before = before.slice(0, -3).trimEnd();
  } else if (/^AND([\s(]|$)/.test(after)) {
    after = after.slice(3).trimStart();
  }
  return before.length > 0 && after.length > 0 ? `${before} ${after}` : before + after;
}

/**
 * Adds `condition` to `text` (ANDed with all of it: an OR at the top is put in parentheses,
 * since AND binds tighter), or removes it when the text already has it at the top.
 */
export function toggleCondition(text: string, condition: string): string {
  const target = parsedCondition(condition);
  const parsed = parseSearchQuery(text);
  if (!parsed.ok || target === null) {
    // Unreadable text stays as typed, its mistake still shown; the condition goes at the end.
    return text.trim().length === 0 ? condition : `${text.trimEnd()} ${condition}`;
  }
  const found = topConditions(parsed.query).find((candidate) => sameCondition(candidate, target));
  if (found) {
    return removeSpan(text, found.span);
  }
  if (parsed.query === null) {
    return condition;
  }
  const appended = `${text.trimEnd()} ${condition}`;
  if (parsed.query.type !== 'or') {
    return appended;
  }
  // `a OR b kind:email` would read as `a OR (b AND kind:email)`; a group already in parentheses needs none.
  const reread = parseSearchQuery(appended);
  return reread.ok && reread.query?.type === 'and' ? appended : `(${text.trim()}) ${condition}`;
}
