/**
 * The session: what the host can do (`app.info`), which case is open, and which screen shows.
 * Opening or closing a case is announced through `onCaseChanged`, so the workbench can load or
 * clear everything that belongs to a case in one place.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { AppInfo } from '../../shared/ipc/contract.js';
import type { CaseSummary } from '../../shared/model/case.js';
import { errorMessage } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

/** The screens available once a case is open. */
export const VIEWS = ['requests', 'sources', 'review', 'gaps', 'reports', 'packet'] as const;
export type View = (typeof VIEWS)[number];

/** Session actions that can fail; errors are tagged with one so they show next to its form. */
export type SessionAction = 'init' | 'create' | 'open' | 'sample' | 'close' | 'pick';

export type SessionState = {
  info: AppInfo | null;
  /** Null until `init` has asked the backend, and whenever no case is open. */
  currentCase: CaseSummary | null;
  /** True once `init` finished (successfully or not), so the UI knows the start screen is real. */
  ready: boolean;
  /** The action running now, so only its button shows "Working…". */
  pending: SessionAction | null;
  error: { action: SessionAction; message: string } | null;
  view: View;
};

export type SessionActions = {
  /** Asks the host what it supports and whether a case is already open (e.g. after a reload). */
  init(): Promise<void>;
  /** Creates a case folder at `path`. Resolves true when the case is open. */
  createCase(input: { path: string; name: string }): Promise<boolean>;
  /** Opens the case folder at `path`. Resolves true when the case is open. */
  openCase(path: string): Promise<boolean>;
  /** Opens (creating on first use) the sample case; this ingests sample mail and takes seconds. */
  openSample(): Promise<boolean>;
  closeCase(): Promise<void>;
  /** Re-reads the open case's summary (counts change after an ingest or coding). */
  refreshCase(): Promise<void>;
  /** Native folder picker; resolves null when cancelled or when the host has no dialogs. */
  pickFolder(title: string): Promise<string | null>;
  setView(view: View): void;
  clearError(): void;
};

export type SessionModel = { store: ReadableStore<SessionState>; actions: SessionActions };

export type SessionDeps = {
  client: Client;
  /** Called after the open case changed (null: closed). Awaited, so callers see loaded data. */
  onCaseChanged(summary: CaseSummary | null): Promise<void>;
};

const INITIAL: SessionState = { info: null, currentCase: null, ready: false, pending: null, error: null, view: 'review' };

export function createSessionModel({ client, onCaseChanged }: SessionDeps): SessionModel {
  const store = createStore<SessionState>(INITIAL);

  /** Runs one case-opening call; the view starts on Sources when the case is still empty. */
  const enterCase = async (action: SessionAction, open: () => Promise<CaseSummary>): Promise<boolean> => {
    if (store.get().pending !== null) {
      return false;
    }
    store.set({ pending: action, error: null });
    try {
      const summary = await open();
      store.set({ currentCase: summary, view: summary.recordCount === 0 ? 'sources' : 'review' });
      await onCaseChanged(summary);
      return true;
    } catch (error) {
      store.set({ error: { action, message: errorMessage(error) } });
      return false;
    } finally {
      store.set({ pending: null });
    }
  };

  return {
    store,
    actions: {
      async init() {
        store.set({ pending: 'init', error: null });
        try {
          const [info, current] = await Promise.all([client.call('app.info', {}), client.call('case.current', {})]);
          store.set({ info, currentCase: current, view: current && current.recordCount === 0 ? 'sources' : 'review' });
          if (current) {
            await onCaseChanged(current);
          }
        } catch (error) {
          store.set({ error: { action: 'init', message: errorMessage(error) } });
        } finally {
          store.set({ pending: null, ready: true });
        }
      },
      createCase: ({ path, name }) => enterCase('create', () => client.call('case.create', { path: path.trim(), name: name.trim() })),
      openCase: (path) => enterCase('open', () => client.call('case.open', { path: path.trim() })),
      openSample: () => enterCase('sample', () => client.call('case.openSample', {})),
      async closeCase() {
        store.set({ pending: 'close', error: null });
        try {
          await client.call('case.close', {});
          store.set({ currentCase: null });
          await onCaseChanged(null);
        } catch (error) {
          store.set({ error: { action: 'close', message: errorMessage(error) } });
        } finally {
          store.set({ pending: null });
        }
      },
      async refreshCase() {
        try {
          store.set({ currentCase: await client.call('case.current', {}) });
        } catch {
          // The header counts are a convenience; a failed refresh keeps the last good ones.
        }
      },
      async pickFolder(title) {
        if (!store.get().info?.dialogs) {
          return null;
        }
        try {
          return (await client.call('dialog.pickFolder', { title })).path;
        } catch (error) {
          store.set({ error: { action: 'pick', message: errorMessage(error) } });
          return null;
        }
      },
      setView: (view) => store.set({ view }),
      clearError: () => store.set({ error: null }),
    },
  };
}
