/**
 * "OCR after ingest" as a resumable job: the records that need OCR (scanned PDF pages, image
 * files, image attachments) are read one page at a time, each outcome saved as it comes, so a
 * run that stops resumes where it was and never reads a page twice.
 *
 * The queue owns no storage and no files: the store (ocr-store.ts), the file reader and the
 * engine are passed in. What it decides:
 * - a page already in the store is skipped;
 * - a page that fails for a reason in the file (damaged, oversized, past a limit) is saved as an
 *   error, so a restart does not try it again; a file that cannot be read at all (moved, a
 *   disk error) is reported but not saved, so a restart does; one whose bytes can never be read
 *   back (`unsupported`: an attachment inside a PST) is saved as an error, so it is listed
 *   rather than waiting for ever;
 * - a cancel stops at the page being read; what was saved stays saved.
 */
import { AppError } from '../../../shared/errors.js';
import type { OcrEngine, OcrProgress } from './ocr-engine.js';
import type { OcrLanguage, OcrLanguageChoice } from './ocr-languages.js';
import type { OcrItemError } from './ocr-result.js';
import type { OcrStore } from './ocr-store.js';

/** A record that needs OCR. */
export type OcrQueueItem = {
  recordId: string;
  /**
   * What `readFile` is given to get the bytes: a source file's path, or whatever locator the
   * caller's reader understands (an image attachment inside a mailbox or a chat export).
   */
  path: string;
  /** 1-based pages; null for every page (an image file, whose pages are counted on opening). */
  pages: readonly number[] | null;
  lang: OcrLanguageChoice;
  /** With 'auto': the language of Latin-script pages. */
  latinLanguage?: OcrLanguage;
  passwords?: readonly string[];
};

/** One item's pages still to read. */
export type PlannedItem = { item: OcrQueueItem; pages: number[] };

export type OcrQueueDeps = {
  engine: Pick<OcrEngine, 'recognizePages' | 'pageCount'>;
  store: OcrStore;
  readFile: (path: string) => Promise<Uint8Array>;
};

export type OcrQueueProgress = { recordId: string; page: number; done: number; total: number };

export type OcrQueueSummary = {
  /** Pages read in this run. */
  pagesRead: number;
  /** Pages skipped because the store had them. */
  pagesSkipped: number;
  /** Errors of this run: saved page errors, and files that could not be read (not saved). */
  errors: OcrItemError[];
  /** Pages read in this run whose mean confidence is below the threshold. */
  lowConfidence: Array<{ recordId: string; page: number; meanConfidence: number }>;
};

export type RunOcrQueueOptions = {
  signal?: AbortSignal;
  onProgress?: (progress: OcrQueueProgress) => void;
  /** Mean word confidence under which a page is listed for review; default 60. */
  lowConfidenceBelow?: number;
};

/** The pages of `item` not yet in the store. */
async function pendingPages(item: OcrQueueItem, pages: readonly number[], store: OcrStore): Promise<number[]> {
  const pending: number[] = [];
  for (const page of new Set(pages)) {
    if (!(await store.isDone(item.recordId, page))) {
      pending.push(page);
    }
  }
  return pending;
}

/**
 * What is left to do: each item with its pages not yet in the store. An item with `pages: null`
 * is counted by opening it (`countPages`); one that cannot be opened is planned with no pages,
 * which running reads as "the whole file" so that the reason is reported (and saved on page 1,
 * so that a restart skips it).
 */
