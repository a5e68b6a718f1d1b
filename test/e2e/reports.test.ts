/**
 * The Reports screen in Chromium against the real backend in browser mode: a case with Sally
 * Bailey's mail, a search-term report of three terms (counts checked against the backend's own
 * search), its CSV export, a term the search cannot read, and a saved search run once more.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../support/corpus.js';
import { ReportsPage } from './pages/reports-page.js';
import { SourcesPanel } from './pages/sources-panel.js';
import { StartPage } from './pages/start-page.js';
import { useBrowserMode } from './support/browser-mode.js';

const BAILEY = corpusPath('email', 'enron', 'maildir', 'bailey-s');

describe('Reports screen, in the browser', () => {
  const session = useBrowserMode();

  it('runs and exports a term report, and keeps a saved search’s history', { timeout: 60_000 }, async () => {
    const app = session();
    const { page } = app;
    const start = new StartPage(page);
    await start.waitUntilShown();
    const casePath = join(app.dataDir, 'reports-case');
    await start.createCase(casePath, 'Reports case');
    const sources = new SourcesPanel(page);
    await sources.show();
    expect(await sources.addFolder(BAILEY, 'Sally Bailey')).toBe('completed');

    const reports = new ReportsPage(page);
    await reports.show();

    // A term the search cannot read is named with its line, and nothing runs.
    await reports.runReport(['gas', '', 'price AND (gas']);
    expect(await reports.problems()).toEqual([{ line: 3, text: expect.stringContaining('never closed') }]);
    expect(await reports.table.count()).toBe(0);

    await reports.runReport(['gas', 'price', 'gas AND price']);
    const rows = await reports.rows();
    expect(rows.map((row) => row.term)).toEqual(['gas', 'price', 'gas AND price']);
    const [gas, price, both] = rows;
    expect(gas?.hits).toBeGreaterThan(0);
    expect(price?.hits).toBeGreaterThan(0);
    expect(both).toMatchObject({ uniqueHits: 0, uniqueHitsWithFamilies: 0 });
    expect(gas?.uniqueHits).toBe((gas?.hits ?? 0) - (both?.hits ?? 0));
    const total = await reports.totalRow();
    expect(total.hits).toBe((gas?.hits ?? 0) + (price?.hits ?? 0) - (both?.hits ?? 0));
    expect(total.hitsWithFamilies).toBeGreaterThanOrEqual(total.hits);

    const csv = await reports.exportAs('csv');
    expect(csv.path.startsWith(join(casePath, 'reports') + sep)).toBe(true);
    expect(csv.path.endsWith('.csv')).toBe(true);
    const bytes = await readFile(csv.path);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(csv.sha256);
    expect(bytes.toString('utf8')).toContain(`gas,${gas?.hits},${gas?.uniqueHits},`);

    await reports.saveSearch('Gas mail', 'gas');
    const saved = await reports.savedSearch('Gas mail');
    expect(saved).toMatchObject({ name: 'Gas mail', query: 'gas', lastCount: String(gas?.hits) });
    expect(saved.history).toHaveLength(1);
    expect(await reports.runSaved('Gas mail')).toBe(gas?.hits);
    const after = await reports.savedSearch('Gas mail');
    expect(after.history).toHaveLength(2);
    expect(after.history[1]).toMatch(new RegExp(`^${gas?.hits} at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}`));

    await reports.deleteSaved('Gas mail');
    expect(await reports.savedRows.count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
