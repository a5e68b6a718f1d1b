/**
 * Search (left column of "Search & review"): the query box, kind filter, total, result rows
 * with highlighted hits, paging and the listbox keyboard (ArrowUp/Down, j/k, Enter).
 */
import type { Locator, Page } from 'playwright-core';
import { byTestId, QUICK_MS } from './test-ids.js';

export type KindFilter = 'all' | 'email' | 'document' | 'chat-message' | 'attachment';

export class SearchPage {
  readonly root: Locator;
  readonly navButton: Locator;
  readonly input: Locator;
  readonly searchButton: Locator;
  readonly kindFilter: Locator;
  readonly total: Locator;
  readonly error: Locator;
  readonly list: Locator;
  readonly resultRows: Locator;
  readonly noResults: Locator;
  readonly nextButton: Locator;
  readonly previousButton: Locator;
  readonly pageStatus: Locator;

  constructor(readonly page: Page) {
    this.root = byTestId(page, 'search-panel');
    this.navButton = byTestId(page, 'nav-review');
    this.input = byTestId(page, 'search-input');
    this.searchButton = byTestId(page, 'search-button');
    this.kindFilter = byTestId(page, 'kind-filter');
    this.total = byTestId(page, 'result-total');
    this.error = byTestId(page, 'search-error');
    this.list = byTestId(page, 'result-list');
    this.resultRows = byTestId(page, 'result-row');
    this.noResults = byTestId(page, 'no-results');
    this.nextButton = byTestId(page, 'pager-next');
    this.previousButton = byTestId(page, 'pager-previous');
    this.pageStatus = byTestId(page, 'page-status');
  }

  /** Switches to the Search & review screen. */
  async show(): Promise<void> {
    await this.navButton.click();
    await this.root.waitFor({ timeout: QUICK_MS });
  }

  /** Types `query`, presses Enter, and waits for the results (or the error) for that query. */
  async search(query: string): Promise<void> {
    await this.input.fill(query);
    await this.input.press('Enter');
    await this.waitForResults(query);
  }

  /** Chooses a kind in the filter and waits for the new results. */
  async filterKind(kind: KindFilter): Promise<void> {
    const query = (await this.root.getAttribute('data-query')) ?? '';
    await this.kindFilter.selectOption(kind);
    await this.waitForResults(query);
  }

  /** Waits until the panel is idle with results for `query`. */
  async waitForResults(query: string): Promise<void> {
    await this.page.waitForFunction(
      (expected) => {
        const panel = document.querySelector<HTMLElement>('[data-testid="search-panel"]');
        return panel?.dataset.state === 'ready' && panel.dataset.query === expected;
      },
      query,
      { timeout: QUICK_MS },
    );
  }

  /** The total the screen shows (0 when there are no results). */
  async totalCount(): Promise<number> {
    if (!(await this.total.isVisible())) {
      return 0;
    }
    return Number((await this.total.getAttribute('data-total')) ?? '0');
  }

  /** The result rows on the current page. */
  rows(): Locator {
    return this.resultRows;
  }

  /** Every highlighted (`<mark>`) word on the current page, in order. */
  async highlights(): Promise<string[]> {
    return this.resultRows.locator('mark').allTextContents();
  }

  /** Clicks row `index` and waits until the viewer shows that record. */
  async open(index: number): Promise<void> {
    const recordId = await this.recordIdAt(index);
    await this.openAt(index);
    await this.page.locator(`[data-testid="record-viewer"][data-record-id="${recordId}"][data-state="ready"]`).waitFor({ timeout: QUICK_MS });
  }

  async rowCount(): Promise<number> {
    return this.resultRows.count();
  }

  /** The subject line of each row on the page, in order. */
  async titles(): Promise<string[]> {
    return this.resultRows.locator('.row-title').allTextContents();
  }

  /** The record id of row `index`. */
  async recordIdAt(index: number): Promise<string> {
    return (await this.resultRows.nth(index).getAttribute('data-record-id')) ?? '';
  }

  /** The custodians shown on row `index` (every custodian holding a copy), comma-separated. */
  async custodiansAt(index: number): Promise<string> {
    return ((await byTestId(this.resultRows.nth(index), 'result-custodians').textContent()) ?? '').trim();
  }

  /** The highlighted (`<mark>`) words in row `index`'s snippet. */
  async highlightsAt(index: number): Promise<string[]> {
    return this.resultRows.nth(index).locator('mark').allTextContents();
  }

  /** Index of the selected row, or -1. */
  async selectedIndex(): Promise<number> {
    const states = await this.resultRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-selected') === 'true'));
    return states.indexOf(true);
  }

  /** The decision badge on row `index` ('Responsive', 'Not responsive') or null. */
  async decisionAt(index: number): Promise<string | null> {
    const badge = byTestId(this.resultRows.nth(index), 'result-decision');
    return (await badge.count()) > 0 ? await badge.textContent() : null;
  }

  /** Clicks row `index` (selects it and opens it in the viewer) without waiting. */
  async openAt(index: number): Promise<void> {
    await this.resultRows.nth(index).click();
  }

  /** Focuses the result list and presses keys in it, e.g. `['ArrowDown', 'ArrowDown', 'Enter']`. */
  async pressInList(keys: string[]): Promise<void> {
    await this.list.focus();
    for (const key of keys) {
      await this.list.press(key);
    }
  }

  /** Goes to the next page and waits for it. */
  async nextPage(): Promise<void> {
    const page = Number((await this.root.getAttribute('data-page')) ?? '0');
    await this.nextButton.click();
    await this.root.and(this.page.locator(`[data-page="${page + 1}"][data-state="ready"]`)).waitFor({ timeout: QUICK_MS });
  }

  /** Goes to the previous page and waits for it. */
  async previousPage(): Promise<void> {
    const page = Number((await this.root.getAttribute('data-page')) ?? '0');
    await this.previousButton.click();
    await this.root.and(this.page.locator(`[data-page="${page - 1}"][data-state="ready"]`)).waitFor({ timeout: QUICK_MS });
  }

  /** "Page 2 of 5", or '' when everything fits on one page. */
  async pageText(): Promise<string> {
    return (await this.pageStatus.count()) > 0 ? ((await this.pageStatus.textContent()) ?? '') : '';
  }
}
