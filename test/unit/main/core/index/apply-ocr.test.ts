/**
 * OCR text into the index, on a real scan: the LinnSequencer brochure (docs/pdf/ocrmypdf/
 * linn.pdf, no text layer) is read as ingest reads it, then given OCRmyPDF's transcript
 * (linn.txt) as its page 1, as the OCR job would. The record becomes searchable by the scan's
 * words, keeps its other text, and the full-text index stays consistent.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../main/core/documents/extract-document.js';
import type { IndexedRecord } from '../../../../../main/core/index/record-index.js';
import { SqliteRecordIndex } from '../../../../../main/core/index/sqlite/sqlite-record-index.js';
import { documentFacts } from '../../../../../main/core/ingest/document-record.js';
import type { OcrPageResult } from '../../../../../main/core/ocr/ocr-result.js';
import { IndexOcrStore } from '../../../../../main/core/ocr/index-ocr-store.js';
import { corpusPath } from '../../../../support/corpus.js';
import { indexQuery } from '../../../../support/index-query.js';

async function scannedRecord(): Promise<IndexedRecord> {
  const bytes = new Uint8Array(await readFile(corpusPath('docs', 'pdf', 'ocrmypdf', 'linn.pdf')));
  const document = await extractDocument(bytes, { fileName: 'linn.pdf', mimeType: 'application/pdf' });
  if (document === null) {
    throw new Error('linn.pdf was not read as a PDF');
  }
  return {
    id: 'r_00000001', kind: 'document', parentId: null, familyId: 'r_00000001', partPath: '', title: 'linn.pdf', subject: 'linn.pdf',
    subjectKey: '', replyBySubject: false, from: null, to: [], cc: [], bcc: [], dateIso: null, dateRaw: '', messageId: '', inReplyTo: '',
    references: [], body: document.text, htmlDeflated: null, filename: 'linn.pdf', mimeType: 'application/pdf', names: ['brochure-1985.pdf'],
    childCount: 0, sizeBytes: bytes.length, fileSha256: 'f', contentSha256: 'c',
    location: { sourceId: 's_00000001', custodian: 'Dana', path: 'linn.pdf', locator: '', folder: '', labels: [], itemSha256: 'f', messageId: '' },
    chat: null, document: documentFacts(document, null),
  };
}

function ocrResult(text: string): OcrPageResult {
  return {
    text,
    words: [{ text: 'LinnSequencer', bbox: { x0: 10, y0: 10, x1: 200, y1: 40 }, pointBox: { x0: 2.4, y0: 2.4, x1: 48, y1: 9.6 }, confidence: 93 }],
    meanConfidence: 91.3, widthPx: 2550, heightPx: 3300, dpi: 300, lang: 'eng',
  };
}

describe('RecordIndex.applyOcr', () => {
  let index: SqliteRecordIndex;
  beforeEach(() => {
    index = SqliteRecordIndex.open(':memory:', { clock: () => new Date('2026-02-01T10:00:00Z') });
  });
  afterEach(() => index.close());

  it('makes the scan searchable by its OCR words, keeps its other text, and keeps FTS consistent', async () => {
    const record = await scannedRecord();
    expect(record.document?.pagesNeedingOcr).toEqual([1]);
    await index.writeBatch({ records: [record], errors: [], files: [] });
    expect(await index.ocrWaiting()).toEqual([{ recordId: 'r_00000001', pages: [1], sourceId: 's_00000001' }]);
    const hits = async (phrase: string) => (await index.search(indexQuery({ phrase }))).hits.map((hit) => hit.id);
    expect(await hits('polyphonic')).toEqual([]);

    const transcript = await readFile(corpusPath('docs', 'pdf', 'ocrmypdf', 'linn.txt'), 'utf8');
    await index.applyOcr('r_00000001', [{ page: 1, result: ocrResult(transcript) }]);

    expect(await hits('polyphonic')).toEqual(['r_00000001']);
    expect(await hits('brochure 1985')).toEqual(['r_00000001']);
    const [hit] = (await index.search(indexQuery({ phrase: 'polyphonic' }))).hits;
    expect(hit?.snippet.replace(/[\u0002\u0003]/g, '')).toMatch(/polyphonic/i);
    const [detail] = await index.getRecords(['r_00000001']);
    expect(detail?.body).toContain('The LinnSequencer');
    expect(detail?.contentSha256).toBe('c');
    expect(detail?.document).toMatchObject({ pagesNeedingOcr: [], pageStarts: [0], ocr: { pages: [{ page: 1, meanConfidence: 91.3, lang: 'eng', replacedText: false }] } });
    expect(await index.ocrWaiting()).toEqual([]);
    expect(await index.ocrStatus(60)).toEqual({ pagesWaiting: 0, recordsWaiting: 0, pagesDone: 1, errors: [], lowConfidence: [] });
    // The text can be replaced again (a re-run), and the old words leave the index.
    await index.applyOcr('r_00000001', [{ page: 1, result: { ...ocrResult('Drum machine manual'), meanConfidence: 41 } }]);
    expect(await hits('polyphonic')).toEqual([]);
    expect(await hits('drum machine')).toEqual(['r_00000001']);
    expect((await index.ocrStatus(60)).lowConfidence).toEqual([{ recordId: 'r_00000001', page: 1, meanConfidence: 41 }]);
    expect(integrityCheck(index)).toBe(true);
    // Deleting the record takes its OCR pages and its words with it.
    await index.deleteSource('s_00000001');
    expect(await hits('drum')).toEqual([]);
    expect((await index.ocrStatus(60)).pagesDone).toBe(0);
    expect(integrityCheck(index)).toBe(true);
  });

  it('is the OCR queue store: done after a page or an error, errors listed', async () => {
    await index.writeBatch({ records: [await scannedRecord()], errors: [], files: [] });
    const store = new IndexOcrStore(index);
    expect(await store.isDone('r_00000001', 1)).toBe(false);
    await store.save({ recordId: 'r_00000001', page: 1, kind: 'error', error: { file: 'linn.pdf', page: 1, code: 'source-unreadable', message: 'linn.pdf, page 1: damaged' } });
    expect(await store.isDone('r_00000001', 1)).toBe(true);
    expect(await index.ocrStatus(60)).toEqual({
      pagesWaiting: 0, recordsWaiting: 0, pagesDone: 0, errors: [{ recordId: 'r_00000001', page: 1, message: 'linn.pdf, page 1: damaged' }], lowConfidence: [],
    });
    await store.save({ recordId: 'r_00000001', page: 1, kind: 'page', result: ocrResult('LinnSequencer') });
    expect((await index.ocrStatus(60)).errors).toEqual([]);
  });
});

function integrityCheck(index: SqliteRecordIndex): boolean {
  return index.checkFullText();
}
