/**
 * The Pages view of a PDF or image record in the record viewer: the "Pages" switch beside Text,
 * the page image the backend drew, "Page n of N", Previous / Next page, the "needs OCR" label,
 * and the search's hits marked on a page OCR read, with the pages hit.
 */
import type { Locator, Page } from 'playwright-core';
import { byTestId, QUICK_MS } from './test-ids.js';

export class PdfPages {
  readonly pagesViewButton: Locator;
  readonly root: Locator;
  readonly image: Locator;
  readonly status: Locator;
  readonly previousButton: Locator;
  readonly nextButton: Locator;
  readonly needsOcr: Locator;
  readonly error: Locator;
  /** The rectangles marking the search's hits over the image. */
  readonly highlights: Locator;
  readonly hitLine: Locator;
  readonly hitPageButtons: Locator;

  constructor(readonly page: Page) {
    this.pagesViewButton = byTestId(page, 'record-view-pages');
    this.root = byTestId(page, 'pdf-pages');
    this.image = byTestId(this.root, 'pdf-page-image');
    this.status = byTestId(this.root, 'pdf-page-status');
    this.previousButton = byTestId(this.root, 'pdf-page-previous');
    this.nextButton = byTestId(this.root, 'pdf-page-next');
    this.needsOcr = byTestId(this.root, 'pdf-page-needs-ocr');
    this.error = byTestId(this.root, 'pdf-page-error');
    this.highlights = byTestId(this.root, 'pdf-page-highlights').locator('rect');
    this.hitLine = byTestId(this.root, 'pdf-page-hits');
    this.hitPageButtons = byTestId(this.hitLine, 'pdf-page-hit-page');
  }

  /** Switches the body to its pages and waits until the first page is drawn. */
  async show(): Promise<void> {
    await this.pagesViewButton.click();
    await this.waitForPage(1);
  }

  /** Waits until page `number` is shown, loaded (the backend drew it and the browser decoded it). */
  async waitForPage(number: number): Promise<void> {
    await this.page.locator(`[data-testid="pdf-pages"][data-page="${number}"][data-state="ready"] [data-testid="pdf-page-image"][data-page="${number}"]`).waitFor({ timeout: QUICK_MS });
    await this.image.evaluate((image: HTMLImageElement) => image.decode());
  }

  /** The shown image's decoded size in pixels (0 × 0 when the browser could not decode it). */
  async naturalSize(): Promise<{ width: number; height: number }> {
    return this.image.evaluate((image: HTMLImageElement) => ({ width: image.naturalWidth, height: image.naturalHeight }));
  }
}
