/**
 * OCR of a real scan against its reference transcript: the 1985 LinnSequencer brochure
 * (docs/pdf/ocrmypdf/linn.pdf, a 300 dpi 1-bit two-column scan with no text layer) and
 * OCRmyPDF's transcription of it (linn.txt). The character error rate is printed; the bound is
 * the rate measured when this was written (0.0098 at 300 dpi) with room for Tesseract builds
 * that break ties differently. A Russian scan checks script detection: Cyrillic is found, and
 * since no Russian data package exists on the registry, the page is reported, not misread.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { characterErrorRate } from '../../../../../main/core/ocr/character-error-rate.js';
import { OcrEngine } from '../../../../../main/core/ocr/ocr-engine.js';
import { DEFAULT_PDF_DPI } from '../../../../../main/core/ocr/ocr-page-source.js';
import { lowConfidencePages, type OcrPageOutcome } from '../../../../../main/core/ocr/ocr-result.js';
import { corpusPath } from '../../../../support/corpus.js';

const MAX_CER = 0.03;

const engine = new OcrEngine({ workers: 1 });

afterAll(async () => {
  await engine.dispose();
});

describe('OCR of the corpus scan', () => {
  it(`reads linn.pdf at ${DEFAULT_PDF_DPI} dpi within a character error rate of ${MAX_CER} of linn.txt`, async () => {
    const bytes = new Uint8Array(await readFile(corpusPath('docs', 'pdf', 'ocrmypdf', 'linn.pdf')));
    const reference = await readFile(corpusPath('docs', 'pdf', 'ocrmypdf', 'linn.txt'), 'utf8');
    const outcomes: OcrPageOutcome[] = [];
    for await (const outcome of engine.recognizePages({ file: 'linn.pdf', bytes }, { lang: 'eng' })) {
      outcomes.push(outcome);
    }
    const pages = outcomes.flatMap((outcome) => (outcome.kind === 'page' ? [outcome] : []));
    expect(pages).toHaveLength(1);
    const page = pages[0];
    if (page === undefined) {
      return;
    }
    const cer = characterErrorRate(page.result.text, reference);
    console.info(`linn.pdf at ${DEFAULT_PDF_DPI} dpi: CER ${cer.toFixed(4)}, mean confidence ${page.result.meanConfidence}, ${page.result.words.length} words`);
    expect(cer).toBeLessThanOrEqual(MAX_CER);
    // A US Letter page: 8.5 × 11 in at the chosen resolution, every word boxed inside it, in points too.
    expect(page.result).toMatchObject({ widthPx: 8.5 * DEFAULT_PDF_DPI, heightPx: 11 * DEFAULT_PDF_DPI, dpi: DEFAULT_PDF_DPI });
    for (const word of page.result.words) {
      expect(word.bbox.x1).toBeLessThanOrEqual(page.result.widthPx);
      expect(word.pointBox?.y1).toBeLessThanOrEqual(792);
    }
    expect(page.result.text).toContain('The LinnSequencer');
    expect(lowConfidencePages(pages)).toEqual([]);
  });

  it('detects the Cyrillic script of a Russian scan with lang auto, and says no language reads it', async () => {
    // docs/pdf/pdfjs/issue7229.pdf: a vehicle inspection certificate scanned at 200 dpi, no text layer.
    const bytes = new Uint8Array(await readFile(corpusPath('docs', 'pdf', 'pdfjs', 'issue7229.pdf')));
    const outcomes: OcrPageOutcome[] = [];
    for await (const outcome of engine.recognizePages({ file: 'issue7229.pdf', bytes, pages: [1] }, { lang: 'auto' })) {
      outcomes.push(outcome);
    }
    expect(outcomes).toEqual([{ kind: 'error', error: expect.objectContaining({ file: 'issue7229.pdf', page: 1, code: 'unsupported' }) }]);
    expect(outcomes[0]?.kind === 'error' && outcomes[0].error.message).toMatch(/Cyrillic script, and no OCR language for it is installed/);
  });
});
