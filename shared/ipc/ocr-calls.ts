/**
 * OCR after ingest (issue 10): the state of the case's OCR work, a run over the pages waiting
 * (a task: `task.progress` events, `task.cancel`), and reading one page again on request.
 */
import { z } from 'zod';
import { OCR_LANGUAGES } from '../model/ocr.js';
import type { OcrRunResult, OcrStatus } from '../model/ocr.js';
import { defineCall } from './define.js';

const id = z.string().regex(/^[a-z]_[0-9a-f]{8,64}$/, 'not a valid id');
const lang = z.enum(OCR_LANGUAGES);

export const OCR_CALLS = {
  'ocr.status': defineCall<OcrStatus>()(z.object({})),
  /**
   * Reads every page waiting (or those of `recordIds`) and puts the text into the records. Each
   * page is kept as soon as it is read, so a cancelled run keeps its pages and the next run
   * goes on from there; a page that failed is not tried again (ocr.rerun reads it on request).
   */
  'ocr.run': defineCall<OcrRunResult>()(
    z.object({
      /** Names the run for `task.progress` events and `task.cancel`. */
      jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
      lang: lang.default('eng'),
      recordIds: z.array(id).min(1).max(100_000).optional(),
    }),
  ),
  /** Reads one page again (e.g. a garbled text layer, or a page read in the wrong language) and replaces its text. */
  'ocr.rerun': defineCall<OcrRunResult>()(
    z.object({ recordId: id, page: z.number().int().min(1).max(100_000), lang: lang.default('eng'), jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional() }),
  ),
};
