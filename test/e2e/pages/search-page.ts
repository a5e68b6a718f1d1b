/**
 * Search (left column of "Search & review"): the query box (searching as it is typed, its
 * mistakes marked inline), the result options, the explanation line and total, the facet
 * sidebar, the virtualised result list with highlighted hits and its keyboard (ArrowUp/Down,
 * j/k, Enter), and the search-language help panel.
 *
 * The list holds only the rows in view, so rows are addressed by their index in the result set
 * (`data-index`), not by their position among the rendered rows.
 */
import type { Locator, Page } from 'playwright-core';
import { byTestId, QUICK_MS } from './test-ids.js';

export type FacetName = 'custodian' | 'channel' | 'kind' | 'year' | 'month' | 'tag' | 'decision';
export type SearchOrder = 'relevance' | 'newest' | 'oldest';
export type FacetEntry = { value: string; count: number; pressed: boolean };

export class SearchPage {
  readonly root: Locator;
  readonly navButton: Locator;
  readonly input: Locator;
  readonly searchButton: Locator;
  readonly total: Locator;
  readonly explanation: Locator;
  readonly error: Locator;
  /** The message under the box for a query the search cannot read. */
  readonly syntaxError: Locator;
  /** The underlined part of the query inside the box. */
  readonly errorSpan: Locator;
  readonly list: Locator;
  readonly resultRows: Locator;
  readonly placeholders: Locator;
  readonly noResults: Locator;
  readonly orderSelect: Locator;
  readonly groupFamilies: Locator;
  readonly hideDuplicates: Locator;
  readonly facetSidebar: Locator;
  readonly helpButton: Locator;
  readonly help: Locator;

  constructor(readonly page: Page) {
    this.root = byTestId(page, 'search-panel');
    this.navButton = byTestId(page, 'nav-review');
    this.input = byTestId(page, 'search-input');
    this.searchButton = byTestId(page, 'search-button');
    this.total = byTestId(page, 'result-total');
    this.explanation = byTestId(page, 'search-explanation');
    this.error = byTestId(page, 'search-error');
    this.syntaxError = byTestId(page, 'search-syntax-error');
    this.errorSpan = byTestId(page, 'search-error-span');
    this.list = byTestId(page, 'result-list');
    this.resultRows = byTestId(page, 'result-row');
    this.placeholders = byTestId(page, 'result-placeholder');
    this.noResults = byTestId(page, 'no-results');
    this.orderSelect = byTestId(page, 'search-order');
    this.groupFamilies = byTestId(page, 'group-families');
    this.hideDuplicates = byTestId(page, 'hide-duplicates');
    this.facetSidebar = byTestId(page, 'facet-sidebar');
    this.helpButton = byTestId(page, 'search-help-button');
    this.help = byTestId(page, 'search-help');
  }

  /** Switches to the Search & review screen. */
  async show(): Promise<void> {
    await this.navButton.click();
    await this.root.waitFor({ timeout: QUICK_MS });
  }

  /** Types `query`, presses Enter, and waits for the results for that query. */
  async search(query: string): Promise<void> {
    await this.input.fill(query);
    await this.input.press('Enter');
    await this.waitForResults(query);
  }

