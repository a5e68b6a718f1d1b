/**
 * OCR outcomes in the index: a page's text put into its record's body (and so into search), its
 * words kept in `ocr_pages`, and the state of the case's OCR work read back.
 *
 * The text columns of an indexed record are frozen by triggers (hot-cold-migration.ts), because
 * FTS5 deletes a row by re-reading its text: changed text would leave the old tokens behind. So
 * a record's text changes here only as one transaction in this order: the full-text entry is
 * deleted while the old text is still readable, the body row is replaced (DELETE + INSERT, as
 * UPDATE is refused), the document facts are updated, and the entry is added again from the
 * new text. The content hash, the record's dedup key, is left as ingest computed it.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/errors.js';
import type { OcrStatus } from '../../../../shared/model/ocr.js';
import type { DocumentFacts } from '../../../../shared/model/record.js';
import { mergeOcrText } from '../../ocr/merge-ocr-text.js';
import type { OcrPageResult, OcrWord } from '../../ocr/ocr-result.js';
import type { OcrPageWords, OcrWaitingRecord } from '../record-index.js';
import { OCR_CANDIDATE_SQL } from './ocr-page-migration.js';
import { deflateText } from './sqlite-functions.js';

const TEXT_COLUMNS = 'subject, sender, to_text, cc_text, bcc_text, body, names';

type PageRow = { page: number; text: string; mean_confidence: number; words: string | null; dpi: number | null; width_px: number; height_px: number };

type CandidateRow = { id: string; rowid: number; document_json: string | null; empty_body: number; done_pages: string | null; source_id: string | null };

/** Pages of one record still waiting, from its facts and the pages `ocr_pages` has. Pure. */
export function waitingPages(document: DocumentFacts | null, emptyBody: boolean, donePages: ReadonlySet<number>): number[] | null | 'none' {
  if (document !== null && document.pagesNeedingOcr.length > 0) {
    const pages = document.pagesNeedingOcr.filter((page) => !donePages.has(page));
    return pages.length > 0 ? pages : 'none';
  }
  // An image: its pages are counted when it is opened; one outcome of any page means it was read.
  return emptyBody && donePages.size === 0 ? null : 'none';
}

export class OcrWriter {
  private readonly statements;

  constructor(private readonly db: Database) {
    this.statements = {
      record: db.prepare(
        `SELECT r.rowid AS rowid, r.document_json AS document_json, coalesce(foia_inflate(b.body_deflated), '') AS body
         FROM records r LEFT JOIN record_bodies b ON b.record_rowid = r.rowid WHERE r.id = ?`,
      ),
      unindex: db.prepare(`INSERT INTO records_fts (records_fts, rowid, ${TEXT_COLUMNS}) SELECT 'delete', rid, ${TEXT_COLUMNS} FROM record_text WHERE rid = ?`),
      deleteBody: db.prepare('DELETE FROM record_bodies WHERE record_rowid = ?'),
      insertBody: db.prepare('INSERT INTO record_bodies (record_rowid, body_deflated) VALUES (?, ?)'),
      updateDocument: db.prepare('UPDATE records SET document_json = ? WHERE rowid = ?'),
      index: db.prepare(`INSERT INTO records_fts (rowid, ${TEXT_COLUMNS}) SELECT rid, ${TEXT_COLUMNS} FROM record_text WHERE rid = ?`),
      savePage: db.prepare(
        `INSERT OR REPLACE INTO ocr_pages (record_rowid, page, lang, text, mean_confidence, word_count, words_deflated, dpi, width_px, height_px, created_at, error)
         VALUES (@rowid, @page, @lang, @text, @meanConfidence, @wordCount, foia_deflate(@words), @dpi, @widthPx, @heightPx, @createdAt, NULL)`,
      ),
      saveError: db.prepare(
        `INSERT OR REPLACE INTO ocr_pages (record_rowid, page, lang, text, mean_confidence, word_count, words_deflated, dpi, width_px, height_px, created_at, error)
         VALUES (?, ?, '', '', 0, 0, NULL, NULL, 0, 0, ?, ?)`,
      ),
      isDone: db.prepare('SELECT 1 FROM ocr_pages o JOIN records r ON r.rowid = o.record_rowid WHERE r.id = ? AND o.page = ?').pluck(),
      candidates: db.prepare(
        `SELECT id, rowid, document_json, (SELECT coalesce(foia_inflate(b.body_deflated), '') = '' FROM record_bodies b WHERE b.record_rowid = records.rowid) AS empty_body,
           (SELECT group_concat(page) FROM ocr_pages o WHERE o.record_rowid = records.rowid) AS done_pages,
           (SELECT l.source_id FROM record_locations l WHERE l.record_id = records.id ORDER BY l.source_id, l.path, l.locator LIMIT 1) AS source_id
         FROM records WHERE ${OCR_CANDIDATE_SQL} ORDER BY rowid`,
      ),
      pages: db.prepare(
        `SELECT o.page, o.text, o.mean_confidence, foia_inflate(o.words_deflated) AS words, o.dpi, o.width_px, o.height_px
         FROM ocr_pages o JOIN records r ON r.rowid = o.record_rowid WHERE r.id = ? AND o.error IS NULL ORDER BY o.page`,
      ),
      pagesDone: db.prepare('SELECT count(*) FROM ocr_pages WHERE error IS NULL').pluck(),
      errors: db.prepare('SELECT r.id AS recordId, o.page, o.error AS message FROM ocr_pages o JOIN records r ON r.rowid = o.record_rowid WHERE o.error IS NOT NULL ORDER BY r.rowid, o.page'),
      lowConfidence: db.prepare(
        `SELECT r.id AS recordId, o.page, o.mean_confidence AS meanConfidence FROM ocr_pages o JOIN records r ON r.rowid = o.record_rowid
         WHERE o.error IS NULL AND o.word_count > 0 AND o.mean_confidence < ? ORDER BY r.rowid, o.page`,
      ),
    };
  }

