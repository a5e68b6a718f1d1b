/**
 * The OCR panel's state: how many scanned pages still have no text, in which source and in
 * which language each source is read, a run over them with its progress and Cancel, and the
 * pages that failed or were read with low confidence. A run keeps each page as it is read, so a
 * cancelled run is picked up by the next one; after a run, the records' text changed, so the
 * case's search results are read again (onRecordsChanged).
 *
 * A source's language is kept in the case (ocr.setSourceLanguage); a language picked for a run
 * applies to that run only, and the run after an ingest always uses the sources' languages.
 */
import type { Client } from '../../shared/ipc/client.js';
import { OCR_LANGUAGE_CHOICE_LABELS, type OcrCaseStatus, type OcrLanguageChoice, type OcrRunResult, type OcrSourceStatus, type OcrStatus } from '../../shared/model/ocr.js';
import type { TaskProgress } from '../../shared/model/task.js';
import { errorMessage, isCancelled } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type OcrState = {
  status: OcrCaseStatus | null;
  /** The language of the next run started with Run OCR, over every source's own; null: each source's. */
  runLang: OcrLanguageChoice | null;
  /** The source whose language is being saved; its select waits. */
  savingSource: string | null;
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

/**
 * "Read this page again with OCR" on one page of one record; `lang` null reads it in its
 * source's language.
 */
export type PageRerunState = { recordId: string; page: number; lang: OcrLanguageChoice | null; running: boolean; error: string | null; message: string | null };

export type OcrActions = {
  load(): Promise<void>;
  /** Picks the language of the next Run OCR only; null: each source's. */
  setRunLang(lang: OcrLanguageChoice | null): void;
  /**
   * Keeps `lang` as the source's language (audited by the backend). Pages already read keep
   * their text; pages waiting are read in it by the next run.
   */
  setSourceLanguage(sourceId: string, lang: OcrLanguageChoice): Promise<void>;
  setAfterIngest(on: boolean): void;
  /**
   * Called when an ingest ends: reads the status and, when reading after ingest is on, starts a
   * run over the pages waiting, each source in its language (a queued job of its own, so ingest
   * never waits for OCR).
   */
  ingestEnded(): Promise<void>;
  /** Reads every page waiting: in the run's language when one was picked (then forgotten), else each source in its own. */
  run(): Promise<void>;
  /** Stops the run after the page being read; pages read so far stay read. */
  cancel(): Promise<void>;
  /** Reads one page again (ocr.rerun) in `lang`, or its source's language for null, replacing its text; the record is read again after. */
  rerunPage(recordId: string, page: number, lang: OcrLanguageChoice | null): Promise<void>;
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

const INITIAL: OcrState = { status: null, runLang: null, savingSource: null, afterIngest: true, running: false, progress: null, lastRun: null, error: null, message: null, pageRerun: null };

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

/** The sources with pages waiting, the ones whose language still matters to a run. */
export function sourcesWaiting(status: OcrCaseStatus): OcrSourceStatus[] {
  return status.sources.filter((source) => source.pagesWaiting > 0);
}

/** "2 pages in 1 record" for a source's row. */
export function sourceWaitingLine(source: OcrSourceStatus): string {
  return `${plural(source.pagesWaiting, 'page', 'pages')} in ${plural(source.recordsWaiting, 'record', 'records')}`;
}

/** What a page read again was read in, for its message. */
function rerunLanguage(lang: OcrLanguageChoice | null): string {
  return lang === null ? 'in its source’s language' : OCR_LANGUAGE_CHOICE_LABELS[lang];
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

  /** Reads every page waiting, in `lang` for every source, or each source's own for null. */
  const start = async (lang: OcrLanguageChoice | null): Promise<void> => {
    const id = makeJobId();
    jobId = id;
    store.set({ running: true, progress: null, error: null, message: null });
    try {
      const result = await client.call('ocr.run', { jobId: id, ...(lang === null ? {} : { lang }) });
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
  };

  const actions: OcrActions = {
    async load() {
      try {
        store.set({ status: await client.call('ocr.status', {}), error: null });
      } catch (error) {
        store.set({ error: errorMessage(error) });
      }
    },
    setRunLang(runLang) {
      store.set({ runLang });
    },
    async setSourceLanguage(sourceId, lang) {
      const { status, savingSource } = store.get();
      if (savingSource !== null) {
        return;
      }
      // Shown at once; the status the backend answers replaces it (or the old one comes back).
      if (status !== null) {
        store.set({ status: { ...status, sources: status.sources.map((source) => (source.sourceId === sourceId ? { ...source, lang } : source)) } });
      }
      store.set({ savingSource: sourceId, error: null });
      try {
        store.set({ status: await client.call('ocr.setSourceLanguage', { sourceId, lang }) });
      } catch (error) {
        store.set({ status, error: errorMessage(error) });
      } finally {
        store.set({ savingSource: null });
      }
    },
    setAfterIngest(afterIngest) {
      store.set({ afterIngest });
    },
    async ingestEnded() {
      await actions.load();
      const { afterIngest, running, status } = store.get();
      if (afterIngest && !running && (status?.pagesWaiting ?? 0) > 0) {
        // The sources' languages, never a language picked for one run by hand.
        await start(null);
      }
    },
    async run() {
      const { runLang } = store.get();
      // For this run only: the select goes back to the sources' languages.
      store.set({ runLang: null });
      await start(runLang);
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
        const result = await client.call('ocr.rerun', { recordId, page, jobId: makeJobId(), ...(lang === null ? {} : { lang }) });
        store.set({ status: result, pageRerun: { recordId, page, lang, running: false, error: null, message: `Page ${page} was read again with OCR (${rerunLanguage(lang)}).` } });
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
