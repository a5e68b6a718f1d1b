/**
 * OCR after ingest in Chromium against the real backend in browser mode: a folder holding a
 * two-page scan with no text layer (the LinnSequencer brochure's page twice, as in the contract
 * suite) is added; the OCR panel says its pages wait, in a row for its source read in English,
 * which the officer changes to French; Run OCR shows its progress; then the panel says every
 * page was read, and a word of the transcript is found by search, its row marked "OCR"; on the
 * record's page images the word is marked where OCR read it, on both pages. Screenshots are kept
 * for a reviewer.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, corpusPath } from '../support/corpus.js';
import { OcrPanel } from './pages/ocr-panel.js';
import { PdfPages } from './pages/pdf-pages.js';
import { RecordViewer } from './pages/record-viewer.js';
import { SearchPage } from './pages/search-page.js';
import { SourcesPanel } from './pages/sources-panel.js';
import { StartPage } from './pages/start-page.js';
import { byTestId } from './pages/test-ids.js';
import { useBrowserMode } from './support/browser-mode.js';

const SCREENSHOTS = join(REPO_ROOT, 'build', 'e2e-screenshots');

async function twoPageScan(): Promise<Uint8Array> {
  const source = await PDFDocument.load(await readFile(corpusPath('docs', 'pdf', 'ocrmypdf', 'linn.pdf')));
  const scan = await PDFDocument.create();
  for (const page of await scan.copyPages(source, [0, 0])) {
    scan.addPage(page);
  }
  return scan.save();
}

describe('browser mode, OCR of scanned pages', () => {
  const session = useBrowserMode();

  it('shows the pages waiting, reads them with progress, and finds a word of the transcript', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    const folder = join(app.dataDir, 'scans');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'brochure.pdf'), await twoPageScan());

    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'ocr-case'), 'OCR case');
    const sources = new SourcesPanel(page);
    await sources.show();
    // Reading after each ingest is on by default (the model's test covers it); here the officer
    // starts the run, to see the pages wait first.
    const ocr = new OcrPanel(page);
    await ocr.waitUntilShown();
    await page.getByTestId('ocr-after-ingest').uncheck();
    expect(await sources.addFolder(folder, 'Records office')).toBe('completed');

    await expect.poll(() => ocr.waitingText()).toBe('2 pages in 1 record have no text layer.');
    expect(await ocr.sourceRows.count()).toBe(1);
    expect(await ocr.sourceRows.first().textContent()).toContain('2 pages in 1 record');
    expect(await ocr.sourceLanguage('Records office').inputValue()).toBe('eng');
    await ocr.setSourceLanguage('Records office', 'fra');
    expect(await ocr.sourceLanguage('Records office').inputValue()).toBe('fra');
    // The run's own language is left at the sources' languages.
    expect(await ocr.language.inputValue()).toBe('');
    await ocr.root.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'ocr-languages.png') });
    await ocr.startRun();
    expect(await ocr.progress.textContent()).toMatch(/^(Starting|Finding pages to read|Reading pages: \d of 2)…$/);
    expect(await ocr.waitForRunEnd()).toBe('Read 2 pages.');
    expect(await ocr.waitingText()).toBe('Every scanned page has been read (2 pages by OCR).');

    const search = new SearchPage(page);
    await search.show();
    await search.search('polyphonic');
    expect(await search.rows().count()).toBe(1);
    expect(await byTestId(search.rows().first(), 'result-ocr').textContent()).toBe('OCR');

    // The page image marks where OCR read the word, and lists both pages (the page twice).
    await search.open(0);
    const viewer = new RecordViewer(page);
    await viewer.waitForRecord(await search.recordIdAt(0));
    const pages = new PdfPages(page);
    await pages.show();
    expect(await pages.highlights.count()).toBeGreaterThanOrEqual(1);
    expect(await pages.hitLine.textContent()).toMatch(/^\d+ words? the search hits (is|are) marked on this page\. OCR text hit on pages: 1, 2$/);
    const [imageBox, markBox] = await Promise.all([pages.image.boundingBox(), pages.highlights.first().boundingBox()]);
    // The mark lies within the page as shown, and is a word's size, not the page's.
    expect(markBox).not.toBeNull();
    expect(markBox?.x ?? -1).toBeGreaterThanOrEqual(imageBox?.x ?? 0);
    expect((markBox?.y ?? 0) + (markBox?.height ?? 0)).toBeLessThanOrEqual((imageBox?.y ?? 0) + (imageBox?.height ?? 0));
    expect(markBox?.width ?? 0).toBeLessThan((imageBox?.width ?? 0) / 3);
    await pages.hitPageButtons.nth(1).click();
    await pages.waitForPage(2);
    expect(await pages.highlights.count()).toBeGreaterThanOrEqual(1);
    await pages.root.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'ocr-search-hits.png') });

    await sources.show();
    await ocr.root.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'ocr.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
