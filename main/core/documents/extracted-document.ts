/**
 * The one result type every document extractor returns, whatever the format, so that ingest,
 * search and packets handle a PDF, a spreadsheet and a CSV file the same way. Extractors only
 * read bytes they are given and return data: they never write, fetch, render or run anything.
 */

/**
 * The formats this module reads. 'odt', 'ods' and 'odp' are OpenDocument text, spreadsheet and
 * presentation. 'image' is a raster image file (PNG, JPEG, TIFF, WebP, GIF): it has no text until
 * OCR reads it after ingest, so it is a record with an empty body that the OCR queue picks up.
 */
export type DocumentFormat = 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp' | 'html' | 'text' | 'csv' | 'markdown' | 'rtf' | 'image';

/** One PDF page. Other formats have no pages (their `pages` is empty). */
export type DocumentPage = {
  /** 1-based, as a reader numbers them. */
  number: number;
  /** The page's own text layer (annotations and form values are in `comments` and `fields`). */
  text: string;
  /** No usable text layer over an image: the page needs OCR before its words can be searched. */
  needsOcr: boolean;
};

/** A comment, annotation or note attached to the content rather than part of it. */
export type DocumentComment = {
  /** Where it is anchored, for the officer: 'page 2', 'slide 3', 'Sheet1!B4', '' for the whole document. */
  where: string;
  /** Who wrote it, as the file records it ('' when unknown). */
  author: string;
  /** ISO date and time when the file records it. */
  date: string | null;
  /** What kind of note: 'comment', 'Highlight', 'FreeText', 'footnote'… */
  kind: string;
  text: string;
};

/** A filled-in form field (PDF AcroForm or XFA, OpenDocument form controls). Empty fields are left out. */
export type DocumentField = {
  /** The field's name or, when the form gives one, its accessible label. */
  name: string;
  value: string;
  /** 'page 1', or '' when the form does not say (XFA data). */
  where: string;
};

/** Properties the file declares about itself. Empty strings and nulls when it declares nothing. */
export type DocumentMetadata = {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** Office "last modified by". */
  lastModifiedBy: string;
  /** ISO 8601; UTC with Z when the file gives a zone, without a zone when it does not. */
  created: string | null;
  modified: string | null;
  /**
   * Pages for PDFs; slides for presentations (counted, not as recorded); what the producing
   * application recorded for other Office and OpenDocument files; null otherwise.
   */
  pageCount: number | null;
  /** The program that made the document (PDF Creator, Office Application, HTML generator). */
  application: string;
  /** The library that wrote the PDF (PDF Producer); '' for other formats. */
  producer: string;
  /** The character encoding the text was read in ('utf-8', 'windows-1252', 'ibm866'…); '' for binary formats. */
  encoding: string;
};

/** Something the officer should know about how the text was read. */
export type DocumentProblem = {
  /** 'page 2', 'slide 3', 'Sheet1', 'word/comments.xml', '' for the whole document. */
  where: string;
  message: string;
  /** 'warning': the text is usable but incomplete or interpreted; 'error': a part could not be read. */
  severity: 'warning' | 'error';
};

/** The result for every format. */
export type ExtractedDocument = {
  format: DocumentFormat;
  /**
   * All text for indexing, NFKC-normalised (Arabic presentation forms and Kangxi radicals fold to
   * the letters people type), line ends as LF: the body, then comments and form fields, each
   * under a heading line. PDF pages are separated by a line holding only a form feed (U+000C).
   */
  text: string;
  /** PDF pages in order; [] for other formats. */
  pages: DocumentPage[];
  comments: DocumentComment[];
  fields: DocumentField[];
  /**
   * HTML of the document for a reading view: DOCX converted by mammoth, an HTML file's own markup.
   * Untrusted: it must be sanitised and sandboxed before it is ever rendered. Null for other formats.
   */
  html: string | null;
  metadata: DocumentMetadata;
  problems: DocumentProblem[];
};

/** Why a whole document could not be read. */
export type DocumentErrorReason =
  /** Needs a password that was not given (or none of those given opened it). */
  | 'encrypted'
  /** Damaged beyond what the reader can recover. */
  | 'damaged'
  /** The bytes are not the format the name or type claims. */
  | 'wrong-format'
  /** Bigger than the limits allow (a zip bomb, a part over the size cap). */
  | 'too-large';

/** The whole document cannot be read: encrypted, broken, or not what its name says. */
export class DocumentError extends Error {
  constructor(
    readonly reason: DocumentErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

/** Where pdf.js finds its character maps and standard font data (folders, ending in a slash or not). */
export type PdfAssets = { cMapDir: string | null; standardFontDir: string | null };

/** Bounds on the work one document may cause; each one reached is reported as a warning. */
export type DocumentLimits = {
  /** Characters of text kept (body, comments and fields together). */
  maxTextChars: number;
  /** PDF pages read; also the slides read of a presentation (PPTX, ODP). */
  maxPages: number;
  /** Spreadsheet cells read. */
  maxCells: number;
  /** Bytes one XML part of an Office or OpenDocument package (DOCX, XLSX, PPTX, ODT…) may inflate to. */
  maxPartBytes: number;
  /** Bytes all parts of one such package may inflate to together. */
  maxInflatedBytes: number;
  /** Wall-clock time for reading PDF pages; pages after it are left unread. */
  maxMilliseconds: number;
  /**
   * Pixels (width × height) of the largest PDF image decoded when checking a page for a scan; a
   * larger one is not decoded, and a page that only places such an image is still flagged for OCR.
   */
  maxImagePixels: number;
};

/** Generous for real documents, small enough that a hostile file cannot exhaust a worker. */
export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxTextChars: 16 * 1024 * 1024,
  maxPages: 10_000,
  maxCells: 2_000_000,
  maxPartBytes: 256 * 1024 * 1024,
  maxInflatedBytes: 1024 * 1024 * 1024,
  maxMilliseconds: 10 * 60 * 1000,
  // 600 dpi A3 is 70 Mpx; decoding one costs a few hundred MB for a moment.
  maxImagePixels: 100_000_000,
};

/** What the caller may add to the bytes. */
export type ExtractOptions = {
  /** Aborting stops the work between pages, sheets and parts, rejecting with the signal's reason. */
  signal?: AbortSignal;
  /** Passwords to try on an encrypted PDF, in order (an officer's list for the case). */
  passwords?: readonly string[];
  limits?: Partial<DocumentLimits>;
  /** Where pdf.js's data files are; by default they are looked up next to the pdfjs-dist package. */
  pdfAssets?: PdfAssets;
};

/** What the caller knows about the file besides its bytes. */
export type DocumentHint = { fileName: string; mimeType: string };

/** Metadata with nothing declared. */
export function emptyMetadata(): DocumentMetadata {
  return {
    title: '', author: '', subject: '', keywords: '', lastModifiedBy: '', created: null, modified: null,
    pageCount: null, application: '', producer: '', encoding: '',
  };
}
