/**
 * Sources: the folders and mailbox files of collected records in the case, the running ingest
 * with its live progress, and how the last ingest ended. A source is known by its path: adding
 * a path again continues an unfinished ingest, re-reads what changed, or does nothing.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { IngestProgress } from '../../shared/ipc/contract.js';
import type { DateOrderChoice, IngestReport, SourceChannel, SourceInfo } from '../../shared/model/case.js';
import type { OcrLanguageChoice } from '../../shared/model/ocr.js';
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

/**
 * How the last ingest ended, in the words the screen uses. A cancelled ingest keeps what it
 * indexed; its report is null only when the backend answered with a bare "cancelled" error.
 */
export type IngestOutcome =
  | { kind: 'completed'; report: IngestReport }
  | { kind: 'already-present'; report: IngestReport }
  | { kind: 'cancelled'; path: string; report: IngestReport | null };

/** What the workbench hears when an ingest ends: the call's report, else the source by path. */
export type IngestEnded = { report: IngestReport | null; sourceId: string | null };

export type SourcesState = {
  sources: SourceInfo[];
  loading: boolean;
  listError: string | null;
  job: IngestJob | null;
  lastOutcome: IngestOutcome | null;
  addError: string | null;
};

export type AddSourceInput = {
  path: string;
  custodian: string;
  channel: SourceChannel;
  /** Chat readers' options; omitted ones keep the source's current values (or the machine's zone). */
  timeZone?: string;
  dateOrder?: DateOrderChoice;
  chatMapping?: string | null;
  /**
   * The language OCR reads the source's scans in, also by the run that starts after the ingest;
   * omitted: the source's current one, else English (so Resume never changes it).
   */
  ocrLang?: OcrLanguageChoice;
};

export type SourcesActions = {
  /** Reloads the source list. */
  refresh(): Promise<void>;
  /**
   * Ingests a folder or mailbox file. Resolves when the ingest has finished, was cancelled or
   * failed; progress arrives in `job.progress` meanwhile. Only one ingest runs at a time.
   */
  add(input: AddSourceInput): Promise<IngestOutcome | null>;
  /** Adds an interrupted or cancelled source's path again, as it was added: this continues it. */
  resume(source: Pick<SourceInfo, 'path' | 'custodian' | 'channel'>): Promise<IngestOutcome | null>;
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
  /** Called when an ingest ended in any way, after the source list was reloaded (opens its report). */
  onIngestEnded(ended: IngestEnded): Promise<void> | void;
  /** Injected so tests get predictable ids. */
  makeJobId?: () => string;
};

const INITIAL: SourcesState = {
  sources: [],
  loading: false,
  listError: null,
  job: null,
  lastOutcome: null,
  addError: null,
};

export function createSourcesModel({ client, onRecordsChanged, onIngestEnded, makeJobId = newJobId }: SourcesDeps): SourcesModel {
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
      store.set({ sources: await client.call('sources.list', {}) });
    } catch (error) {
      store.set({ listError: errorMessage(error) });
    } finally {
      store.set({ loading: false });
    }
  };

  const validate = ({ path, custodian }: AddSourceInput): string | null => {
    if (path.trim().length === 0) {
      return 'Enter the folder or mailbox file to add.';
    }
    if (custodian.trim().length === 0) {
      return 'Enter the custodian: whose records these are.';
    }
    return null;
  };

  const add = async (input: AddSourceInput): Promise<IngestOutcome | null> => {
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
    let report: IngestReport | null = null;
    try {
      report = await client.call('sources.add', {
        path: job.path,
        custodian: job.custodian,
        channel: input.channel,
        jobId: job.jobId,
        ...(input.timeZone ? { timeZone: input.timeZone.trim() } : {}),
        ...(input.dateOrder ? { dateOrder: input.dateOrder } : {}),
        ...(input.chatMapping !== undefined ? { chatMapping: input.chatMapping } : {}),
        ...(input.ocrLang ? { ocrLang: input.ocrLang } : {}),
      });
      outcome =
        report.status === 'cancelled'
          ? { kind: 'cancelled', path: job.path, report }
          : report.alreadyPresent
            ? { kind: 'already-present', report }
            : { kind: 'completed', report };
    } catch (error) {
      if (isCancelled(error)) {
        outcome = { kind: 'cancelled', path: job.path, report: null };
      } else {
        store.set({ addError: errorMessage(error) });
      }
    } finally {
      store.set({ job: null, lastOutcome: outcome });
    }
    await refresh();
    const sourceId = report?.source.id ?? store.get().sources.find((source) => source.path === job.path)?.id ?? null;
    // A cancelled or failed ingest keeps what it indexed, so only "nothing changed" (or nothing
    // there at all) leaves the counts alone.
    if (sourceId !== null && outcome?.kind !== 'already-present') {
      await onRecordsChanged();
    }
    await onIngestEnded({ report, sourceId });
    return outcome;
  };

  return {
    store,
    actions: {
      refresh,
      add,
      resume: ({ path, custodian, channel }) => add({ path, custodian, channel }),
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
