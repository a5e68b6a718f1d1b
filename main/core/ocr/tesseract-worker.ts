/**
 * One tesseract.js worker: a worker thread running Tesseract compiled to WebAssembly, loaded
 * with one language's data. Everything it reads comes from node_modules:
 * - the WebAssembly core: in Node, tesseract.js `require`s tesseract.js-core (its `corePath`
 *   option is only used in browsers), and its worker script is the installed file;
 * - the language data: `langPath` is a folder, so it is read with fs (a URL, or no langPath at
 *   all, would make it fetch from a CDN), and `cacheMethod: 'none'` stops it from reading or
 *   writing a cache file in the working directory.
 *
 * tesseract.js throws from its message handler when a job fails and no `errorHandler` is set,
 * which would be an uncaught exception in the backend, so one is always set (the failure still
 * rejects the job's promise). A worker whose job failed is not reused: after an error inside
 * WebAssembly its state is unknown.
 */
import Tesseract from 'tesseract.js';
import { AppError } from '../../../shared/errors.js';
import type { LanguageData } from './ocr-languages.js';
import type { ScriptDetection } from './ocr-result.js';

/** What one recognition returns, before boxes are mapped to the page. */
export type RawRecognition = { text: string; tsv: string };

export type TesseractWorker = {
  readonly data: LanguageData;
  /** Recognises a page. `dpi` is passed on when known, so Tesseract need not estimate it. */
  recognize(image: Uint8Array, dpi: number | null): Promise<RawRecognition>;
  /** Script and orientation detection; only for a worker started with the osd data. */
  detect(image: Uint8Array): Promise<ScriptDetection>;
  /** Ends the thread at once, whatever it is doing. */
  terminate(): Promise<void>;
  /** Set when the thread died or was terminated. */
  readonly dead: boolean;
};

/** Starts a worker for `data`; resolves once the language is loaded. */
export async function startTesseractWorker(data: LanguageData): Promise<TesseractWorker> {
  const oem = data.legacy ? Tesseract.OEM.TESSERACT_ONLY : Tesseract.OEM.LSTM_ONLY;
  const worker = await Tesseract.createWorker(data.code, oem, {
    langPath: data.folder,
    gzip: true,
    cacheMethod: 'none',
    legacyCore: data.legacy,
    legacyLang: data.legacy,
    errorHandler: () => undefined,
  });
  let dead = false;
  const refuseIfEnded = (): void => {
    if (dead) {
      throw new AppError('internal', `The OCR worker for "${data.code}" has ended`);
    }
  };
  // tesseract.js sets `onerror` on the thread, which a Node Worker never calls; without an
  // 'error' listener a crash inside the thread would be rethrown in the backend.
  const thread = (worker as unknown as { worker?: NodeJS.EventEmitter | null }).worker;
  thread?.on('error', () => {
    dead = true;
  });
  thread?.on('exit', () => {
    dead = true;
  });
  // Tesseract's notes ("Estimating resolution as 367") go to a file inside the WebAssembly
  // file system that goes nowhere, not to the backend's stderr.
  await worker.setParameters({ debug_file: '/dev/null' });
  if (!data.legacy) {
    // Mode 3 finds columns and blocks; tesseract.js defaults to 6 (one block), which reads a
    // two-column page line by line across both columns.
    await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.AUTO });
  }
  return {
    data,
    get dead() {
      return dead;
    },
    async recognize(image, dpi) {
      refuseIfEnded();
      // Parameters given with a job apply to that job only (tesseract.js restores them after).
      // (Its types list only its own options; Tesseract's parameters pass through at run time.)
      const options = (dpi === null ? {} : { user_defined_dpi: String(dpi) }) as Partial<Tesseract.RecognizeOptions>;
      const result = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), options, { text: true, tsv: true });
      return { text: result.data.text, tsv: result.data.tsv ?? '' };
    },
    async detect(image) {
      refuseIfEnded();
      const result = await worker.detect(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
      const found = result.data;
      return {
        script: found.script,
        scriptConfidence: found.script_confidence ?? 0,
        orientationDegrees: found.orientation_degrees,
        orientationConfidence: found.orientation_confidence ?? 0,
      };
    },
    async terminate() {
      dead = true;
      // tesseract.js's recognize and detect await the image before they post their job; a
      // thread ended in between makes them post to nothing and reject where no one listens,
      // an unhandled rejection that would end the backend. One turn of the event loop lets
      // every job already begun be posted first (to a thread that is then ended).
      await new Promise((resolve) => setImmediate(resolve));
      await worker.terminate();
    },
  };
}
