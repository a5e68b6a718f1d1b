/**
 * Searching a real collection in Chromium against the real backend in browser mode: a query
 * the search cannot read is marked where it was typed and changes nothing; fixed, it searches
 * by itself; facet values edit the query text and the counts; the result list of a few thousand
 * records holds only the rows in view and reads later pages as it scrolls; the keyboard reaches
 * the last row; the help panel opens and closes with Escape.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../support/corpus.js';
import { RecordViewer } from './pages/record-viewer.js';
import { SearchPage } from './pages/search-page.js';
import { SourcesPanel } from './pages/sources-panel.js';
import { StartPage } from './pages/start-page.js';
import { useBrowserMode } from './support/browser-mode.js';

const BAILEY = corpusPath('email', 'enron', 'maildir', 'bailey-s');
// 4,139 files, about 2,600 records once copies filed in several folders are counted once.
const SKILLING = corpusPath('email', 'enron', 'maildir', 'skilling-j');

/** Far more than a screen of rows and overscan, far fewer than the result set. */
const MAX_RENDERED_ROWS = 60;

describe('browser mode, search', () => {
  const session = useBrowserMode();

  it('marks mistakes inline, searches as the officer types, refines by facets and scrolls through thousands of records', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'search-case'), 'Search case');
    const sources = new SourcesPanel(page);
    await sources.show();
    expect(await sources.addFolder(BAILEY, 'Sally Bailey')).toBe('completed');
    expect(await sources.addFolder(SKILLING, 'Jeff Skilling')).toBe('completed');

    const search = new SearchPage(page);
    await search.show();
    await search.waitForResults('');
    const everything = await search.totalCount();
    expect(everything).toBeGreaterThan(2500);
    expect(await search.explanationText()).toBe('Searching for: every record');

    // A mistake: marked in the box and explained under it; the results stay as they were.
    const before = await search.generation();
    await search.typeQuery('gas OR');
    await search.syntaxError.waitFor();
    expect(await search.inputInvalid()).toBe(true);
    expect(await search.errorSpan.textContent()).toBe('OR');
    expect(await search.syntaxError.textContent()).toContain('OR needs a condition on both sides');
    await page.waitForTimeout(600);
    expect(await search.generation()).toBe(before);
    expect(await search.shownQuery()).toBe('');
    expect(await search.totalCount()).toBe(everything);

    // Fixed, it searches by itself once typing pauses.
    await search.typeQuery('gas OR power');
    await search.waitForResults('gas OR power');
    expect(await search.syntaxError.count()).toBe(0);
    expect(await search.inputInvalid()).toBe(false);
    const found = await search.totalCount();
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(everything);
    expect(await search.explanationText()).toBe('Searching for: gas OR power');
    expect((await search.highlights()).some((word) => /^(gas|power)$/i.test(word))).toBe(true);

    // Facets: a custodian narrows the count, and the condition is written into the box.
    const custodians = await search.facetValues('custodian');
    expect(custodians.map((entry) => entry.value).sort()).toEqual(['Jeff Skilling', 'Sally Bailey']);
    const bailey = custodians.find((entry) => entry.value === 'Sally Bailey');
    await search.clickFacet('custodian', 'Sally Bailey');
    expect(await search.inputText()).toBe('(gas OR power) custodian:"Sally Bailey"');
    expect(await search.totalCount()).toBe(bailey?.count);
    expect(await search.totalCount()).toBeLessThan(found);
    expect((await search.facetValues('custodian')).find((entry) => entry.value === 'Sally Bailey')?.pressed).toBe(true);
    expect(await search.custodiansAt(0)).toContain('Sally Bailey');

    await search.clickFacet('kind', 'email');
    expect(await search.inputText()).toBe('(gas OR power) custodian:"Sally Bailey" kind:email');
    expect(await search.kindAt(0)).toBe('Email');
    // Pressed again, a value takes its condition out of the query.
    await search.clickFacet('custodian', 'Sally Bailey');
    expect(await search.inputText()).toBe('(gas OR power) kind:email');
    expect(await search.totalCount()).toBeGreaterThan(bailey?.count ?? 0);

    // Every record: only the rows in view are in the page; far down, later pages are read.
    await search.search('');
    expect(await search.totalCount()).toBe(everything);
    expect(await search.rowCount()).toBeLessThan(MAX_RENDERED_ROWS);
    const height = await search.list.evaluate((list) => list.scrollHeight);
    await search.scrollListTo(Math.floor(height * 0.8));
    await page.waitForFunction(
      (floor) => Array.from(document.querySelectorAll('[data-testid="result-row"]')).some((row) => Number(row.getAttribute('data-index')) > floor),
      Math.floor(everything * 0.7),
    );
    const shown = await search.renderedIndexes();
    expect(shown.length).toBeLessThan(MAX_RENDERED_ROWS);
    expect(Math.min(...shown)).toBeGreaterThan(Math.floor(everything * 0.6));

    // The keyboard reaches the last row, which is read and opened like any other.
    await search.pressInList(['End']);
    await search.waitForRow(everything - 1);
    expect(await search.selectedIndex()).toBe(everything - 1);
    await search.list.press('Enter');
    await new RecordViewer(page).waitForRecord(await search.recordIdAt(everything - 1));
    expect(await search.rowCount()).toBeLessThan(MAX_RENDERED_ROWS);

    // The search language's help: opened by its button, closed with Escape.
    await search.openHelp();
    expect(await search.helpSections()).toEqual(expect.arrayContaining(['Words and phrases', 'Filters', 'Dates']));
    expect(await search.helpButton.getAttribute('aria-expanded')).toBe('true');
    await search.closeHelpWithEscape();
    expect(await search.helpButton.getAttribute('aria-expanded')).toBe('false');
    expect(await search.helpButton.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });
});
