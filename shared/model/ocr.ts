/**
 * OCR of scanned pages as the UI and the backend both see it: the languages this build reads,
 * where a page counts as badly read, and the state of the case's OCR work.
 */

/** Languages with a data package installed with the app; the first is the default. */
export const OCR_LANGUAGES = ['eng', 'fra', 'spa', 'deu', 'ara', 'chi_sim'] as const;
export type OcrLanguage = (typeof OCR_LANGUAGES)[number];

/**
 * What a source may be read in: a language, or 'auto', which detects the script of each page
 * (Tesseract's OSD) to read Arabic and Chinese pages in their language and the rest, whose
 * Latin script does not say which language, in English.
 */
export const OCR_LANGUAGE_CHOICES = [...OCR_LANGUAGES, 'auto'] as const;
export type OcrLanguageChoice = (typeof OCR_LANGUAGE_CHOICES)[number];

/** Narrows a select's value (or any text) to a language a source may be read in. */
export function isOcrLanguageChoice(value: string): value is OcrLanguageChoice {
  return (OCR_LANGUAGE_CHOICES as readonly string[]).includes(value);
}

/** The language of a source unless the officer picks another. */
export const DEFAULT_OCR_LANGUAGE_CHOICE: OcrLanguage = 'eng';

export const OCR_LANGUAGE_LABELS: Readonly<Record<OcrLanguage, string>> = {
  eng: 'English',
  fra: 'French',
  spa: 'Spanish',
  deu: 'German',
  ara: 'Arabic',
  chi_sim: 'Chinese (simplified)',
};

export const OCR_LANGUAGE_CHOICE_LABELS: Readonly<Record<OcrLanguageChoice, string>> = {
  ...OCR_LANGUAGE_LABELS,
  auto: 'Detect script (Arabic, Chinese), else English',
};

/**
 * A page read with a mean word confidence (Tesseract's, 0–100) below this is listed for a
 * reviewer to check against the image. 60 is where the corpus scans' misreadings start to
 * outnumber the words read right; the OCR queue uses the same default.
 */
export const LOW_OCR_CONFIDENCE = 60;

export type OcrPageRef = { recordId: string; page: number };

/** The case's OCR work as the index counts it: what is left, what was read, and what needs a look. */
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

/** One source's OCR work: its pages waiting and the language they will be read in. */
export type OcrSourceStatus = {
  sourceId: string;
  custodian: string;
  path: string;
  lang: OcrLanguageChoice;
  /**
   * Pages of records whose first location is in this source (a record filed in several sources
   * is read once, in the language of the first); an image file counts as one page.
   */
  pagesWaiting: number;
  recordsWaiting: number;
};

/** What ocr.status answers: the case's counts, and every source of the case in its order. */
export type OcrCaseStatus = OcrStatus & { sources: OcrSourceStatus[] };

/** What one ocr.run (or ocr.rerun) did, with the status after it. */
export type OcrRunResult = OcrCaseStatus & {
  /** Pages read in this run, and pages skipped because an earlier run had read them. */
  pagesRead: number;
  pagesSkipped: number;
  /** Errors of this run that were not saved (a source file that could not be read is tried again next run). */
  unreadable: string[];
};
