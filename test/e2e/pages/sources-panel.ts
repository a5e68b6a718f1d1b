/**
 * The Sources screen: add a folder or mailbox file (path, custodian, channel, OCR language),
 * follow and cancel the ingest, read the source list (status, last run, Resume), and the ingest
 * report that opens after every run or from a source's Report button, with its problems
 * filterable by severity.
 */
import type { Locator, Page } from 'playwright-core';
import type { OcrLanguageChoice } from '../../../shared/model/ocr.js';
import { byTestId, QUICK_MS, SLOW_MS } from './test-ids.js';

export type SourceChannel = 'official-email' | 'personal-email' | 'official-chat' | 'personal-chat' | 'text-messages' | 'social-media' | 'documents' | 'other';
export type SeverityFilter = 'all' | 'error' | 'warning';

/**
 * What the add-source form takes; `timeZone` is set in the folded chat options. Without `ocrLang`
 * the language select is left as the form shows it (English, or the stored language of a path
 * already in the case).
 */
export type SourceInput = { path: string; custodian: string; channel?: SourceChannel; timeZone?: string; ocrLang?: OcrLanguageChoice };

/** How an ingest ended, as the screen reports it. */
export type IngestEnd =
  | { kind: 'completed' | 'already-present' | 'cancelled'; message: string }
  | { kind: 'error'; message: string };

export class SourcesPanel {
  readonly root: Locator;
  readonly navButton: Locator;
  readonly form: Locator;
  readonly pathInput: Locator;
  readonly custodianInput: Locator;
  readonly channelSelect: Locator;
  /** The language OCR reads the source's scans in. */
  readonly ocrLanguageSelect: Locator;
  readonly addButton: Locator;
  readonly addError: Locator;
  readonly progress: Locator;
  readonly progressBar: Locator;
  readonly phase: Locator;
  readonly counts: Locator;
  readonly cancelButton: Locator;
  readonly outcome: Locator;
  readonly sourceRows: Locator;
  readonly report: Locator;
  readonly reportHeadline: Locator;
  readonly severityFilter: Locator;
  readonly ingestErrorRows: Locator;

  constructor(readonly page: Page) {
    this.root = byTestId(page, 'sources-screen');
    this.navButton = byTestId(page, 'nav-sources');
    this.form = byTestId(page, 'add-source-form');
    this.pathInput = byTestId(page, 'source-path-input');
    this.custodianInput = byTestId(page, 'custodian-input');
    this.channelSelect = byTestId(page, 'channel-select');
    this.ocrLanguageSelect = byTestId(page, 'source-ocr-language-select');
    this.addButton = byTestId(page, 'add-source-button');
    this.addError = byTestId(page, 'add-source-error');
    this.progress = byTestId(page, 'ingest-progress');
    this.progressBar = byTestId(page, 'progress-bar');
    this.phase = byTestId(page, 'ingest-phase');
    this.counts = byTestId(page, 'ingest-counts');
    this.cancelButton = byTestId(page, 'cancel-ingest-button');
    this.outcome = byTestId(page, 'ingest-outcome');
    this.sourceRows = byTestId(page, 'source-row');
    this.report = byTestId(page, 'ingest-report');
    this.reportHeadline = byTestId(this.report, 'ingest-report-headline');
    this.severityFilter = byTestId(page, 'severity-filter');
    this.ingestErrorRows = byTestId(page, 'ingest-error-row');
  }

  /** Switches to the Sources screen. */
  async show(): Promise<void> {
    await this.navButton.click();
    await this.root.waitFor({ timeout: QUICK_MS });
  }

  /** Fills the form and clicks Add source; does not wait for the ingest (see `waitForIngestEnd`). */
  async startAdding(input: SourceInput): Promise<void> {
    await this.pathInput.fill(input.path);
    await this.custodianInput.fill(input.custodian);
    if (input.channel) {
      await this.channelSelect.selectOption(input.channel);
    }
    if (input.ocrLang) {
      await this.ocrLanguageSelect.selectOption(input.ocrLang);
    }
    if (input.timeZone) {
      // The chat options are folded away under the form; open them to set the zone.
      await byTestId(this.page, 'chat-options').locator('summary').click();
      await byTestId(this.page, 'time-zone-input').fill(input.timeZone);
    }
    await this.addButton.click();
  }

  /**
   * What the folded chat options show (they are filled in from the stored source when the path is
   * one already in the case), and whether they say so.
   */
  async chatOptionsShown(): Promise<{ timeZone: string; dateOrder: string; chatMapping: string; stored: boolean }> {
    const options = byTestId(this.page, 'chat-options');
    return {
      timeZone: await byTestId(this.page, 'time-zone-input').inputValue(),
      dateOrder: await byTestId(this.page, 'date-order-select').inputValue(),
      chatMapping: await byTestId(this.page, 'chat-mapping-input').inputValue(),
      stored: (await options.getAttribute('data-stored')) === 'true',
    };
  }

  /** Adds a folder and waits for the ingest to end. */
  async addSource(input: SourceInput, timeout = SLOW_MS): Promise<IngestEnd> {
    await this.startAdding(input);
    return this.waitForIngestEnd(timeout);
  }

  /**
   * Adds a folder and waits for the ingest to end; resolves with how it ended ('completed',
   * 'already-present', 'cancelled', or 'error' when the form shows an error). `ocrLang` picks the
   * language its scans are read in; without it the form's language is left as shown.
   */
  async addFolder(path: string, custodian: string, channel?: SourceChannel, ocrLang?: OcrLanguageChoice): Promise<IngestEnd['kind']> {
    return (await this.addSource({ path, custodian, ...(channel ? { channel } : {}), ...(ocrLang ? { ocrLang } : {}) })).kind;
  }

