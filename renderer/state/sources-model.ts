/**
 * Sources: the folders of collected mail and documents in the case, the running ingest with its
 * live progress, the outcome of the last ingest, and the files that could not be read.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { IngestProgress } from '../../shared/ipc/contract.js';
import type { IngestError, IngestReport, SourceChannel, SourceInfo } from '../../shared/model/case.js';
import { errorMessage, isCancelled } from './error-message.js';
import { newJobId } from './job-id.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

/** The ingest in flight. Its id is known before the first progress event, so Cancel works at once. */
export type IngestJob = {
  jobId: string;
  path: string;
  custodian: string;
  progress: IngestProgress | null;
  cancelling: boolean;
};

/** How the last ingest ended, in the words the screen uses. */
export type IngestOutcome =
  | { kind: 'completed'; report: IngestReport }
  | { kind: 'already-present'; report: IngestReport }
  | { kind: 'cancelled'; path: string };

export type SourcesState = {
  sources: SourceInfo[];
  ingestErrors: IngestError[];
  loading: boolean;
  listError: string | null;
  job: IngestJob | null;
  lastOutcome: IngestOutcome | null;
  addError: string | null;
};

export type AddSourceInput = { path: string; custodian: string; channel: SourceChannel };

export type SourcesActions = {
  /** Reloads the source list and the ingest-error list. */
  refresh(): Promise<void>;
  /**
   * Ingests a folder. Resolves when the ingest has finished, was cancelled or failed; progress
   * arrives in `job.progress` meanwhile. Only one ingest runs at a time.
   */
  add(input: AddSourceInput): Promise<IngestOutcome | null>;
  /** Asks the backend to stop the running ingest; `add` then resolves with a cancelled outcome. */
  cancel(): Promise<void>;
  reset(): void;
  /** Stops listening to progress events (the workbench calls this when it is torn down). */
  dispose(): void;
};

export type SourcesModel = { store: ReadableStore<SourcesState>; actions: SourcesActions };

export type SourcesDeps = {
  client: Client;
  /** Called after an ingest added records, so counts and search results can be refreshed. */
  onRecordsChanged(): Promise<void>;
  /** Injected so tests get predictable ids. */
  makeJobId?: () => string;
};

const INITIAL: SourcesState = {
  sources: [],
  ingestErrors: [],
  loading: false,
  listError: null,
  job: null,
  lastOutcome: null,
  addError: null,
};

export function createSourcesModel({ client, onRecordsChanged, makeJobId = newJobId }: SourcesDeps): SourcesModel {
  const store = createStore<SourcesState>(INITIAL);

  const stopListening = client.on('ingest.progress', (progress) => {
    const job = store.get().job;
    // Other windows may ingest into the same backend; only our own job moves our progress bar.
    if (job && job.jobId === progress.jobId) {
      store.set({ job: { ...job, progress } });
    }
  });

  const refresh = async (): Promise<void> => {
    store.set({ loading: true, listError: null });
    try {
      const [sources, ingestErrors] = await Promise.all([client.call('sources.list', {}), client.call('ingest.errors', {})]);
      store.set({ sources, ingestErrors });
    } catch (error) {
      store.set({ listError: errorMessage(error) });
    } finally {
      store.set({ loading: false });
    }
  };

  const validate = ({ path, custodian }: AddSourceInput): string | null => {
    if (path.trim().length === 0) {
      return 'Enter the folder to add.';
    }
    if (custodian.trim().length === 0) {
      return 'Enter the custodian: whose records these are.';
    }
    return null;
  };

  return {
    store,
    actions: {
      refresh,
      async add(input) {
        if (store.get().job !== null) {
          store.set({ addError: 'An ingest is already running; wait for it or cancel it.' });
          return null;
        }
        const invalid = validate(input);
        if (invalid !== null) {
          store.set({ addError: invalid });
          return null;
        }
        const job: IngestJob = { jobId: makeJobId(), path: input.path.trim(), custodian: input.custodian.trim(), progress: null, cancelling: false };
        store.set({ job, addError: null, lastOutcome: null });
        let outcome: IngestOutcome | null = null;
        try {
          const report = await client.call('sources.add', { path: job.path, custodian: job.custodian, channel: input.channel, jobId: job.jobId });
          outcome =
            report.status === 'cancelled'
              ? { kind: 'cancelled', path: job.path }
              : report.alreadyPresent
                ? { kind: 'already-present', report }
                : { kind: 'completed', report };
        } catch (error) {
          if (isCancelled(error)) {
            outcome = { kind: 'cancelled', path: job.path };
          } else {
            store.set({ addError: errorMessage(error) });
          }
        } finally {
          store.set({ job: null, lastOutcome: outcome });
        }
        await refresh();
        // The backend rolls a cancelled ingest back; refreshing in both cases keeps counts honest either way.
        if (outcome?.kind === 'completed' || outcome?.kind === 'cancelled') {
          await onRecordsChanged();
        }
        return outcome;
      },
      async cancel() {
        const job = store.get().job;
        if (!job || job.cancelling) {
          return;
        }
        store.set({ job: { ...job, cancelling: true } });
        try {
          const { cancelled } = await client.call('ingest.cancel', { jobId: job.jobId });
          if (!cancelled) {
            // The job had already finished (or not yet started): let the officer try again.
            const current = store.get().job;
            store.set({ job: current ? { ...current, cancelling: false } : null });
          }
        } catch (error) {
          const current = store.get().job;
          store.set({ addError: errorMessage(error), job: current ? { ...current, cancelling: false } : null });
        }
      },
      reset: () => store.reset(),
      dispose: stopListening,
    },
  };
}
