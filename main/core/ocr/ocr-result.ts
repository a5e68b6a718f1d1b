/**
 * What OCR produces for one page, and what it reports when a page cannot be read. These are the
 * shapes the OCR job hands to storage (the index keeps words with their boxes so that a hit can
 * be highlighted on the page image and a redaction burned in at the right place).
 */
import type { ErrorCode } from '../../../shared/errors.js';
import type { OcrLanguage } from './ocr-languages.js';

/** A rectangle in pixels of the image OCR saw (origin top left, x1/y1 exclusive). */
export type PixelBox = { x0: number; y0: number; x1: number; y1: number };

/**
 * A rectangle in PDF points (1/72 inch) on the page as pdf.js displays it: origin at the top
 * left of the page after its /Rotate is applied, y growing downwards. Turning it into PDF user
 * space (origin bottom left, before rotation) needs the page's viewport, which the packet has.
 */
export type PointBox = { x0: number; y0: number; x1: number; y1: number };

export type OcrWord = {
  text: string;
  bbox: PixelBox;
  /** Present when the page came from a PDF and its scale is known. */
  pointBox?: PointBox;
  /** Tesseract's confidence for the word, 0–100. */
  confidence: number;
};

/** What one image (or one page of a document) became. */
export type OcrPageResult = {
  /** The text in reading order, lines separated by newlines, blocks by blank lines. */
  text: string;
  words: OcrWord[];
  /** Tesseract's mean word confidence for the page, 0–100 (0 when no word was found). */
  meanConfidence: number;
  /** The image's size in its own pixels (boxes are in these pixels even when OCR saw it scaled down). */
  widthPx: number;
  heightPx: number;
  /** The resolution OCR was told, or null when the image declares none and Tesseract estimated it. */
  dpi: number | null;
  /** The language data used. */
  lang: OcrLanguage;
  /** Set when the language was chosen by script detection ('auto'). */
  detected?: ScriptDetection;
};

/** What orientation and script detection (Tesseract's OSD) found on a page. */
export type ScriptDetection = {
  /** Tesseract's script name ('Latin', 'Arabic', 'Han', 'Cyrillic', …), or null when it found none. */
  script: string | null;
  scriptConfidence: number;
  /** How far the page is turned clockwise (0, 90, 180, 270), or null when unknown. */
  orientationDegrees: number | null;
  orientationConfidence: number;
};

/** A file or page that OCR could not read: the job goes on with the next. */
export type OcrItemError = {
  /** The file as the caller named it. */
  file: string;
  /** The first page concerned (1-based), or null when the whole file failed before any page. */
  page: number | null;
  /** The last page concerned when the error covers a range (pages past a limit). */
  lastPage?: number;
  code: ErrorCode;
  message: string;
};

/** One step of a multi-page OCR run. */
export type OcrPageOutcome =
  | { kind: 'page'; file: string; page: number; pageCount: number; result: OcrPageResult }
  | { kind: 'error'; error: OcrItemError };

/** Pages a caller should look at: the mean confidence is below `threshold`. */
export function lowConfidencePages<T extends { page: number; result: Pick<OcrPageResult, 'meanConfidence' | 'words'> }>(pages: readonly T[], threshold = 60): T[] {
  // A page with no words has no confidence to speak of; it is blank rather than badly read.
  return pages.filter((page) => page.result.words.length > 0 && page.result.meanConfidence < threshold);
}
