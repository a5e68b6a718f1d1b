/**
 * The offline OCR engine: images and PDF pages in, text with word boxes out, on a pool of
 * Tesseract worker threads (at most cores − 1, so the backend's own thread keeps a core).
 *
 * A file is read page by page. The next page is decoded while the current one is recognised,
 * so the backend thread (pdf.js drawing, sharp decoding) and the worker overlap. Every failure
 * becomes an item error naming the file and page, and the run goes on with the next page; only
 * a cancel ends it. The engine holds no state about a case: what was done, and what is left, is
 * the OCR queue's business (ocr-queue.ts).
 */
import { availableParallelism } from 'node:os';
import { AppError } from '../../../shared/errors.js';
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from './decode-image.js';
import { DEFAULT_OCR_LANGUAGE, languageForScript, type OcrLanguage, type OcrLanguageChoice } from './ocr-languages.js';
import { DEFAULT_PDF_DPI, openPageSource, type OcrPageSource, type SourcePage } from './ocr-page-source.js';
import type { OcrItemError, OcrPageOutcome, OcrPageResult, ScriptDetection } from './ocr-result.js';
import { OcrWorkerPool, type WorkerPoolOptions } from './ocr-worker-pool.js';
import { scaleWords, withPointBoxes } from './page-geometry.js';
import { meanWordConfidence, parseTesseractTsv } from './tesseract-tsv.js';

export type OcrEngineOptions = {
  /** Worker threads; default max(1, cores − 1). */
  workers?: number;
  /** A worker idle this long is ended; default 30 s. */
  idleMilliseconds?: number;
  /** Time one page may take in Tesseract before its worker is ended; default 120 s. */
  pageTimeoutMilliseconds?: number;
  imageLimits?: Partial<ImageLimits>;
  /** The resolution PDF pages are drawn at; default 300 (see ocr-page-source.ts). */
  pdfDpi?: number;
  /** For tests: how workers are started and languages found. */
  pool?: Pick<WorkerPoolOptions, 'startWorker' | 'findLanguage'>;
};

export type RecognizeOptions = {
  /** The language, or 'auto' to pick it from the script OSD detects; default English. */
  lang?: OcrLanguageChoice;
  /** With 'auto', the language of Latin-script pages (OSD cannot tell English from French). */
  latinLanguage?: OcrLanguage;
  signal?: AbortSignal;
};

/** A file to read page by page. */
export type OcrFileInput = {
  /** How errors name the file (a path, or a record's locator). */
  file: string;
  bytes: Uint8Array;
  /** 1-based pages to read, in order; default every page. */
  pages?: readonly number[];
  /** Passwords to try on an encrypted PDF. */
  passwords?: readonly string[];
};

export type OcrProgress = { file: string; page: number; done: number; total: number };

export type RecognizePagesOptions = RecognizeOptions & {
  /** Called after each page, read or failed. */
  onProgress?: (progress: OcrProgress) => void;
};

