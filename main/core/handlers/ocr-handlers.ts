/**
 * OCR after ingest as backend calls: what is waiting, a run over it as a task (progress per
 * page, cancel), one page read again on request, and the language each source is read in. The
 * queue (ocr-queue.ts) decides what to read and resumes where a run stopped; the index keeps
 * each outcome as it comes (index-ocr-store.ts), so every page read is searchable at once.
 *
 * Each record is read in its source's language (case.json, ocr-source-languages.ts), unless a
 * run names one for itself. One OCR engine (a pool of Tesseract worker threads, each loaded
 * with one language) is kept per backend and started on the first run, since starting a worker
 * and loading its language data costs about a second. When the case closes, its runs are
 * cancelled and the engine is ended.
 */
import { AppError } from '../../../shared/errors.js';
import { LOW_OCR_CONFIDENCE } from '../../../shared/model/ocr.js';
import type { OcrCaseStatus, OcrLanguageChoice, OcrRunResult } from '../../../shared/model/ocr.js';
import type { CaseSession } from '../case/case-session.js';
import type { OcrWaitingRecord } from '../index/record-index.js';
import { setSourceOcrLanguage } from '../case/source-ocr-language.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { randomId } from '../ingest/ids.js';
import { IndexOcrStore } from '../ocr/index-ocr-store.js';
import { ocrItemName, ocrItemNames, type NamedRecord } from '../ocr/ocr-item-names.js';
import type { OcrEngine } from '../ocr/ocr-engine.js';
import { runOcrQueue, type OcrQueueItem, type OcrQueueSummary } from '../ocr/ocr-queue.js';
import { readingSource, recordLanguage, recordsByLanguage, sourceLanguages, sourceStatuses } from '../ocr/ocr-source-languages.js';
import type { OcrStore, OcrStoredPage } from '../ocr/ocr-store.js';
import { closeOriginalReaders, readOriginalBytes } from '../review/read-original-bytes.js';
import { runTask, cancelTask, type TaskControl } from '../task-runner.js';

/** Records whose names are read at once. */
const NAME_BATCH = 500;

type OcrHandlers = Pick<CoreHandlers, 'ocr.status' | 'ocr.run' | 'ocr.rerun' | 'ocr.setSourceLanguage'>;

/** Outcomes kept so far in a run. */
type KeptTally = { pagesRead: number; errors: number };

/** How a run ended, for its audit entry: `summary` is null when it was cancelled or failed. */
type RunOutcome = { kept: KeptTally; unreadable: string[]; summary: OcrQueueSummary | null; cancelled: boolean; failure: string | null };

/** A record waiting for OCR, with its source and the name the queue gives it. */
type NamedWaitingRecord = OcrWaitingRecord & { name: string };

/** The record's bytes, for the queue: its items are named by record id. */
async function recordBytes(session: CaseSession, recordId: string): Promise<Uint8Array> {
  const [record] = await session.index.getRecords([recordId]);
  if (record === undefined) {
    throw new AppError('not-found', `No record ${recordId} in this case`, { recordId });
  }
  return (await readOriginalBytes(record, session.store.data.sources)).bytes;
}

/**
 * The records waiting (those of `wanted`, or all), each with the source it is read for (the
 * index gives it) and its name for the queue (and its error messages), read in batches.
 */
async function waitingRecords(session: CaseSession, wanted: ReadonlySet<string> | null): Promise<NamedWaitingRecord[]> {
  const waiting = (await session.index.ocrWaiting()).filter((record) => wanted === null || wanted.has(record.recordId));
  // Only what names need is kept from each batch: a scanned PDF's record carries its whole text.
  const named: NamedRecord[] = [];
  for (let start = 0; start < waiting.length; start += NAME_BATCH) {
    const batch = waiting.slice(start, start + NAME_BATCH).map((record) => record.recordId);
    for (const { id, title, filename, locations } of await session.index.getRecords(batch)) {
      named.push({ id, title, filename, locations: locations.slice(0, 1) });
    }
  }
  const names = ocrItemNames(named);
  return waiting.map((record) => ({ ...record, name: names.get(record.recordId) ?? record.recordId }));
}

/** The index's counts, with each source's pages waiting and language (no record is read whole). */
async function caseStatus(session: CaseSession): Promise<OcrCaseStatus> {
  const waiting = await session.index.ocrWaiting();
  const counts = await session.index.ocrStatus(LOW_OCR_CONFIDENCE, waiting);
  return { ...counts, sources: sourceStatuses(session.store.data.sources, waiting) };
}

