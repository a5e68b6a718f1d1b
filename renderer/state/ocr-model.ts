/**
 * The OCR panel's state: how many scanned pages still have no text, a run over them with its
 * progress and Cancel, and the pages that failed or were read with low confidence. A run keeps
 * each page as it is read, so a cancelled run is picked up by the next one; after a run, the
 * records' text changed, so the case's search results are read again (onRecordsChanged).
 */
import type { Client } from '../../shared/ipc/client.js';
import { DEFAULT_OCR_LANGUAGE_CHOICE, OCR_LANGUAGE_LABELS, type OcrLanguage, type OcrRunResult, type OcrStatus } from '../../shared/model/ocr.js';
import type { TaskProgress } from '../../shared/model/task.js';
import { errorMessage, isCancelled } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type OcrState = {
  status: OcrStatus | null;
  lang: OcrLanguage;
  /** Whether pages left without text by an ingest are read as soon as the ingest ends. */
  afterIngest: boolean;
  running: boolean;
  /** The running job's last progress report; null when none runs. */
  progress: TaskProgress | null;
  /** What the last finished run did. */
  lastRun: OcrRunResult | null;
  error: string | null;
  message: string | null;
  /** One page being read again from the viewer, or what that last did. */
  pageRerun: PageRerunState | null;
};

/** "Read this page again with OCR" on one page of one record. */
export type PageRerunState = { recordId: string; page: number; lang: OcrLanguage; running: boolean; error: string | null; message: string | null };

export type OcrActions = {
  load(): Promise<void>;
  setLang(lang: OcrLanguage): void;
  setAfterIngest(on: boolean): void;
  /**
   * Called when an ingest ends: reads the status and, when reading after ingest is on, starts a
   * run over the pages waiting (a queued job of its own, so ingest never waits for OCR).
   */
  ingestEnded(): Promise<void>;
  /** Reads every page waiting, in the chosen language. */
  run(): Promise<void>;
  /** Stops the run after the page being read; pages read so far stay read. */
  cancel(): Promise<void>;
  /** Reads one page again in `lang` (ocr.rerun), replacing its text; the record is read again after. */
  rerunPage(recordId: string, page: number, lang: OcrLanguage): Promise<void>;
  reset(): void;
};

export type OcrModel = { store: ReadableStore<OcrState>; actions: OcrActions };

export type OcrDeps = {
  client: Client;
  /** Records' text changed (pages read): search results are read again. */
  onRecordsChanged?: () => Promise<void>;
  /** Injected so tests get predictable job ids. */
  makeJobId?: () => string;
};

const INITIAL: OcrState = { status: null, lang: DEFAULT_OCR_LANGUAGE_CHOICE, afterIngest: true, running: false, progress: null, lastRun: null, error: null, message: null, pageRerun: null };

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** "3 pages in 2 records have no text layer", or that nothing is waiting. */
export function waitingLine(status: OcrStatus): string {
  if (status.pagesWaiting === 0) {
    return status.pagesDone === 0 ? 'No scanned pages are waiting for OCR.' : `Every scanned page has been read (${plural(status.pagesDone, 'page', 'pages')} by OCR).`;
  }
  const verb = status.pagesWaiting === 1 ? 'has' : 'have';
  return `${plural(status.pagesWaiting, 'page', 'pages')} in ${plural(status.recordsWaiting, 'record', 'records')} ${verb} no text layer.`;
}

/** What a finished run did, for the status line. */
export function runLine(result: OcrRunResult): string {
  const parts = [`Read ${plural(result.pagesRead, 'page', 'pages')}`];
  if (result.errors.length > 0) {
    parts.push(`${plural(result.errors.length, 'page', 'pages')} could not be read`);
  }
  if (result.lowConfidence.length > 0) {
    parts.push(`${plural(result.lowConfidence.length, 'page', 'pages')} read with low confidence`);
  }
  return `${parts.join('; ')}.`;
}

export function createOcrModel({ client, onRecordsChanged = async () => undefined, makeJobId = () => `ocr-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` }: OcrDeps): OcrModel {
  const store = createStore<OcrState>(INITIAL);
  let jobId: string | null = null;
  client.on('task.progress', (progress) => {
    if (progress.jobId === jobId) {
      store.set({ progress });
    }
  });

  const actions: OcrActions = {
    async load() {
      try {
        store.set({ status: await client.call('ocr.status', {}), error: null });
      } catch (error) {
        store.set({ error: errorMessage(error) });
      }
    },
    setLang(lang) {
      store.set({ lang });
    },
    setAfterIngest(afterIngest) {
      store.set({ afterIngest });
    },
    async ingestEnded() {
      await actions.load();
      const { afterIngest, running, status } = store.get();
      if (afterIngest && !running && (status?.pagesWaiting ?? 0) > 0) {
        await actions.run();
      }
    },
    async run() {
      const id = makeJobId();
      jobId = id;
      store.set({ running: true, progress: null, error: null, message: null });
      try {
        const result = await client.call('ocr.run', { jobId: id, lang: store.get().lang });
        store.set({ lastRun: result, status: result, message: runLine(result) });
      } catch (error) {
        store.set(isCancelled(error) ? { message: 'OCR stopped. The pages read so far are kept; Run OCR goes on from there.' } : { error: errorMessage(error) });
        // A stopped run kept the pages it read: show where things stand now.
        await actions.load();
      } finally {
        jobId = null;
        store.set({ running: false, progress: null });
      }
      await onRecordsChanged();
    },
    async cancel() {
      if (jobId !== null) {
        await client.call('task.cancel', { jobId });
      }
    },
    async rerunPage(recordId, page, lang) {
      if (store.get().pageRerun?.running) {
        return;
      }
      store.set({ pageRerun: { recordId, page, lang, running: true, error: null, message: null } });
      try {
        const result = await client.call('ocr.rerun', { recordId, page, lang, jobId: makeJobId() });
        store.set({ status: result, pageRerun: { recordId, page, lang, running: false, error: null, message: `Page ${page} was read again with OCR (${OCR_LANGUAGE_LABELS[lang]}).` } });
      } catch (error) {
        store.set({ pageRerun: { recordId, page, lang, running: false, error: errorMessage(error), message: null } });
        return;
      }
      await onRecordsChanged();
    },
    reset() {
      store.set(INITIAL);
    },
  };
  return { store, actions };
}