export async function planOcrQueue(items: readonly OcrQueueItem[], store: OcrStore, countPages: (item: OcrQueueItem) => Promise<number | null>): Promise<{ planned: PlannedItem[]; skipped: number }> {
  const planned: PlannedItem[] = [];
  let skipped = 0;
  for (const item of items) {
    const count = item.pages === null ? await countPages(item) : null;
    if (item.pages === null && count === null) {
      if (await store.isDone(item.recordId, 1)) {
        skipped += 1;
      } else {
        planned.push({ item, pages: [] });
      }
      continue;
    }
    const all = item.pages ?? Array.from({ length: count ?? 0 }, (_, index) => index + 1);
    const pages = await pendingPages(item, all, store);
    skipped += new Set(all).size - pages.length;
    if (pages.length > 0) {
      planned.push({ item, pages });
    }
  }
  return { planned, skipped };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs the queue to the end, or until `signal` aborts (then throws AppError 'cancelled'). */
export async function runOcrQueue(items: readonly OcrQueueItem[], deps: OcrQueueDeps, options: RunOcrQueueOptions = {}): Promise<OcrQueueSummary> {
  const summary: OcrQueueSummary = { pagesRead: 0, pagesSkipped: 0, errors: [], lowConfidence: [] };
  const threshold = options.lowConfidenceBelow ?? 60;
  const files = new Map<string, Uint8Array | AppError>();
  const read = async (item: OcrQueueItem): Promise<Uint8Array | AppError> => {
    // One file at a time is held: items of the same file follow each other in a plan.
    const cached = files.get(item.path);
    if (cached !== undefined) {
      return cached;
    }
    files.clear();
    const bytes = await deps.readFile(item.path).catch(
      (error: unknown) => new AppError(error instanceof AppError && error.code === 'unsupported' ? 'unsupported' : 'not-found', `${item.path} cannot be read: ${messageOf(error)}`),
    );
    files.set(item.path, bytes);
    return bytes;
  };
  const { planned, skipped } = await planOcrQueue(items, deps.store, async (item) => {
    const bytes = await read(item);
    return bytes instanceof AppError ? null : deps.engine.pageCount(bytes, item.passwords).catch(() => null);
  });
  summary.pagesSkipped = skipped;
  const total = planned.reduce((sum, entry) => sum + Math.max(1, entry.pages.length), 0);
  let done = 0;
  for (const { item, pages } of planned) {
    if (options.signal?.aborted) {
      throw new AppError('cancelled', `OCR was cancelled before ${item.path}`);
    }
    const bytes = await read(item);
    if (bytes instanceof AppError) {
      const error: OcrItemError = { file: item.path, page: null, code: bytes.code, message: bytes.message };
      summary.errors.push(error);
      if (bytes.code === 'unsupported') {
        for (const page of pages.length === 0 ? [1] : pages) {
          await deps.store.save({ recordId: item.recordId, page, kind: 'error', error });
        }
      }
      done += Math.max(1, pages.length);
      continue;
    }
    const report = (progress: OcrProgress): void => {
      options.onProgress?.({ recordId: item.recordId, page: progress.page, done: done + progress.done, total });
    };
    const outcomes = deps.engine.recognizePages(
      // No pages: the file could not be opened to count them; reading it reports why.
      { file: item.path, bytes, ...(pages.length === 0 ? {} : { pages }), ...(item.passwords === undefined ? {} : { passwords: item.passwords }) },
      { lang: item.lang, onProgress: report, ...(item.latinLanguage === undefined ? {} : { latinLanguage: item.latinLanguage }), ...(options.signal === undefined ? {} : { signal: options.signal }) },
    );
    for await (const outcome of outcomes) {
      if (outcome.kind === 'page') {
        await deps.store.save({ recordId: item.recordId, page: outcome.page, kind: 'page', result: outcome.result });
        summary.pagesRead += 1;
        if (outcome.result.words.length > 0 && outcome.result.meanConfidence < threshold) {
          summary.lowConfidence.push({ recordId: item.recordId, page: outcome.page, meanConfidence: outcome.result.meanConfidence });
        }
        continue;
      }
      const { error } = outcome;
      summary.errors.push(error);
      // An error for the whole file, or for a range of pages, is saved on each page it covers
      // (on page 1 when the file's pages could not be counted).
      const wholeFile = pages.length === 0 ? [1] : pages;
      const covered = error.page === null ? wholeFile : pages.filter((page) => page >= (error.page ?? 0) && page <= (error.lastPage ?? error.page ?? 0));
      for (const page of covered) {
        await deps.store.save({ recordId: item.recordId, page, kind: 'error', error });
      }
    }
    done += Math.max(1, pages.length);
  }
  return summary;
}
