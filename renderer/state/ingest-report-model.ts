/**
 * The ingest report on screen: which source's report is open, which of its runs is shown, the
 * source's problems (files and items that could not be read) and the severity filter over them.
 *
 * It opens by itself after every ingest, with the report that call returned, and from the
 * source table for any source's last run or history. The report a call returned is kept apart
 * from the stored runs because only it knows that nothing changed (`alreadyPresent`).
 */
import type { Client } from '../../shared/ipc/client.js';
import type { IngestError, IngestReport, IngestRun, SourceInfo } from '../../shared/model/case.js';
import { errorMessage } from './error-message.js';
import type { SeverityFilter } from './ingest-report-view.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type IngestReportState = {
  /** The source whose report is open; null when none is. */
  sourceId: string | null;
  /** The run shown; null means the source's latest. */
  jobId: string | null;
  /** The report returned by this window's latest ingest. */
  fresh: IngestReport | null;
  /** Problems recorded for the open source (every run's, as the backend keeps them). */
  errors: IngestError[];
  severity: SeverityFilter;
  loading: boolean;
  error: string | null;
};

export type IngestReportActions = {
  /** Opens a source's report at `jobId`, or at its latest run, and loads its problems. */
  open(sourceId: string, jobId?: string): Promise<void>;
  /** Opens the report an ingest call just returned. */
  showFresh(report: IngestReport): Promise<void>;
  /** Shows another run of the open source. */
  selectRun(jobId: string): void;
  setSeverity(filter: SeverityFilter): void;
  close(): void;
  reset(): void;
};

export type IngestReportModel = { store: ReadableStore<IngestReportState>; actions: IngestReportActions };

/** The report as the screen shows it: the source, its runs (newest last) and the run shown. */
export type ShownReport = {
  source: SourceInfo;
  runs: IngestRun[];
  run: IngestRun | null;
  alreadyPresent: boolean;
};

const INITIAL: IngestReportState = { sourceId: null, jobId: null, fresh: null, errors: [], severity: 'all', loading: false, error: null };

/**
 * Joins the open report with the current source list. The fresh report's source stands in until
 * the list has been reloaded, and its run is added when the backend did not store it (a run
 * that found nothing changed).
 */
export function shownReport(state: IngestReportState, sources: readonly SourceInfo[]): ShownReport | null {
  if (state.sourceId === null) {
    return null;
  }
  const fresh = state.fresh?.source.id === state.sourceId ? state.fresh : null;
  const source = sources.find((candidate) => candidate.id === state.sourceId) ?? fresh?.source ?? null;
  if (source === null) {
    return null;
  }
  const runs = fresh && !source.runs.some((run) => run.jobId === fresh.run.jobId) ? [...source.runs, fresh.run] : source.runs;
  const run = (state.jobId === null ? undefined : runs.find((candidate) => candidate.jobId === state.jobId)) ?? runs.at(-1) ?? null;
  return { source, runs, run, alreadyPresent: fresh !== null && run !== null && run.jobId === fresh.run.jobId && fresh.alreadyPresent };
}

export function createIngestReportModel({ client }: { client: Client }): IngestReportModel {
  const store = createStore<IngestReportState>(INITIAL);
  // Only the newest open may write problems: switching sources fast must not mix their lists.
  let latest = 0;

  const load = async (sourceId: string): Promise<void> => {
    const ticket = ++latest;
    store.set({ loading: true, error: null });
    try {
      const errors = await client.call('ingest.errors', { sourceId });
      if (ticket === latest) {
        store.set({ errors });
      }
    } catch (error) {
      if (ticket === latest) {
        store.set({ errors: [], error: errorMessage(error) });
      }
    } finally {
      if (ticket === latest) {
        store.set({ loading: false });
      }
    }
  };

  const show = (sourceId: string, jobId: string | null): Promise<void> => {
    const switching = store.get().sourceId !== sourceId;
    store.set({ sourceId, jobId, ...(switching ? { errors: [], severity: 'all' as const } : {}) });
    return load(sourceId);
  };

  return {
    store,
    actions: {
      open: (sourceId, jobId) => show(sourceId, jobId ?? null),
      showFresh(report) {
        store.set({ fresh: report });
        return show(report.source.id, report.run.jobId);
      },
      selectRun: (jobId) => store.set({ jobId }),
      setSeverity: (severity) => store.set({ severity }),
      close() {
        latest += 1;
        store.set({ sourceId: null, jobId: null, errors: [], loading: false, error: null });
      },
      reset() {
        latest += 1;
        store.reset();
      },
    },
  };
}
