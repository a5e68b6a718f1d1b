/**
 * OCR after ingest (issue 10): the state of the case's OCR work, a run over the pages waiting
 * (a task: `task.progress` events, `task.cancel`), reading one page again on request, and the
 * language each source is read in.
 */
import { z } from 'zod';
import { OCR_LANGUAGE_CHOICES } from '../model/ocr.js';
import type { OcrCaseStatus, OcrRunResult } from '../model/ocr.js';
import { defineCall } from './define.js';

const id = z.string().regex(/^[a-z]_[0-9a-f]{8,64}$/, 'not a valid id');
/** A language, or 'auto': detect each page's script (Arabic, Chinese), reading Latin pages in English. */
export const ocrLanguageChoice = z.enum(OCR_LANGUAGE_CHOICES);
const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const OCR_CALLS = {
  /** The pages waiting, read and failed, and each source with its pages waiting and its language. */
  'ocr.status': defineCall<OcrCaseStatus>()(z.object({})),
  /**
   * Reads every page waiting (or those of `recordIds`) and puts the text into the records. Each
   * record is read in its source's language (that of its first location, for a record filed in
   * several sources), or in `lang` for this run only when given. Each page is kept as soon as it
   * is read, so a cancelled run keeps its pages and the next run goes on from there; a page that
   * failed is not tried again (ocr.rerun reads it on request).
   */
  'ocr.run': defineCall<OcrRunResult>()(
    z.object({
      /** Names the run for `task.progress` events and `task.cancel`. */
      jobId: jobId.optional(),
      /** Overrides every source's language for this run; the sources keep theirs. */
      lang: ocrLanguageChoice.optional(),
      recordIds: z.array(id).min(1).max(100_000).optional(),
    }),
  ),
  /**
   * Reads one page again (e.g. a garbled text layer, or a page read in the wrong language) and
   * replaces its text; in `lang`, else in its source's language.
   */
  'ocr.rerun': defineCall<OcrRunResult>()(
    z.object({ recordId: id, page: z.number().int().min(1).max(100_000), lang: ocrLanguageChoice.optional(), jobId: jobId.optional() }),
  ),
  /**
   * Sets the language a source's pages are read in (audited as `source.ocr-language`; unknown
   * source: not-found). Pages already read keep their text; pages waiting are read in the new
   * language by the next run. Answers the status after the change.
   */
  'ocr.setSourceLanguage': defineCall<OcrCaseStatus>()(z.object({ sourceId: id, lang: ocrLanguageChoice })),
};
