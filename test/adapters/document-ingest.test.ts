/**
 * Documents through the real pipeline and worker thread, on the corpus's real files: their text
 * searchable, their properties and pages kept, scans flagged for OCR, presentations and
 * OpenDocument files read, and a document whose text cannot be read (encrypted, damaged) still a
 * record with the reason named. Email attachments are
 * read by the same extractors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteRecordIndex } from '../../main/core/index/sqlite/sqlite-record-index.js';
import { runIngest, type IngestOutcome } from '../../main/core/ingest/pipeline.js';
import type { RecordDetail } from '../../shared/model/record.js';
import { NEUTRAL_READ_OPTIONS } from '../../shared/model/case.js';
import { corpusPath } from '../support/corpus.js';
import { TEST_WORKER_PATH } from '../support/test-host.js';
import { indexQuery } from '../support/index-query.js';

type Ingested = { index: SqliteRecordIndex; outcome: IngestOutcome; byPath(path: string): Promise<RecordDetail> };

async function ingest(path: string): Promise<Ingested> {
  const index = SqliteRecordIndex.open(':memory:');
  const outcome = await runIngest(
    { jobId: 'job_d', sourceId: 's_00000001', path, custodian: 'Custodian', options: NEUTRAL_READ_OPTIONS, rereadAll: false, lastRunFinished: true },
    { index, signal: new AbortController().signal, onProgress: () => undefined, workerPath: TEST_WORKER_PATH, workerCount: 2 },
  );
  const result = await index.search(indexQuery());
  const records = await index.getRecords(result.hits.map((hit) => hit.id));
  return {
    index,
    outcome,
    byPath: async (wanted) => {
      const found = records.find((record) => record.locations.some((location) => location.path === wanted));
      if (!found) {
        throw new Error(`no record for ${wanted}`);
      }
      return found;
    },
  };
}

async function hits(index: SqliteRecordIndex, phrase: string): Promise<string[]> {
  const result = await index.search(indexQuery({ phrase, pageSize: 50 }));
  const records = await index.getRecords(result.hits.map((hit) => hit.id));
  return records.map((record) => record.locations[0]?.path ?? '');
}

describe('the corpus documents', () => {
  let docs: Ingested;
  beforeAll(async () => {
    docs = await ingest(corpusPath('docs'));
  }, 120_000);
  afterAll(() => docs.index.close());

  it('indexes PDFs, Word, Excel, PowerPoint, OpenDocument, HTML, RTF and text files as documents, naming the formats it does not read', () => {
    // 94 documents, and the one file inside mammoth's hello.zip (an archive read as a folder).
    expect(docs.outcome.counts.recordsByKind.document).toBe(95);
    expect(docs.outcome.errors.find((error) => error.path === 'mammoth/empty.zip')?.message).toBe('The archive holds no readable files');
    const unread = docs.outcome.errors.filter((error) => /^Not indexed/.test(error.message));
    // Legacy binary XLS files are not read: each is named for what it is, none silently skipped.
    expect(new Set(unread.map((error) => error.path.split('.').pop()))).toEqual(new Set(['xls']));
    expect(unread.find((error) => error.path === 'xls/poi/1900DateWindowing.xls')?.message).toBe(
      'Not indexed: Excel 97–2003 workbook (.xls) is a legacy binary Office format whose text is not read yet; saved as .docx, .xlsx or .pptx (or PDF) it can be indexed',
    );
  });

  it('keeps a document that cannot be read as a record, with the reason', async () => {
    const unreadable = [
      'docx/tika/testWORD_protected_passtika.docx', 'xlsx/tika/testEXCEL_protected_passtika.xlsx', 'odt/tika/testODTEncrypted.odt',
      'pdf/pdfjs/issue6010_1.pdf', 'pdf/pdfjs/REDHAT-1531897-0.pdf',
    ];
    for (const path of unreadable) {
      const record = await docs.byPath(path);
      expect(record).toMatchObject({ kind: 'document', body: '', document: null });
      expect(docs.outcome.errors.find((error) => error.path === path)?.message).toMatch(/^Text not read \((encrypted|damaged)\)/);
    }
  });

  it('reads PDF text per page, annotations that are not page text, and flags scanned pages for OCR', async () => {
    const manual = await docs.byPath('pdf/libtasn1.pdf');
    expect(manual.document).toMatchObject({ format: 'pdf', pageCount: 36 });
    expect(manual.document?.pageStarts).toHaveLength(36);
    expect(manual.body.slice(manual.document!.pageStarts[1]!)).toMatch(/\S/);
    expect(await hits(docs.index, 'Highlight content')).toContain('pdf/pdfjs/annotation-highlight.pdf');
    const scan = await docs.byPath('pdf/pdfjs/issue7229.pdf');
    expect(scan.document).toMatchObject({ pageCount: 2, pagesNeedingOcr: [1, 2] });
    expect(docs.outcome.errors.some((error) => error.path === 'pdf/pdfjs/xfa_filled_imm1344e.pdf' && /XFA/.test(error.message))).toBe(true);
  });

  it('reads PowerPoint and OpenDocument files: slides, comments and footnotes searchable, slides counted, types named', async () => {
    expect(await hits(docs.index, 'Thin Film Partnership Subcontract Budgets')).toEqual(['pptx/tika/testMSChart-govdocs-428996.pptx']);
    const commented = await docs.byPath('pptx/tika/testComment.pptx');
    expect(commented.document).toMatchObject({ format: 'pptx', pageCount: 1, author: 'Michael McCandless' });
    expect(commented.body).toContain('Here is a comment');
    expect(await hits(docs.index, 'simple footnote')).toEqual(['odt/tika/testODFwithOOo3.odt']);
    const odt = await docs.byPath('odt/tika/testODFwithOOo3.odt');
    expect(odt).toMatchObject({ title: 'Apache Tika', mimeType: 'application/vnd.oasis.opendocument.text' });
    expect(odt.document).toMatchObject({ format: 'odt', author: 'Bart Hanssens', pageCount: 2 });
    expect(docs.outcome.errors.some((error) => error.path === 'odt/tika/testODFwithOOo3.odt' && /tracked changes/.test(error.message))).toBe(true);
    const sheet = await docs.byPath('ods/tika/test-columnar.ods');
    expect(sheet.document?.format).toBe('ods');
    expect(sheet.body).toContain('Record Number\tSquare of the Record Number');
  });

  it('reads DOCX without deleted tracked text, with its properties, and text files in their own encodings', async () => {
    const tracked = await docs.byPath('docx/poi/delins.docx');
    expect(tracked.body).not.toContain('DragonLance');
    expect(tracked.document).toMatchObject({ format: 'docx', author: 'pavel' });
    expect(docs.outcome.errors.some((error) => error.path === 'docx/poi/delins.docx' && /tracked/i.test(error.message))).toBe(true);
    const russian = await docs.byPath('csv/tika/russian.cp866.txt');
    expect(russian.document?.encoding).toBe('ibm866');
    expect(russian.body).toMatch(/[А-Яа-я]{4}/);
    const csv = await docs.byPath('csv/sheetjs/apachepoi_AverageTaxRates.xlsx.0.csv');
    expect(csv.body).toContain('€');
    expect(csv.mimeType).toBe('text/csv');
  });
});

describe('email attachments', () => {
  it('get their text from the same document extractors', async () => {
    const mail = await ingest(corpusPath('email', 'pst', 'aspose-email'));
    try {
      const found = await hits(mail.index, 'Aspose');
      expect(found.length).toBeGreaterThan(0);
      const result = await mail.index.search(indexQuery({ kinds: ['attachment'] }));
      const attachments = await mail.index.getRecords(result.hits.map((hit) => hit.id));
      const docx = attachments.find((record) => record.filename === 'Aspose.Netwrok for Java.docx');
      expect(docx?.document?.format).toBe('docx');
      expect(docx?.body.length).toBeGreaterThan(100);
      const pdf = attachments.find((record) => record.filename === 'Invitation.pdf');
      expect(pdf?.document?.format).toBe('pdf');
      expect(pdf?.body.length).toBeGreaterThan(100);
    } finally {
      mail.index.close();
    }
  });
});
