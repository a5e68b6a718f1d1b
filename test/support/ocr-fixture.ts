/**
 * Real OCR output for the packet and mapping tests: the first lines of page 1 of the corpus scan
 * docs/pdf/ocrmypdf/linn.pdf as OcrEngine read them (English, 300 dpi), saved once in
 * test/fixtures/ocr/linn-page-1.json, so that tests get Tesseract's real words, boxes and line
 * breaks without running Tesseract. `scannedBody` puts that text in a record's body as the OCR
 * job does (merge-ocr-text.ts), on as many pages as asked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentFacts } from '../../shared/model/record.js';
import type { OcrPageWords } from '../../main/core/index/record-index.js';
import { mergeOcrText } from '../../main/core/ocr/merge-ocr-text.js';
import type { OcrWord } from '../../main/core/ocr/ocr-result.js';
import { REPO_ROOT } from './corpus.js';

export type OcrFixture = { page: number; widthPx: number; heightPx: number; dpi: number; meanConfidence: number; text: string; words: OcrWord[] };

export function linnPage1(): OcrFixture {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'ocr', 'linn-page-1.json'), 'utf8')) as OcrFixture;
}

/** The fixture as the index returns an OCR'd page (RecordIndex.ocrPages), as page `page`. */
export function ocrPageWords(fixture: OcrFixture, page: number): OcrPageWords {
  return { page, text: fixture.text, meanConfidence: fixture.meanConfidence, words: fixture.words, dpi: fixture.dpi, widthPx: fixture.widthPx, heightPx: fixture.heightPx };
}

/** A scanned PDF's body and facts once OCR read `pages` pages, each with the fixture's text. */
export function scannedBody(fixture: OcrFixture, pages: number): { body: string; document: DocumentFacts } {
  const facts: DocumentFacts = {
    format: 'pdf', title: '', author: '', created: null, modified: null, fileModified: null, application: '', encoding: '',
    pageCount: pages, pageStarts: Array.from({ length: pages }, () => 0), pagesNeedingOcr: Array.from({ length: pages }, (_, index) => index + 1),
  };
  const ocr = Array.from({ length: pages }, (_, index) => ({ page: index + 1, text: fixture.text, meanConfidence: fixture.meanConfidence, lang: 'eng' }));
  return mergeOcrText('', facts, ocr);
}
