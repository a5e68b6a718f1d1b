/**
 * The Reports screen: the search-term report (terms box, within query, Run, the table with its
 * total row, problems per term, Export CSV/PDF with the written path and SHA-256) and the saved
 * searches of the selected request (save form, list with history, Run, Delete with confirm).
 */
import type { Locator, Page } from 'playwright-core';
import { byTestId, QUICK_MS, SLOW_MS } from './test-ids.js';

/** One table row as shown: the term and its four counts as numbers (the total row has null for the unique columns). */
export type TermRowShown = { term: string; hits: number; uniqueHits: number | null; hitsWithFamilies: number; uniqueHitsWithFamilies: number | null };

export type SavedSearchShown = { id: string; name: string; query: string; lastCount: string; history: string[] };

const number = (text: string): number | null => {
  const digits = text.replace(/[^0-9]/g, '');
  return digits === '' ? null : Number(digits);
};

export class ReportsPage {
  readonly root: Locator;
  readonly navButton: Locator;
  readonly termsInput: Locator;
  readonly withinInput: Locator;
  readonly runButton: Locator;
  readonly table: Locator;
  readonly termProblems: Locator;
  readonly exportCsvButton: Locator;
  readonly exportPdfButton: Locator;
  readonly written: Locator;
  readonly savedPanel: Locator;
  readonly savedRows: Locator;
  readonly savedNameInput: Locator;
  readonly savedQueryInput: Locator;
  readonly saveButton: Locator;
  readonly saveError: Locator;

  constructor(readonly page: Page) {
    this.root = byTestId(page, 'reports-screen');
    this.navButton = byTestId(page, 'nav-reports');
    this.termsInput = byTestId(page, 'terms-input');
    this.withinInput = byTestId(page, 'within-input');
    this.runButton = byTestId(page, 'run-term-report-button');
    this.table = byTestId(page, 'term-report-table');
    this.termProblems = byTestId(page, 'term-problem');
    this.exportCsvButton = byTestId(page, 'export-csv-button');
    this.exportPdfButton = byTestId(page, 'export-pdf-button');
    this.written = byTestId(page, 'written-report');
    this.savedPanel = byTestId(page, 'saved-searches-panel');
    this.savedRows = byTestId(page, 'saved-search-row');
    this.savedNameInput = byTestId(page, 'saved-name-input');
    this.savedQueryInput = byTestId(page, 'saved-query-input');
    this.saveButton = byTestId(page, 'save-search-button');
    this.saveError = byTestId(page, 'save-search-error');
  }

  async show(): Promise<void> {
    await this.navButton.click();
    await this.root.waitFor({ timeout: QUICK_MS });
  }

  private async idle(): Promise<void> {
    await this.page.locator('[data-testid="term-report-form"][data-state="idle"]').waitFor({ timeout: SLOW_MS });
  }

  /** Types the terms (one per line) and the within query, runs the report and waits for it to end. */
  async runReport(terms: readonly string[], within = ''): Promise<void> {
    await this.termsInput.fill(terms.join('\n'));
    await this.withinInput.fill(within);
    await this.runButton.click();
    await this.idle();
  }

  /** The table's term rows, in order. */
  async rows(): Promise<TermRowShown[]> {
    const rows = await byTestId(this.table, 'term-row').all();
    return Promise.all(rows.map(async (row) => this.readRow(row, (await row.getAttribute('data-term')) ?? '')));
  }

  async totalRow(): Promise<TermRowShown> {
    return this.readRow(byTestId(this.table, 'term-total-row'), 'Total');
  }

  private async readRow(row: Locator, term: string): Promise<TermRowShown> {
    const cell = async (id: string): Promise<number | null> => {
      const found = byTestId(row, id);
      return (await found.count()) === 0 ? null : number((await found.textContent()) ?? '');
    };
    return {
      term,
      hits: (await cell('term-hits')) ?? 0,
      uniqueHits: await cell('term-unique-hits'),
      hitsWithFamilies: (await cell('term-hits-families')) ?? 0,
      uniqueHitsWithFamilies: await cell('term-unique-hits-families'),
    };
  }

  /** Problems listed under the terms box, as "line: message" (line numbers in the box). */
  async problems(): Promise<Array<{ line: number; text: string }>> {
    const items = await this.termProblems.all();
    return Promise.all(items.map(async (item) => ({ line: Number(await item.getAttribute('data-line')), text: ((await item.textContent()) ?? '').trim() })));
  }

  /** Clicks Export CSV or PDF and resolves with the path and SHA-256 the screen shows. */
  async exportAs(format: 'csv' | 'pdf'): Promise<{ path: string; sha256: string }> {
    await (format === 'csv' ? this.exportCsvButton : this.exportPdfButton).click();
    await this.idle();
    const shown = this.page.locator(`[data-testid="written-report"][data-format="${format}"]`);
    await shown.waitFor({ timeout: QUICK_MS });
    return {
      path: ((await byTestId(shown, 'written-path').textContent()) ?? '').trim(),
      sha256: ((await byTestId(shown, 'written-sha256').textContent()) ?? '').trim(),
    };
  }

  /** Saves a search in the selected request and waits for it to be listed. */
  async saveSearch(name: string, query: string): Promise<void> {
    await this.savedNameInput.fill(name);
    await this.savedQueryInput.fill(query);
    await this.saveButton.click();
    await this.page.locator('[data-testid="save-search-form"][data-state="idle"]').waitFor({ timeout: QUICK_MS });
    await byTestId(this.page, 'save-search-notice').or(this.saveError).first().waitFor({ timeout: QUICK_MS });
    if (await this.saveError.isVisible()) {
      throw new Error(`saving failed: ${(await this.saveError.textContent()) ?? ''}`);
    }
  }

  savedRow(name: string): Locator {
    return this.savedRows.filter({ has: this.page.locator(`[data-testid="saved-name"]:text-is("${name}")`) }).first();
  }

  /** Clicks Run on the saved search `name` and resolves with the count it shows now. */
  async runSaved(name: string): Promise<number> {
    const row = this.savedRow(name);
    await byTestId(row, 'run-saved-button').click();
    const result = byTestId(row, 'saved-run-result');
    await result.waitFor({ timeout: QUICK_MS });
    return number((await result.textContent()) ?? '') ?? -1;
  }

  async savedSearch(name: string): Promise<SavedSearchShown> {
    const row = this.savedRow(name);
    const text = async (id: string) => ((await byTestId(row, id).first().textContent()) ?? '').trim();
    return {
      id: (await row.getAttribute('data-id')) ?? '',
      name: await text('saved-name'),
      query: await text('saved-query'),
      lastCount: (await byTestId(row, 'saved-last-count').evaluate((cell) => cell.firstChild?.textContent ?? '')).trim(),
      history: (await byTestId(row, 'saved-history-entry').allTextContents()).map((entry) => entry.trim()),
    };
  }

  /** Clicks Delete… then confirms, and waits for the row to go. */
  async deleteSaved(name: string): Promise<void> {
    const row = this.savedRow(name);
    await byTestId(row, 'delete-saved-button').click();
    await byTestId(row, 'confirm-delete-button').click();
    await row.waitFor({ state: 'detached', timeout: QUICK_MS });
  }
}
