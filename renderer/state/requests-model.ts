/**
 * The case's FOIA requests and which one the officer is working on. Review and Packet both code
 * against, and build for, the selected request, so the selection lives here and not in a screen.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { CallInput } from '../../shared/ipc/contract.js';
import type { RequestInfo } from '../../shared/model/request.js';
import { errorMessage } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type RequestsState = {
  requests: RequestInfo[];
  selectedId: string | null;
  loading: boolean;
  error: string | null;
  creating: boolean;
  createError: string | null;
};

export type RequestsActions = {
  /** Reloads the list (counts change after coding); keeps the selection when it still exists. */
  load(): Promise<void>;
  select(requestId: string): void;
  /** Creates a request and selects it. Resolves with it, or null when it failed (see `createError`). */
  create(input: Omit<CallInput<'requests.create'>, 'title'> & { title: string }): Promise<RequestInfo | null>;
  /** Changes a request's intake fields; resolves true when saved (see `createError` otherwise). */
  update(requestId: string, changes: CallInput<'requests.update'>['changes']): Promise<boolean>;
  reset(): void;
};

export type RequestsModel = { store: ReadableStore<RequestsState>; actions: RequestsActions };

export type RequestsDeps = {
  client: Client;
  /**
   * Called when the selected request changes, so codings for it can be loaded. `load` and
   * `create` wait for it, so their callers see the new request's codings when they resume.
   */
  onSelectionChanged(requestId: string | null): Promise<void> | void;
};

const INITIAL: RequestsState = { requests: [], selectedId: null, loading: false, error: null, creating: false, createError: null };

/** The selected request, or null when there is none. */
export function selectedRequest(state: RequestsState): RequestInfo | null {
  return state.requests.find((request) => request.id === state.selectedId) ?? null;
}

export function createRequestsModel({ client, onSelectionChanged }: RequestsDeps): RequestsModel {
  const store = createStore<RequestsState>(INITIAL);

  const setSelection = async (selectedId: string | null): Promise<void> => {
    const changed = store.get().selectedId !== selectedId;
    store.set({ selectedId });
    if (changed) {
      await onSelectionChanged(selectedId);
    }
  };

  return {
    store,
    actions: {
      async load() {
        store.set({ loading: true, error: null });
        try {
          const requests = await client.call('requests.list', {});
          const current = store.get().selectedId;
          store.set({ requests });
          await setSelection(requests.some((request) => request.id === current) ? current : (requests[0]?.id ?? null));
        } catch (error) {
          store.set({ error: errorMessage(error) });
        } finally {
          store.set({ loading: false });
        }
      },
      select(requestId) {
        if (store.get().requests.some((request) => request.id === requestId)) {
          void setSelection(requestId);
        }
      },
      async create({ title, ...rest }) {
        const trimmed = title.trim();
        if (trimmed.length === 0) {
          store.set({ createError: 'Give the request a title.' });
          return null;
        }
        store.set({ creating: true, createError: null });
        try {
          const created = await client.call('requests.create', { ...rest, title: trimmed, requester: rest.requester?.trim() ?? '' });
          store.update((current) => ({ requests: [...current.requests, created] }));
          await setSelection(created.id);
          return created;
        } catch (error) {
          store.set({ createError: errorMessage(error) });
          return null;
        } finally {
          store.set({ creating: false });
        }
      },
      async update(requestId, changes) {
        store.set({ creating: true, createError: null });
        try {
          const updated = await client.call('requests.update', { requestId, changes });
          store.update((current) => ({ requests: current.requests.map((request) => (request.id === requestId ? updated : request)) }));
          return true;
        } catch (error) {
          store.set({ createError: errorMessage(error) });
          return false;
        } finally {
          store.set({ creating: false });
        }
      },
      reset() {
        store.reset();
        void onSelectionChanged(null);
      },
    },
  };
}
