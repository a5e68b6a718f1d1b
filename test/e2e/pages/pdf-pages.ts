/**
 * The Pages view of a PDF record in the record viewer: the "Pages" switch beside Text, the page
 * image the backend drew, "Page n of N", Previous / Next page and the "needs OCR" label.
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

  constructor(readonly page: Page) {
    this.pagesViewButton = byTestId(page, 'record-view-pages');
    this.root = byTestId(page, 'pdf-pages');
    this.image = byTestId(this.root, 'pdf-page-image');
    this.status = byTestId(this.root, 'pdf-page-status');
    this.previousButton = byTestId(this.root, 'pdf-page-previous');
    this.nextButton = byTestId(this.root, 'pdf-page-next');
    this.needsOcr = byTestId(this.root, 'pdf-page-needs-ocr');
    this.error = byTestId(this.root, 'pdf-page-error');
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
