/**
 * Saved searches of the selected request, on the Reports screen: the list with each search's
 * history of counts, saving a new one (or replacing one of the same name), running one again
 * (which adds its count to the history) and deleting one after the officer confirms.
 *
 * The list follows the request selection: the workbench calls `load` when it changes, and a
 * stale answer for a request no longer selected is dropped.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { SavedSearch, SearchOrder } from '../../shared/model/search.js';
import { parseSearchQuery } from '../../shared/query/query-parser.js';
import { errorMessage } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type SavedSearchDraft = { name: string; query: string; order: SearchOrder; groupFamilies: boolean; hideDuplicates: boolean };

export type SavedSearchesState = {
  requestId: string | null;
  items: SavedSearch[];
  loading: boolean;
  error: string | null;
  draft: SavedSearchDraft;
  saving: boolean;
  saveError: string | null;
  /** The search saved or replaced last, to confirm it to the officer. */
  lastSaved: { id: string; replaced: boolean } | null;
  /** The search being run now, and the last run's outcome. */
  running: string | null;
  lastRun: { id: string; total: number } | null;
  /** The search whose Delete awaits the officer's confirmation, and the one being deleted. */
  confirmingDelete: string | null;
  deleting: string | null;
};

export type SavedSearchesActions = {
  /** Loads the saved searches of `requestId` (null: none selected, the list is empty). */
  load(requestId: string | null): Promise<void>;
  setDraft(patch: Partial<SavedSearchDraft>): void;
  /** Saves the draft in the current request. Resolves with the saved search, or null (see `saveError`). */
  save(): Promise<SavedSearch | null>;
  /** Runs a saved search; its new count goes into its history. */
  run(id: string): Promise<number | null>;
  askDelete(id: string): void;
  cancelDelete(): void;
  /** Deletes the search awaiting confirmation. */
  confirmDelete(): Promise<boolean>;
  reset(): void;
};

export type SavedSearchesModel = { store: ReadableStore<SavedSearchesState>; actions: SavedSearchesActions };

const EMPTY_DRAFT: SavedSearchDraft = { name: '', query: '', order: 'relevance', groupFamilies: false, hideDuplicates: false };

const INITIAL: SavedSearchesState = {
  requestId: null,
  items: [],
  loading: false,
  error: null,
  draft: EMPTY_DRAFT,
  saving: false,
  saveError: null,
  lastSaved: null,
  running: null,
  lastRun: null,
  confirmingDelete: null,
  deleting: null,
};

/** Alphabetical by name, so a re-run or a replacement does not move a search around. */
function sorted(items: readonly SavedSearch[]): SavedSearch[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
}

function withItem(items: readonly SavedSearch[], item: SavedSearch): SavedSearch[] {
  return sorted([...items.filter((candidate) => candidate.id !== item.id), item]);
}

/** Why the draft cannot be saved, or null (the same query rules as the search box). */
export function draftProblem(draft: SavedSearchDraft): string | null {
  if (draft.name.trim() === '') {
    return 'Give the search a name.';
  }
  if (draft.name.trim().length > 200) {
    return 'The name is longer than 200 characters.';
  }
  const parsed = parseSearchQuery(draft.query.trim());
  if (!parsed.ok) {
    return `Query not understood (at character ${parsed.error.span.start + 1}): ${parsed.error.message}`;
  }
  return null;
}

export function createSavedSearchesModel({ client }: { client: Client }): SavedSearchesModel {
  const store = createStore<SavedSearchesState>(INITIAL);

  return {
    store,
    actions: {
      async load(requestId) {
        store.set({ requestId, loading: requestId !== null, error: null, lastRun: null, lastSaved: null, confirmingDelete: null });
        if (requestId === null) {
          store.set({ items: [] });
          return;
        }
        try {
          const items = await client.call('savedSearches.list', { requestId });
          if (store.get().requestId === requestId) {
            store.set({ items: sorted(items) });
          }
        } catch (error) {
          if (store.get().requestId === requestId) {
            store.set({ error: errorMessage(error), items: [] });
          }
        } finally {
          if (store.get().requestId === requestId) {
            store.set({ loading: false });
          }
        }
      },
      setDraft: (patch) => store.update((state) => ({ draft: { ...state.draft, ...patch }, saveError: null, lastSaved: null })),
      async save() {
        const { requestId, draft, saving } = store.get();
        if (saving) {
          return null;
        }
        if (requestId === null) {
          store.set({ saveError: 'Choose the request to keep the search with.' });
          return null;
        }
        const problem = draftProblem(draft);
        if (problem !== null) {
          store.set({ saveError: problem });
          return null;
        }
        const name = draft.name.trim();
        const replaced = store.get().items.some((item) => item.name === name);
        store.set({ saving: true, saveError: null, lastSaved: null });
        try {
          const saved = await client.call('savedSearches.save', { ...draft, requestId, name, query: draft.query.trim() });
          if (store.get().requestId === requestId) {
            store.update((state) => ({ items: withItem(state.items, saved), lastSaved: { id: saved.id, replaced }, draft: EMPTY_DRAFT }));
          }
          return saved;
        } catch (error) {
          store.set({ saveError: errorMessage(error) });
          return null;
        } finally {
          store.set({ saving: false });
        }
      },
      async run(id) {
        if (store.get().running !== null) {
          return null;
        }
        store.set({ running: id, error: null, lastRun: null });
        try {
          const { saved, result } = await client.call('savedSearches.run', { savedSearchId: id, pageSize: 1 });
          store.update((state) => ({ items: withItem(state.items, saved), lastRun: { id, total: result.total } }));
          return result.total;
        } catch (error) {
          store.set({ error: errorMessage(error) });
          return null;
        } finally {
          store.set({ running: null });
        }
      },
      askDelete: (id) => store.set({ confirmingDelete: id }),
      cancelDelete: () => store.set({ confirmingDelete: null }),
      async confirmDelete() {
        const id = store.get().confirmingDelete;
        if (id === null || store.get().deleting !== null) {
          return false;
        }
        store.set({ deleting: id, error: null });
        try {
          await client.call('savedSearches.delete', { savedSearchId: id });
          store.update((state) => ({
            items: state.items.filter((item) => item.id !== id),
            lastRun: state.lastRun?.id === id ? null : state.lastRun,
          }));
          return true;
        } catch (error) {
          store.set({ error: errorMessage(error) });
          return false;
        } finally {
          store.set({ deleting: null, confirmingDelete: null });
        }
      },
      reset: () => store.reset(),
    },
  };
}
