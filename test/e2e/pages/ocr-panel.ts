/**
 * The OCR panel on the Sources screen: what is waiting, each source with pages waiting and its
 * language, Run OCR with its progress and Cancel, and what the last run did.
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
  /** The language of the next run only. */
  readonly language: Locator;
  readonly sourceRows: Locator;

  constructor(readonly page: Page) {
    this.root = byTestId(page, 'ocr-panel');
    this.waiting = byTestId(this.root, 'ocr-waiting');
    this.runButton = byTestId(this.root, 'ocr-run');
    this.cancelButton = byTestId(this.root, 'ocr-cancel');
    this.progress = byTestId(this.root, 'ocr-progress');
    this.message = byTestId(this.root, 'ocr-message');
    this.language = byTestId(this.root, 'ocr-language');
    this.sourceRows = byTestId(this.root, 'ocr-source-row');
  }

  /** The language select of the source row that names `custodian`. */
  sourceLanguage(custodian: string): Locator {
    return byTestId(this.sourceRows.filter({ hasText: custodian }), 'ocr-source-language');
  }

  /** Keeps `lang` (a code, or 'auto') as the language of the source that names `custodian`; returns once the backend has saved it. */
  async setSourceLanguage(custodian: string, lang: string): Promise<void> {
    await this.sourceLanguage(custodian).selectOption(lang);
    // The selects wait while the change is saved, then show what the backend kept.
    await this.sourceRows.filter({ hasText: custodian }).locator('[data-testid="ocr-source-language"]:enabled').waitFor({ timeout: QUICK_MS });
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
