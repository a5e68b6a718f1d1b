/**
 * Where the OCR queue records what it has done. The queue asks before each page and saves after
 * it, so a run that stops (a cancel, a crash, the app closed) resumes where it was: a restart
 * skips every page the store already holds. The index implements this over its own tables; the
 * in-memory store (memory-ocr-store.ts) is for tests and one-off runs.
 */
import type { OcrItemError, OcrPageResult } from './ocr-result.js';

/** One page's outcome, as saved: its text and words, or why it could not be read. */
export type OcrStoredPage =
  | { recordId: string; page: number; kind: 'page'; result: OcrPageResult }
  | { recordId: string; page: number; kind: 'error'; error: OcrItemError };

export type OcrStore = {
  /** True when the page has an outcome (read, or failed for a reason that a retry would repeat). */
  isDone(recordId: string, page: number): Promise<boolean>;
  save(outcome: OcrStoredPage): Promise<void>;
};
