/**
 * The start screen: create a case, open one, or open the sample. Also the page's entry point:
 * `goto` loads the app from the address `npm run web` printed (with its `#token=`).
 */
import type { Locator, Page } from 'playwright-core';
import { byTestId, QUICK_MS, SLOW_MS } from './test-ids.js';

export class StartPage {
  readonly root: Locator;
  readonly casePathInput: Locator;
  readonly caseNameInput: Locator;
  readonly createButton: Locator;
  readonly createError: Locator;
  readonly openPathInput: Locator;
  readonly openButton: Locator;
  readonly openError: Locator;
  readonly sampleButton: Locator;
  /** Shown instead of the app when the URL has no token (and no Electron bridge). */
  readonly notConnected: Locator;
  /** The open case's name in the header; visible once a case is open. */
  readonly caseName: Locator;
  readonly closeCaseButton: Locator;

  constructor(readonly page: Page) {
    this.root = byTestId(page, 'start-screen');
    this.casePathInput = byTestId(page, 'case-path-input');
    this.caseNameInput = byTestId(page, 'case-name-input');
    this.createButton = byTestId(page, 'create-case-button');
    this.createError = byTestId(page, 'create-case-error');
    this.openPathInput = byTestId(page, 'open-path-input');
    this.openButton = byTestId(page, 'open-case-button');
    this.openError = byTestId(page, 'open-case-error');
    this.sampleButton = byTestId(page, 'open-sample-button');
    this.notConnected = byTestId(page, 'not-connected');
    this.caseName = byTestId(page, 'case-name');
    this.closeCaseButton = byTestId(page, 'close-case-button');
  }

  /** Loads the app and waits until it shows either the start screen or an already open case. */
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('[data-testid="start-screen"], [data-testid="case-name"], [data-testid="not-connected"]').first().waitFor({ timeout: QUICK_MS });
  }

  /** Waits until the app has asked the backend and shows the start screen (the page is already loaded). */
  async waitUntilShown(): Promise<void> {
    await this.root.waitFor({ timeout: QUICK_MS });
  }

  /** Fills the New case form and submits; resolves once the case is open or the form shows an error. */
  async createCase(path: string, name: string): Promise<void> {
    await this.casePathInput.fill(path);
    await this.caseNameInput.fill(name);
    await this.createButton.click();
    await this.waitForCaseOr(this.createError);
  }

  /** Fills the Open form and submits; resolves once the case is open or the form shows an error. */
  async openCase(path: string): Promise<void> {
    await this.openPathInput.fill(path);
    await this.openButton.click();
    await this.waitForCaseOr(this.openError);
  }

  /** Opens the sample case (the first time, this ingests sample mail and takes seconds). */
  async openSample(): Promise<void> {
    await this.sampleButton.click();
    await this.caseName.waitFor({ timeout: SLOW_MS });
  }

  /** Closes the open case and waits for the start screen. */
  async closeCase(): Promise<void> {
    await this.closeCaseButton.click();
    await this.root.waitFor({ timeout: QUICK_MS });
  }

  async isCaseOpen(): Promise<boolean> {
    return this.caseName.isVisible();
  }

  async openCaseName(): Promise<string> {
    return (await this.caseName.textContent()) ?? '';
  }

  private async waitForCaseOr(error: Locator): Promise<void> {
    await this.caseName.or(error).first().waitFor({ timeout: QUICK_MS });
  }
}
