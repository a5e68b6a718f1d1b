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

/** Image types OCR reads (decode-image.ts), by MIME type and by file name. */
const IMAGE_TYPES = "'image/png', 'image/jpeg', 'image/tiff', 'image/webp'";
const IMAGE_NAMES = ['png', 'jpg', 'jpeg', 'tif', 'tiff', 'webp'].map((extension) => `lower(filename) GLOB '*.${extension}'`).join(' OR ');

/**
 * The records that may need OCR, as an SQL condition on `records` (unaliased): documents with
 * pages that had no text layer, and images. A query must repeat it word for word to use the
 * index that this migration builds on it.
 */
export const OCR_CANDIDATE_SQL = `((document_json IS NOT NULL AND json_array_length(document_json, '$.pagesNeedingOcr') > 0) OR mime_type IN (${IMAGE_TYPES}) OR ${IMAGE_NAMES})`;

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
    CREATE INDEX records_ocr_candidates ON records(kind) WHERE ${OCR_CANDIDATE_SQL};
  `);
}