export function ocrHandlers(ctx: BackendContext): OcrHandlers {
  let engine: OcrEngine | null = null;
  /** Runs in flight, by job id, with the case each one writes to. */
  const running = new Map<string, { session: CaseSession; done: Promise<unknown> }>();

  ctx.onCaseClosing(async (session) => {
    const stopping = [...running.entries()].filter(([, run]) => run.session === session);
    for (const [jobId] of stopping) {
      cancelTask(ctx, jobId);
    }
    await Promise.allSettled(stopping.map(([, run]) => run.done));
    const ending = engine;
    engine = null;
    await ending?.dispose();
    // Its files are not held open after it closes (an SMS backup's reader is kept between reads).
    closeOriginalReaders();
  });

  /**
   * Runs the queue over `items` as task `jobId`, keeping each outcome in `store(task)`. `audit`
   * is called inside the task, whether the run finished, was cancelled or failed, so that a
   * closing case waits for its entry: pages already kept changed record text either way.
   */
  async function run(
    jobId: string,
    items: OcrQueueItem[],
    store: (session: CaseSession, task: TaskControl, progress: { total: number }, kept: KeptTally) => OcrStore,
    audit: (session: CaseSession, outcome: RunOutcome) => Promise<void>,
  ): Promise<{ session: CaseSession; summary: OcrQueueSummary; unreadable: string[] }> {
    const session = ctx.session();
    const unreadable: string[] = [];
    const recordOf = new Map(items.map((item) => [item.path, item.recordId]));
    const done = runTask(ctx, jobId, 'ocr', async (task) => {
      task.report('Finding pages to read', 0, 0);
      const progress = { total: 0 };
      const kept: KeptTally = { pagesRead: 0, errors: 0 };
      let summary: OcrQueueSummary;
      try {
        // Loaded on the first run, not when the backend starts: tesseract.js, sharp and pdf.js
        // are large, and most sessions read no scan. Inside the try: a run whose engine cannot
        // start is audited as failed like any other.
        engine ??= new (await import('../ocr/ocr-engine.js')).OcrEngine();
        summary = await runOcrQueue(
          items,
          {
            engine,
            store: store(session, task, progress, kept),
            readFile: (path) =>
              recordBytes(session, recordOf.get(path) ?? path).catch((error: unknown) => {
                // Bytes that can never be read back (a PST's attachments) are kept as the item's
                // error by the queue; the rest is tried again next run, so it is reported here.
                const message = `${path}: ${error instanceof Error ? error.message : String(error)}`;
                if (!(error instanceof AppError && error.code === 'unsupported') && !unreadable.includes(message)) {
                  unreadable.push(message);
                }
                throw error;
              }),
          },
          { signal: task.signal, lowConfidenceBelow: LOW_OCR_CONFIDENCE, onProgress: ({ total }) => (progress.total = total) },
        );
      } catch (error) {
        const cancelled = task.signal.aborted || (error instanceof AppError && error.code === 'cancelled');
        await audit(session, { kept, unreadable, summary: null, cancelled, failure: cancelled ? null : error instanceof Error ? error.message : String(error) });
        throw error;
      }
      await audit(session, { kept, unreadable, summary, cancelled: false, failure: null });
      return { session, summary, unreadable };
    });
    running.set(jobId, { session, done: done.catch(() => undefined) });
    try {
      return await done;
    } finally {
      running.delete(jobId);
    }
  }

  /**
   * Progress counts outcomes once they are kept, so a cancel after a report never loses that
   * page; `kept` tallies them for the audit entry of a run that stops part way.
   */
  function reporting(task: TaskControl, progress: { total: number }, kept: KeptTally): (outcome: OcrStoredPage) => void {
    let saved = 0;
    return (outcome) => {
      saved += 1;
      if (outcome.kind === 'page') {
        kept.pagesRead += 1;
      } else {
        kept.errors += 1;
      }
      task.report('Reading pages', saved, Math.max(progress.total, saved));
    };
  }

  async function result(session: CaseSession, summary: OcrQueueSummary, unreadable: string[]): Promise<OcrRunResult> {
    return { ...(await caseStatus(session)), pagesRead: summary.pagesRead, pagesSkipped: summary.pagesSkipped, unreadable };
  }

  return {
    'ocr.status': async () => caseStatus(ctx.session()),

    'ocr.run': async ({ jobId, lang, recordIds }) => {
      const active = ctx.session();
      const waiting = await waitingRecords(active, recordIds === undefined ? null : new Set(recordIds));
      // Decided once, when the run starts: a language changed during the run applies to the next.
      const languages = sourceLanguages(active.store.data.sources);
      const items: OcrQueueItem[] = waiting.map((record) => ({ recordId: record.recordId, path: record.name, pages: record.pages, lang: recordLanguage(record.sourceId, languages, lang) }));
      // `lang` is the run's override (null: each source's own); `languages` counts records per language read in.
      const read = { lang: lang ?? null, languages: recordsByLanguage(items.map((item) => item.lang)), records: items.length };
      const { session, summary, unreadable } = await run(
        jobId ?? randomId('j'),
        items,
        (current, task, progress, kept) => new IndexOcrStore(current.index, reporting(task, progress, kept)),
        (current, outcome) =>
          current.audit
            .record({
              action: 'ocr.run',
              target: 'index',
              before: null,
              after:
                outcome.summary === null
                  ? { ...read, pagesRead: outcome.kept.pagesRead, errors: outcome.kept.errors, unreadable: outcome.unreadable.length, cancelled: outcome.cancelled, failure: outcome.failure }
                  : {
                      ...read,
                      pagesRead: outcome.summary.pagesRead,
                      pagesSkipped: outcome.summary.pagesSkipped,
                      errors: outcome.summary.errors.length,
                      lowConfidence: outcome.summary.lowConfidence.length,
                      cancelled: false,
                    },
            })
            .then(() => undefined),
      );
      return result(session, summary, unreadable);
    },

    'ocr.rerun': async ({ recordId, page, lang, jobId }) => {
      const active = ctx.session();
      const [record] = await active.index.getRecords([recordId]);
      if (record === undefined) {
        throw new AppError('not-found', `No record ${recordId} in this case`, { recordId });
      }
      const pageCount = record.document?.pageCount ?? null;
      if (pageCount !== null && page > pageCount) {
        throw new AppError('invalid-args', `"${record.title}" has ${pageCount} pages: there is no page ${page}`, { recordId, page });
      }
      // The language asked for; with 'auto', the entry's `readIn` says which one OSD chose.
      const choice: OcrLanguageChoice = recordLanguage(readingSource(record.locations), sourceLanguages(active.store.data.sources), lang);
      const failures: string[] = [];
      // Read whatever the store holds: this page is read again by request. A failure is
      // reported, not kept, so the page keeps the text it had.
      const store = (current: CaseSession, task: TaskControl, progress: { total: number }, tally: KeptTally): OcrStore => {
        const kept = new IndexOcrStore(current.index, reporting(task, progress, tally));
        return {
          isDone: async () => false,
          save: async (outcome) => (outcome.kind === 'page' ? kept.save(outcome) : void failures.push(outcome.error.message)),
        };
      };
      // Every outcome is noted, as for ocr.run: a rerun that stops or fails keeps the page's
      // old text, but the officer asked for it, and its entry says what came of it.
      const audit = async (current: CaseSession, outcome: RunOutcome): Promise<void> => {
        const failure = outcome.failure ?? failures[0] ?? outcome.unreadable[0] ?? null;
        const fact =
          outcome.summary === null || failure !== null ? undefined : (await current.index.getRecords([recordId]))[0]?.document?.ocr?.pages.find((entry) => entry.page === page);
        await current.audit.record({
          action: 'ocr.rerun',
          target: recordId,
          before: null,
          after:
            fact === undefined
              ? { page, lang: choice, cancelled: outcome.cancelled, failure }
              : { page, lang: choice, readIn: fact.lang, meanConfidence: fact.meanConfidence, replacedText: fact.replacedText, cancelled: false, failure: null },
        });
      };
      const { session, summary, unreadable } = await run(jobId ?? randomId('j'), [{ recordId, path: ocrItemName(record), pages: [page], lang: choice }], store, audit);
      const failure = failures[0] ?? unreadable[0];
      if (failure !== undefined) {
        throw new AppError('source-unreadable', failure, { recordId, page });
      }
      return result(session, summary, unreadable);
    },

    'ocr.setSourceLanguage': async ({ sourceId, lang }) => {
      const session = ctx.session();
      await setSourceOcrLanguage(session, sourceId, lang);
      return caseStatus(session);
    },
  };
}