/** The default pool size: every core but one, and at least one. */
export function defaultWorkerCount(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

function asAppError(error: unknown): AppError {
  if (error instanceof AppError) {
    return error;
  }
  return new AppError('source-unreadable', error instanceof Error ? error.message : String(error));
}

function itemError(file: string, page: number | null, error: unknown): OcrItemError {
  const appError = asAppError(error);
  const where = page === null ? file : `${file}, page ${page}`;
  return { file, page, code: appError.code, message: `${where}: ${appError.message}` };
}

export class OcrEngine {
  private readonly pool: OcrWorkerPool;
  private readonly imageLimits: ImageLimits;
  private readonly pdfDpi: number;
  private readonly pageTimeoutMilliseconds: number;

  constructor(options: OcrEngineOptions = {}) {
    this.pool = new OcrWorkerPool({ size: options.workers ?? defaultWorkerCount(), idleMilliseconds: options.idleMilliseconds ?? 30_000, ...options.pool });
    this.imageLimits = { ...DEFAULT_IMAGE_LIMITS, ...options.imageLimits };
    this.pdfDpi = options.pdfDpi ?? DEFAULT_PDF_DPI;
    this.pageTimeoutMilliseconds = options.pageTimeoutMilliseconds ?? 120_000;
  }

  /** Worker threads alive now. */
  get workerCount(): number {
    return this.pool.workerCount;
  }

  /**
   * Reads one image (or page `page` of a multi-page one). Throws an AppError: `unsupported` for
   * a format OCR does not take, `source-unreadable` for a damaged or oversized image or a page
   * past its time limit, `cancelled` when `signal` aborts.
   */
  async recognize(image: Uint8Array, options: RecognizeOptions & { page?: number } = {}): Promise<OcrPageResult> {
    const source = await openPageSource(image, { imageLimits: this.imageLimits, pdfDpi: this.pdfDpi });
    try {
      const page = options.page ?? 1;
      if (!Number.isSafeInteger(page) || page < 1 || page > source.readablePages) {
        throw new AppError('invalid-args', `There is no page ${page} to read: the file has ${source.pageCount}`, { page });
      }
      return await this.recognizeLoaded(await source.load(page, options.signal), `page ${page}`, options);
    } catch (error) {
      throw options.signal?.aborted ? new AppError('cancelled', 'OCR was cancelled') : error;
    } finally {
      await source.close();
    }
  }

  /**
   * Reads a PDF or image file page by page, yielding each page's result or error as it comes.
   * Pages of an image past the page limit are one error (with `lastPage`). A cancel ends the
   * run by throwing AppError 'cancelled' after the pages already yielded.
   */
  async *recognizePages(input: OcrFileInput, options: RecognizePagesOptions = {}): AsyncGenerator<OcrPageOutcome, void, undefined> {
    const { file } = input;
    let source: OcrPageSource;
    try {
      options.signal?.throwIfAborted();
      source = await openPageSource(input.bytes, {
        imageLimits: this.imageLimits,
        pdfDpi: this.pdfDpi,
        ...(input.passwords === undefined ? {} : { passwords: input.passwords }),
      });
    } catch (error) {
      if (options.signal?.aborted) {
        throw new AppError('cancelled', 'OCR was cancelled');
      }
      yield { kind: 'error', error: itemError(file, null, error) };
      return;
    }
    try {
      yield* this.readPages(source, input, options);
    } finally {
      await source.close().catch(() => undefined);
    }
  }

  /** How many pages a PDF or image file has (opens it, reads no page). */
  async pageCount(bytes: Uint8Array, passwords?: readonly string[]): Promise<number> {
    const source = await openPageSource(bytes, { imageLimits: this.imageLimits, pdfDpi: this.pdfDpi, ...(passwords === undefined ? {} : { passwords }) });
    try {
      return source.pageCount;
    } finally {
      await source.close();
    }
  }

  /** Ends every worker thread. The engine must not be used afterwards. */
  dispose(): Promise<void> {
    return this.pool.dispose();
  }

  private async *readPages(source: OcrPageSource, input: OcrFileInput, options: RecognizePagesOptions): AsyncGenerator<OcrPageOutcome, void, undefined> {
    const { file } = input;
    const requested = input.pages ?? Array.from({ length: source.pageCount }, (_, index) => index + 1);
    const wanted = requested.filter((page) => Number.isSafeInteger(page) && page >= 1 && page <= source.readablePages);
    const outcomes: OcrPageOutcome[] = [];
    const missing = requested.filter((page) => !(Number.isSafeInteger(page) && page >= 1 && page <= source.pageCount));
    for (const page of missing) {
      outcomes.push({ kind: 'error', error: { ...itemError(file, page, new AppError('invalid-args', `there is no such page: the file has ${source.pageCount}`)), page } });
    }
    const beyond = requested.filter((page) => page > source.readablePages && page <= source.pageCount);
    if (beyond.length > 0) {
      // A loop, not Math.min(...beyond): a TIFF may declare more pages than a call takes arguments.
      const first = beyond.reduce((lowest, page) => Math.min(lowest, page));
      const last = beyond.reduce((highest, page) => Math.max(highest, page));
      const error = new AppError('source-unreadable', `pages ${first}–${last} were not read: OCR reads at most ${this.imageLimits.maxPages} pages of one image file`);
      outcomes.push({ kind: 'error', error: { ...itemError(file, first, error), lastPage: last } });
    }
    const total = wanted.length + outcomes.length;
    let done = 0;
    for (const outcome of outcomes) {
      done += 1;
      options.onProgress?.({ file, page: outcome.kind === 'error' ? (outcome.error.page ?? 0) : outcome.page, done, total });
      yield outcome;
    }
    // The next page is decoded while this one is in Tesseract.
    const load = (page: number): Promise<SourcePage> => {
      const promise = source.load(page, options.signal);
      promise.catch(() => undefined);
      return promise;
    };
    let next = wanted[0] === undefined ? undefined : load(wanted[0]);
    for (let index = 0; index < wanted.length; index += 1) {
      const page = wanted[index] ?? 0;
      const current = next;
      const following = wanted[index + 1];
      next = following === undefined ? undefined : load(following);
      let outcome: OcrPageOutcome;
      try {
        options.signal?.throwIfAborted();
        const loaded = await (current ?? load(page));
        const result = await this.recognizeLoaded(loaded, `page ${page}`, options);
        outcome = { kind: 'page', file, page, pageCount: source.pageCount, result };
      } catch (error) {
        if (options.signal?.aborted) {
          throw new AppError('cancelled', `OCR of ${file} was cancelled before page ${page}`, { file, page });
        }
        outcome = { kind: 'error', error: itemError(file, page, error) };
      }
      done += 1;
      options.onProgress?.({ file, page, done, total });
      yield outcome;
    }
  }

  private async recognizeLoaded(loaded: SourcePage, where: string, options: RecognizeOptions): Promise<OcrPageResult> {
    const { image } = loaded;
    const onTimeout = (): AppError => new AppError('source-unreadable', `OCR of ${where} did not finish within ${this.pageTimeoutMilliseconds} ms`);
    const job = { timeoutMilliseconds: this.pageTimeoutMilliseconds, onTimeout, ...(options.signal === undefined ? {} : { signal: options.signal }) };
    let lang: OcrLanguage = options.lang === 'auto' || options.lang === undefined ? (options.latinLanguage ?? DEFAULT_OCR_LANGUAGE) : options.lang;
    let detected: ScriptDetection | undefined;
    if (options.lang === 'auto') {
      detected = await this.pool.run('osd', (worker) => worker.detect(image.pgm), job);
      lang = languageForScript(detected.script, lang);
    }
    const raw = await this.pool.run(lang, (worker) => worker.recognize(image.pgm, image.dpi), job);
    const seen = parseTesseractTsv(raw.tsv);
    let words = scaleWords(seen, { widthPx: image.ocrWidthPx, heightPx: image.ocrHeightPx }, { widthPx: image.widthPx, heightPx: image.heightPx });
    if (loaded.pointsPerPixel !== null) {
      // The PDF page image was never scaled for OCR, so its pixels are the rendered pixels.
      words = withPointBoxes(words, loaded.pointsPerPixel);
    }
    return {
      text: raw.text.replace(/\n+$/, ''),
      words,
      meanConfidence: Math.round(meanWordConfidence(seen) * 10) / 10,
      widthPx: image.widthPx,
      heightPx: image.heightPx,
      dpi: image.dpi,
      lang,
      ...(detected === undefined ? {} : { detected }),
    };
  }
}
