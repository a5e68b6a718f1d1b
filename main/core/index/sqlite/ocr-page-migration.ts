/**
 * Index migration 10: OCR outcomes per page (`ocr_pages`), so that OCR after ingest is a job
 * that resumes where it stopped and a page is never read twice, and so that the words OCR found
 * keep their boxes for highlighting hits and burning redactions into page images.
 *
 * A row is one page of one record: either what OCR read (its text, mean confidence, words as
 * deflated JSON, the image's size and resolution) or, in `error`, why the page could not be
 * read. The record's searchable body holds the OCR text too (record_bodies): that copy is what
 * search and the viewer read; this one is what the page was, word by word. Rows go with their
 * record.
 *
 * The partial index lists the records that may need OCR (scanned PDF pages, images), so that
 * the OCR status never scans every record.
 */
import type { Database } from 'better-sqlite3';

/** The condition on `records` (unaliased) for documents with pages needing OCR, or images of `types` and `extensions`. */
function candidateSql(types: readonly string[], extensions: readonly string[]): string {
  const names = extensions.map((extension) => `lower(filename) GLOB '*.${extension}'`).join(' OR ');
  return `((document_json IS NOT NULL AND json_array_length(document_json, '$.pagesNeedingOcr') > 0) OR mime_type IN (${types.map((type) => `'${type}'`).join(', ')}) OR ${names})`;
}

/** Migration 10's condition, kept as it was so that upgrading through 10 builds what 10 built. */
const OCR_CANDIDATE_SQL_V10 = candidateSql(['image/png', 'image/jpeg', 'image/tiff', 'image/webp'], ['png', 'jpg', 'jpeg', 'tif', 'tiff', 'webp']);

/**
 * The records that may need OCR, as an SQL condition on `records` (unaliased): documents with
 * pages that had no text layer, and images of every type OCR reads (decode-image.ts), by MIME
 * type and by file name. A query must repeat it word for word to use the partial index that
 * migration 11 builds on it.
 */
export const OCR_CANDIDATE_SQL = candidateSql(['image/png', 'image/jpeg', 'image/tiff', 'image/webp', 'image/gif'], ['png', 'jpg', 'jpeg', 'tif', 'tiff', 'webp', 'gif']);

export function ocrPages(db: Database): void {
  db.exec(`
    CREATE TABLE ocr_pages (
      record_rowid INTEGER NOT NULL,
      page INTEGER NOT NULL,
      lang TEXT NOT NULL,
      text TEXT NOT NULL,
      mean_confidence REAL NOT NULL,
      word_count INTEGER NOT NULL,
      -- foia_deflate of the words' JSON (OcrWord[]: text, pixel box, point box, confidence).
      words_deflated BLOB,
      dpi INTEGER,
      width_px INTEGER NOT NULL,
      height_px INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      -- Why the page could not be read; NULL for a page read.
      error TEXT,
      PRIMARY KEY (record_rowid, page)
    ) WITHOUT ROWID;
    CREATE TRIGGER records_ad_ocr AFTER DELETE ON records BEGIN
      DELETE FROM ocr_pages WHERE record_rowid = old.rowid;
    END;
    CREATE INDEX records_ocr_candidates ON records(kind) WHERE ${OCR_CANDIDATE_SQL_V10};
  `);
}

/**
 * Index migration 11: GIF images are OCR candidates too (a scanned form sent as a GIF
 * attachment). The partial index is rebuilt on the wider condition.
 */
export function ocrCandidateGifs(db: Database): void {
  db.exec(`
    DROP INDEX records_ocr_candidates;
    CREATE INDEX records_ocr_candidates ON records(kind) WHERE ${OCR_CANDIDATE_SQL};
  `);
}