  /** Waits until no ingest runs, then reports the outcome notice or the form's error. */
  async waitForIngestEnd(timeout = SLOW_MS): Promise<IngestEnd> {
    await this.page.locator('[data-testid="add-source-form"][data-state="idle"]').waitFor({ timeout });
    await this.outcome.or(this.addError).first().waitFor({ timeout: QUICK_MS });
    if (await this.addError.isVisible()) {
      return { kind: 'error', message: (await this.addError.textContent()) ?? '' };
    }
    const kind = await this.outcome.getAttribute('data-outcome');
    const message = (await this.outcome.textContent()) ?? '';
    if (kind === 'completed' || kind === 'already-present' || kind === 'cancelled') {
      // The run's report opens after the notice; wait for it so its problems can be read.
      const jobId = await this.outcome.getAttribute('data-job-id');
      if (jobId !== null) {
        await this.page
          .locator(`[data-testid="ingest-report"][data-state="ready"] [data-testid="ingest-run-summary"][data-job-id="${jobId}"]`)
          .waitFor({ timeout: QUICK_MS });
      }
      return { kind, message };
    }
    throw new Error(`unexpected ingest outcome ${String(kind)}`);
  }

  /** Waits for the progress panel (ingest running), e.g. before cancelling. */
  async waitForProgress(): Promise<void> {
    await this.progress.waitFor({ timeout: QUICK_MS });
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
  }

  /** The progress bar's value and max; null fields while the total is not yet known. */
  async progressValues(): Promise<{ value: number | null; max: number | null }> {
    return this.progressBar.evaluate((element) => {
      const bar = element as HTMLProgressElement;
      const indeterminate = !bar.hasAttribute('value');
      return { value: indeterminate ? null : bar.value, max: indeterminate ? null : bar.max };
    });
  }

  async sourceCount(): Promise<number> {
    return this.sourceRows.count();
  }

  /** The record count of every source row, as shown (e.g. `['478']`), in table order. */
  async sourceRecordCounts(): Promise<string[]> {
    return (await byTestId(this.sourceRows, 'source-record-count').allTextContents()).map((text) => text.trim());
  }

  /** Each problem row of the open report as one line of text (severity, file, place in the file, message). */
  async errorRows(): Promise<string[]> {
    const rows = await this.ingestErrorRows.all();
    return Promise.all(rows.map(async (row) => (await row.locator('td').allTextContents()).map((cell) => cell.trim()).join(' | ')));
  }

  /** The record count shown for the source of `custodian` (first match). */
  async recordCountOf(custodian: string): Promise<number> {
    const row = this.sourceRows.filter({ hasText: custodian }).first();
    const text = (await byTestId(row, 'source-record-count').textContent()) ?? '';
    return Number(text.replace(/[^0-9]/g, ''));
  }

  /** Each problem of the open report as the table shows it: severity, file, place inside it, message. */
  async ingestErrors(): Promise<Array<{ severity: string; file: string; locator: string; message: string }>> {
    const rows = await this.ingestErrorRows.all();
    const cell = async (row: Locator, id: string) => ((await byTestId(row, id).textContent()) ?? '').trim();
    return Promise.all(
      rows.map(async (row) => ({
        severity: await cell(row, 'ingest-error-severity'),
        file: await cell(row, 'ingest-error-path'),
        locator: await cell(row, 'ingest-error-locator'),
        message: await cell(row, 'ingest-error-message'),
      })),
    );
  }

  /** The status label of every source row ('Indexed', 'Cancelled'…), in table order. */
  async sourceStatuses(): Promise<string[]> {
    return (await byTestId(this.sourceRows, 'source-status').allTextContents()).map((text) => text.trim());
  }

  /** The row of the (first) source of `custodian`. */
  sourceRow(custodian: string): Locator {
    return this.sourceRows.filter({ hasText: custodian }).first();
  }

  /** Opens the report of the source of `custodian` from the table and waits for it. */
  async openReport(custodian: string): Promise<void> {
    const row = this.sourceRow(custodian);
    const sourceId = await row.getAttribute('data-source-id');
    await byTestId(row, 'open-report-button').click();
    await this.page.locator(`[data-testid="ingest-report"][data-source-id="${sourceId ?? ''}"]`).waitFor({ timeout: QUICK_MS });
  }

  /** Clicks Resume on the source of `custodian` (interrupted or cancelled) and waits for the ingest to end. */
  async resume(custodian: string, timeout = SLOW_MS): Promise<IngestEnd> {
    await byTestId(this.sourceRow(custodian), 'resume-source-button').click();
    return this.waitForIngestEnd(timeout);
  }

  /** The open report's first sentence ("Completed in 3 s: …", "Nothing changed since…"). */
  async reportHeadlineText(): Promise<string> {
    await this.reportHeadline.waitFor({ timeout: QUICK_MS });
    return ((await this.reportHeadline.textContent()) ?? '').trim();
  }

  /** The open report's field list as label → value (Status, Read, Records, Not records, Files…). */
  async reportFields(): Promise<Record<string, string>> {
    return this.report.locator('.report-fields').evaluate((list) => {
      const out: Record<string, string> = {};
      for (const term of Array.from(list.querySelectorAll(':scope > dt'))) {
        out[term.textContent ?? ''] = term.nextElementSibling?.textContent ?? '';
      }
      return out;
    });
  }

  /** Shows only problems of one severity in the open report. */
  async filterProblems(severity: SeverityFilter): Promise<void> {
    await this.severityFilter.selectOption(severity);
  }
}
