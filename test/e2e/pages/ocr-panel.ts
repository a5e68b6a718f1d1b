/**
 * The OCR panel on the Sources screen: what is waiting, Run OCR with its progress and Cancel,
 * and what the last run did.
 */
import type { Locator, Page } from 'playwright-core';
import { byTestId, QUICK_MS, SLOW_MS } from './test-ids.js';

export class OcrPanel {
  readonly root: Locator;
  readonly waiting: Locator;
  readonly runButton: Locator;
  readonly cancelButton: Locator;
  readonly progress: Locator;
  readonly message: Locator;
  readonly language: Locator;

  constructor(readonly page: Page) {
    this.root = byTestId(page, 'ocr-panel');
    this.waiting = byTestId(this.root, 'ocr-waiting');
    this.runButton = byTestId(this.root, 'ocr-run');
    this.cancelButton = byTestId(this.root, 'ocr-cancel');
    this.progress = byTestId(this.root, 'ocr-progress');
    this.message = byTestId(this.root, 'ocr-message');
    this.language = byTestId(this.root, 'ocr-language');
  }

  async waitUntilShown(): Promise<void> {
    await this.root.waitFor({ state: 'visible', timeout: QUICK_MS });
  }

  async waitingText(): Promise<string> {
    return ((await this.waiting.textContent()) ?? '').trim();
  }

  /** Starts a run and returns once its progress line shows. */
  async startRun(): Promise<void> {
    await this.runButton.click();
    await this.progress.waitFor({ state: 'visible', timeout: QUICK_MS });
  }

  /** Waits for the run to end and returns what it says it did. */
  async waitForRunEnd(timeout = SLOW_MS): Promise<string> {
    await this.progress.waitFor({ state: 'detached', timeout });
    await this.message.waitFor({ state: 'visible', timeout: QUICK_MS });
    return ((await this.message.textContent()) ?? '').trim();
  }
}
