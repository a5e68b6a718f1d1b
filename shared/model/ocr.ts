/**
 * OCR of scanned pages as the UI and the backend both see it: the languages this build reads,
 * where a page counts as badly read, and the state of the case's OCR work.
 */

/** Languages with a data package installed with the app; the first is the default. */
export const OCR_LANGUAGES = ['eng', 'fra', 'spa', 'deu', 'ara', 'chi_sim'] as const;
export type OcrLanguage = (typeof OCR_LANGUAGES)[number];

/** The language a run uses unless the officer picks another. */
export const DEFAULT_OCR_LANGUAGE_CHOICE: OcrLanguage = 'eng';

export const OCR_LANGUAGE_LABELS: Readonly<Record<OcrLanguage, string>> = {
  eng: 'English',
  fra: 'French',
  spa: 'Spanish',
  deu: 'German',
  ara: 'Arabic',
  chi_sim: 'Chinese (simplified)',
};

/**
 * A page read with a mean word confidence (Tesseract's, 0–100) below this is listed for a
 * reviewer to check against the image. 60 is where the corpus scans' misreadings start to
 * outnumber the words read right; the OCR queue uses the same default.
 */
export const LOW_OCR_CONFIDENCE = 60;

export type OcrPageRef = { recordId: string; page: number };

/** The case's OCR work: what is left, what was read, and what needs a look. */
export type OcrStatus = {
  /** Pages with no text layer and no OCR outcome yet (an image file counts as one page). */
  pagesWaiting: number;
  recordsWaiting: number;
  /** Pages whose text came from OCR. */
  pagesDone: number;
  /** Pages OCR could not read; they are not tried again unless re-run by hand. */
  errors: Array<OcrPageRef & { message: string }>;
  /** Pages read with a mean confidence below LOW_OCR_CONFIDENCE. */
  lowConfidence: Array<OcrPageRef & { meanConfidence: number }>;
};

/** What one ocr.run did, with the status after it. */
export type OcrRunResult = OcrStatus & {
  /** Pages read in this run, and pages skipped because an earlier run had read them. */
  pagesRead: number;
  pagesSkipped: number;
  /** Errors of this run that were not saved (a source file that could not be read is tried again next run). */
  unreadable: string[];
};
