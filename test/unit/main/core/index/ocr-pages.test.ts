/**
 * RecordIndex.ocrPages: the words OCR kept for a record's pages, read back as written (with
 * Tesseract's real words from test/support/ocr-fixture.ts), in page order, without failed pages.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IndexedRecord } from '../../../../../main/core/index/record-index.js';
import { SqliteRecordIndex } from '../../../../../main/core/index/sqlite/sqlite-record-index.js';
import { linnPage1, scannedBody } from '../../../../support/ocr-fixture.js';

function scanRecord(): IndexedRecord {
  const { document } = scannedBody(linnPage1(), 2);
  return {
    id: 'r_00000001', kind: 'document', parentId: null, familyId: 'r_00000001', partPath: '', title: 'scan.pdf', subject: 'scan.pdf',
    subjectKey: '', replyBySubject: false, from: null, to: [], cc: [], bcc: [], dateIso: null, dateRaw: '', messageId: '', inReplyTo: '',
    references: [], body: '', htmlDeflated: null, filename: 'scan.pdf', mimeType: 'application/pdf', names: [],
    childCount: 0, sizeBytes: 1, fileSha256: 'f', contentSha256: 'c',
    location: { sourceId: 's_00000001', custodian: 'Dana', path: 'scan.pdf', locator: '', folder: '', labels: [], itemSha256: 'f', messageId: '' },
    chat: null,
    // As ingest leaves a scan: both pages waiting for OCR, no text yet.
    document: { ...document, pageStarts: [0, 0], pagesNeedingOcr: [1, 2], ocr: undefined },
  };
}

describe('RecordIndex.ocrPages', () => {
  let index: SqliteRecordIndex;
  beforeEach(() => {
    index = SqliteRecordIndex.open(':memory:', { clock: () => new Date('2026-02-01T10:00:00Z') });
  });
  afterEach(() => index.close());

  it('reads back each page OCR read with its words, boxes and size; skips failed pages; [] for an unknown record', async () => {
    const fixture = linnPage1();
    await index.writeBatch({ records: [scanRecord()], errors: [], files: [] });
    expect(await index.ocrPages('r_00000001')).toEqual([]);
    const result = { text: fixture.text, words: fixture.words, meanConfidence: fixture.meanConfidence, widthPx: fixture.widthPx, heightPx: fixture.heightPx, dpi: fixture.dpi, lang: 'eng' as const };
    await index.applyOcr('r_00000001', [{ page: 2, result }]);
    await index.saveOcrError('r_00000001', 1, 'Tesseract timed out');

    const pages = await index.ocrPages('r_00000001');
    expect(pages).toEqual([{ page: 2, text: fixture.text, meanConfidence: fixture.meanConfidence, words: fixture.words, dpi: 300, widthPx: 2550, heightPx: 3300 }]);
    expect(pages[0]?.words[1]).toMatchObject({ text: 'LinnSequencer', bbox: { x0: 1061 }, pointBox: { x0: 254.64 } });
    expect(await index.ocrPages('r_nope')).toEqual([]);
  });
});