  /** Puts OCR's text of `pages` into the record and keeps the pages' words. One transaction. */
  apply(recordId: string, pages: ReadonlyArray<{ page: number; result: OcrPageResult }>, createdAt: string): void {
    const { record, unindex, deleteBody, insertBody, updateDocument, index, savePage } = this.statements;
    this.db.transaction(() => {
      const row = record.get(recordId) as { rowid: number; document_json: string | null; body: string } | undefined;
      if (row === undefined) {
        throw new AppError('not-found', `No record ${recordId} in this case`, { recordId });
      }
      const document = row.document_json === null ? null : (JSON.parse(row.document_json) as DocumentFacts);
      const merged = mergeOcrText(
        row.body,
        document,
        pages.map(({ page, result }) => ({ page, text: result.text, meanConfidence: result.meanConfidence, lang: result.lang })),
      );
      unindex.run(row.rowid);
      deleteBody.run(row.rowid);
      insertBody.run(row.rowid, deflateText(merged.body));
      updateDocument.run(JSON.stringify(merged.document), row.rowid);
      index.run(row.rowid);
      for (const { page, result } of pages) {
        savePage.run({
          rowid: row.rowid,
          page,
          lang: result.lang,
          text: result.text,
          meanConfidence: result.meanConfidence,
          wordCount: result.words.length,
          words: JSON.stringify(result.words),
          dpi: result.dpi,
          widthPx: result.widthPx,
          heightPx: result.heightPx,
          createdAt,
        });
      }
    })();
  }

  /** Notes that `page` could not be read, so that a resumed run does not try it again. */
  saveError(recordId: string, page: number, message: string, createdAt: string): void {
    const row = this.statements.record.get(recordId) as { rowid: number } | undefined;
    if (row === undefined) {
      throw new AppError('not-found', `No record ${recordId} in this case`, { recordId });
    }
    this.statements.saveError.run(row.rowid, page, createdAt, message);
  }

  isDone(recordId: string, page: number): boolean {
    return this.statements.isDone.get(recordId, page) !== undefined;
  }

  /** The pages of `recordId` OCR read, with their words (see RecordIndex.ocrPages). */
  pages(recordId: string): OcrPageWords[] {
    return (this.statements.pages.all(recordId) as PageRow[]).map((row) => ({
      page: row.page,
      text: row.text,
      meanConfidence: row.mean_confidence,
      words: row.words === null || row.words === '' ? [] : (JSON.parse(row.words) as OcrWord[]),
      dpi: row.dpi,
      widthPx: row.width_px,
      heightPx: row.height_px,
    }));
  }

  waiting(): OcrWaitingRecord[] {
    const waiting: OcrWaitingRecord[] = [];
    for (const row of this.statements.candidates.all() as CandidateRow[]) {
      const document = row.document_json === null ? null : (JSON.parse(row.document_json) as DocumentFacts);
      const done = new Set((row.done_pages ?? '').split(',').filter((page) => page !== '').map(Number));
      const pages = waitingPages(document, row.empty_body === 1, done);
      if (pages !== 'none') {
        waiting.push({ recordId: row.id, pages, sourceId: row.source_id });
      }
    }
    return waiting;
  }

  status(lowConfidenceBelow: number, waiting: readonly OcrWaitingRecord[] = this.waiting()): OcrStatus {
    const { pagesDone, errors, lowConfidence } = this.statements;
    return {
      pagesWaiting: waiting.reduce((sum, record) => sum + (record.pages?.length ?? 1), 0),
      recordsWaiting: waiting.length,
      pagesDone: pagesDone.get() as number,
      errors: errors.all() as OcrStatus['errors'],
      lowConfidence: lowConfidence.all(lowConfidenceBelow) as OcrStatus['lowConfidence'],
    };
  }
}