  /** Types `query` and lets the search run by itself once typing pauses (no Enter). */
  async typeQuery(query: string): Promise<void> {
    await this.input.fill(query);
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

  /** How many result sets have been shown so far; a new search (or option) makes a new one. */
  async generation(): Promise<number> {
    return Number((await this.root.getAttribute('data-generation')) ?? '0');
  }

  /** Waits until a result set newer than `generation` is shown and the panel is idle. */
  async waitForNewResults(generation: number): Promise<void> {
    await this.page.waitForFunction(
      (previous) => {
        const panel = document.querySelector<HTMLElement>('[data-testid="search-panel"]');
        return panel?.dataset.state === 'ready' && Number(panel.dataset.generation) > previous;
      },
      generation,
      { timeout: QUICK_MS },
    );
  }

  /** The query the shown results are for. */
  async shownQuery(): Promise<string> {
    return (await this.root.getAttribute('data-query')) ?? '';
  }

  /** What the search box holds now. */
  async inputText(): Promise<string> {
    return this.input.inputValue();
  }

  async inputInvalid(): Promise<boolean> {
    return (await this.input.getAttribute('aria-invalid')) === 'true';
  }

  /** The total the screen shows (0 when there are no results). */
  async totalCount(): Promise<number> {
    if (!(await this.total.isVisible())) {
      return 0;
    }
    return Number((await this.total.getAttribute('data-total')) ?? '0');
  }

  /** The line saying what was searched ("Searching for: …"). */
  async explanationText(): Promise<string> {
    return ((await this.explanation.textContent()) ?? '').trim();
  }

  /** The rendered result rows (only those near the view: the list is virtualised). */
  rows(): Locator {
    return this.resultRows;
  }

  /** Row `index` of the result set, when it is rendered. */
  row(index: number): Locator {
    return this.page.locator(`[data-testid="result-row"][data-index="${index}"]`);
  }

  /** The result-set indexes of the rendered rows, read or still loading, in order. */
  async renderedIndexes(): Promise<number[]> {
    const indexes = await this.list.locator('[data-index]').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-index'))));
    return indexes.sort((a, b) => a - b);
  }

  /** Every highlighted (`<mark>`) word in the rendered rows, in order. */
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

  /** The subject line of each rendered row, in order. */
  async titles(): Promise<string[]> {
    return this.resultRows.locator('.row-title').allTextContents();
  }

  /** The record id of row `index`. */
  async recordIdAt(index: number): Promise<string> {
    return (await this.row(index).getAttribute('data-record-id', { timeout: QUICK_MS })) ?? '';
  }

  /** The custodians shown on row `index` (every custodian holding a copy), comma-separated. */
  async custodiansAt(index: number): Promise<string> {
    return ((await byTestId(this.row(index), 'result-custodians').textContent()) ?? '').trim();
  }

  /** The kind shown on row `index` ('Email', 'Attachment'…). */
  async kindAt(index: number): Promise<string> {
    return ((await byTestId(this.row(index), 'result-kind').textContent()) ?? '').trim();
  }

  /** The highlighted (`<mark>`) words in row `index`'s snippet. */
  async highlightsAt(index: number): Promise<string[]> {
    return this.row(index).locator('mark').allTextContents();
  }

  /** Index of the selected row in the result set, or -1 when none is rendered selected. */
  async selectedIndex(): Promise<number> {
    const selected = this.list.locator('[aria-selected="true"]');
    return (await selected.count()) > 0 ? Number(await selected.first().getAttribute('data-index')) : -1;
  }

  /** The decision badge on row `index` ('Responsive', 'Not responsive') or null. */
  async decisionAt(index: number): Promise<string | null> {
    const badge = byTestId(this.row(index), 'result-decision');
    return (await badge.count()) > 0 ? await badge.textContent() : null;
  }

  /** Clicks row `index` (selects it and opens it in the viewer) without waiting. */
  async openAt(index: number): Promise<void> {
    await this.row(index).click();
  }

  /** Focuses the result list and presses keys in it, e.g. `['ArrowDown', 'ArrowDown', 'Enter']`. */
  async pressInList(keys: string[]): Promise<void> {
    await this.list.focus();
    for (const key of keys) {
      await this.list.press(key);
    }
  }

  /** Scrolls the result list to `top` pixels (as a wheel or the scrollbar would). */
  async scrollListTo(top: number): Promise<void> {
    await this.list.evaluate((list, offset) => {
      list.scrollTop = offset;
    }, top);
  }

  /** Waits until row `index` is rendered with its record (its page read). */
  async waitForRow(index: number): Promise<void> {
    await this.row(index).waitFor({ timeout: QUICK_MS });
  }

  /** The values of one facet as the sidebar lists them (opening a year first shows its months). */
  async facetValues(facet: FacetName): Promise<FacetEntry[]> {
    return this.facetSidebar.locator(`[data-testid="facet-value"][data-facet="${facet}"]`).evaluateAll((buttons) =>
      buttons.map((button) => ({
        value: button.getAttribute('data-value') ?? '',
        count: Number((button.querySelector('.facet-count')?.textContent ?? '0').replace(/[^0-9]/g, '')),
        pressed: button.getAttribute('aria-pressed') === 'true',
      })),
    );
  }

  /** Clicks a facet value (adding or removing its condition) and waits for the new results. */
  async clickFacet(facet: FacetName, value: string): Promise<void> {
    const generation = await this.generation();
    await this.facetSidebar.locator(`[data-testid="facet-value"][data-facet="${facet}"][data-value="${value}"]`).click();
    await this.waitForNewResults(generation);
  }

  /** Opens a year of the date facet onto its months. */
  async openYear(year: string): Promise<void> {
    await this.facetSidebar.locator(`[data-testid="facet-year-toggle"][data-value="${year}"]`).click();
  }

  /** Ticks or unticks "Group families" and waits for the new results. */
  async setGroupFamilies(on: boolean): Promise<void> {
    const generation = await this.generation();
    await this.groupFamilies.setChecked(on);
    await this.waitForNewResults(generation);
  }

  /** Ticks or unticks "Hide duplicates" and waits for the new results. */
  async setHideDuplicates(on: boolean): Promise<void> {
    const generation = await this.generation();
    await this.hideDuplicates.setChecked(on);
    await this.waitForNewResults(generation);
  }

  async setOrder(order: SearchOrder): Promise<void> {
    const generation = await this.generation();
    await this.orderSelect.selectOption(order);
    await this.waitForNewResults(generation);
  }

  /** Opens the search-language help panel. */
  async openHelp(): Promise<void> {
    await this.helpButton.click();
    await this.help.waitFor({ timeout: QUICK_MS });
  }

  /** The help panel's section titles, in order. */
  async helpSections(): Promise<string[]> {
    return (await byTestId(this.help, 'search-help-section').locator('h3').allTextContents()).map((text) => text.trim());
  }

  /** Closes the help panel with Escape and waits until it is gone. */
  async closeHelpWithEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.help.waitFor({ state: 'detached', timeout: QUICK_MS });
  }
}
