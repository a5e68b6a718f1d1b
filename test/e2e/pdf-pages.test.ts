/**
 * A PDF record's pages in the record viewer, in Chromium against the real backend in browser
 * mode: the Text view comes first, "Pages" shows page 1 as an image the backend drew from the
 * source file, Next (clicked, then by keyboard) goes on to the next pages, and Previous is
 * inactive on the first page but stays in the tab order. A screenshot is kept for a reviewer.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, corpusPath } from '../support/corpus.js';
import { PdfPages } from './pages/pdf-pages.js';
import { RecordViewer } from './pages/record-viewer.js';
import { SearchPage } from './pages/search-page.js';
import { SourcesPanel } from './pages/sources-panel.js';
import { StartPage } from './pages/start-page.js';
import { useBrowserMode } from './support/browser-mode.js';

/** Where e2e screenshots are kept, for a reviewer to look at after a run. */
const SCREENSHOTS = join(REPO_ROOT, 'build', 'e2e-screenshots');
/** The GNU Libtasn1 manual: 36 US-letter pages of text (pdfinfo). */
const MANUAL = corpusPath('docs', 'pdf', 'libtasn1.pdf');

describe('browser mode, a PDF’s pages', () => {
  const session = useBrowserMode();

  it('shows the text first, then the pages as images, one at a time', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    const folder = join(app.dataDir, 'pdfs');
    await mkdir(folder, { recursive: true });
    await copyFile(MANUAL, join(folder, 'libtasn1.pdf'));

    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'pdf-case'), 'PDF pages case');
    const sources = new SourcesPanel(page);
    await sources.show();
    expect(await sources.addFolder(folder, 'Dana Clerk')).toBe('completed');

    const search = new SearchPage(page);
    await search.show();
    await search.search('"Abstract Syntax Notation" kind:document');
    expect(await search.rows().count()).toBe(1);
    await search.open(0);
    const viewer = new RecordViewer(page);
    await viewer.waitForRecord(await search.recordIdAt(0));
    expect(await viewer.bodyView()).toBe('text');
    expect(await viewer.bodyText()).toContain('Abstract Syntax Notation One');

    const pages = new PdfPages(page);
    await pages.show();
    expect(await viewer.bodyView()).toBe('pages');
    expect(await pages.status.textContent()).toBe('Page 1 of 36');
    const size = await pages.naturalSize();
    expect(size.width).toBeGreaterThan(0);
    // US letter: 612 × 792 points.
    expect(size.height / size.width).toBeCloseTo(792 / 612, 2);
    expect(await pages.image.getAttribute('alt')).toMatch(/^Page 1 of 36 of /);
    expect(await pages.image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await pages.previousButton.getAttribute('aria-disabled')).toBe('true');
    expect(await pages.needsOcr.count()).toBe(0);

    await pages.nextButton.click();
    await pages.waitForPage(2);
    expect(await pages.status.textContent()).toBe('Page 2 of 36');
    expect((await pages.naturalSize()).width).toBeGreaterThan(0);
    expect(await pages.previousButton.getAttribute('aria-disabled')).toBe('false');

    // By keyboard: Tab from Previous reaches Next, and Enter on it turns the page.
    await pages.previousButton.focus();
    await page.keyboard.press('Tab');
    expect(await pages.nextButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await pages.waitForPage(3);
    expect(await pages.status.textContent()).toBe('Page 3 of 36');

    await mkdir(SCREENSHOTS, { recursive: true });
    // The viewer scrolls inside its column: bring the page buttons and the image into view.
    await pages.root.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'record-pdf-pages.png') });

    await viewer.showText();
    expect(await viewer.bodyText()).toContain('Abstract Syntax Notation One');
    expect(app.pageErrors).toEqual([]);
  });
});
