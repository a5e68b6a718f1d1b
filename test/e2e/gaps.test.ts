/**
 * The gap register in Chromium against the real backend in browser mode, on a real Enron
 * custodian's mail (Susan Bailey's 478 messages): the timeline drawn, the detectors run, a proposal accepted into the register,
 * the gap confirmed with a salvage action, a proposal rejected and not raised again, and the
 * 36 CFR 1230.14 report written. Screenshots for the record; no console error (a CSP violation
 * by the chart library would be one).
 */
import { cp, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../support/corpus.js';
import { SourcesPanel } from './pages/sources-panel.js';
import { StartPage } from './pages/start-page.js';
import { useBrowserMode } from './support/browser-mode.js';

const SCREENSHOTS = join(process.cwd(), 'build', 'e2e-screenshots');

describe('Gap register, in the browser', () => {
  const session = useBrowserMode();

  it('runs the detectors, accepts and rejects proposals, edits the gap and writes the report', { timeout: 180_000 }, async () => {
    const app = session();
    const { page } = app;
    const folder = join(app.dataDir, 'bailey-mail');
    await cp(corpusPath('email', 'enron', 'maildir', 'bailey-s'), folder, { recursive: true });
    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'gap-case'), 'Gap case');
    const sources = new SourcesPanel(page);
    await sources.show();
    expect(await sources.addFolder(folder, 'Susan Bailey')).toBe('completed');

    await page.getByTestId('nav-gaps').click();
    await page.getByTestId('gaps-screen').waitFor();
    await expect.poll(() => page.getByTestId('gap-register-empty').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="gap-timeline-section"] canvas').count()).toBeGreaterThan(0);

    // The built-in lexicon and the other detectors over a real mailbox.
    await page.getByTestId('gap-detect').click();
    await expect.poll(() => page.getByTestId('gap-proposal').count(), { timeout: 60_000 }).toBeGreaterThan(1);
    const first = page.getByTestId('gap-proposal').first();
    const firstTitle = await first.getByTestId('gap-proposal-title').innerText();
    expect((await first.getByTestId('gap-proposal-explanation').innerText()).length).toBeGreaterThan(20);
    await first.getByTestId('gap-proposal-accept').click();
    await expect.poll(() => page.getByTestId('gap-row').count()).toBe(1);
    expect(await page.getByTestId('gap-row').innerText()).toContain(firstTitle);

    // The accepted gap opens in the editor: confirm it and record what was done.
    const form = page.getByTestId('gap-form');
    await form.waitFor();
    await page.getByTestId('gap-status').selectOption('confirmed');
    await page.getByTestId('gap-office').fill('Office of the General Counsel');
    await page.getByTestId('gap-salvage-add').click();
    await page.getByTestId('gap-salvage-date').fill('2001-12-03');
    await page.getByTestId('gap-salvage-action').fill('Asked the custodian for his personal phone records');
    await page.getByTestId('gap-salvage-result').fill('Declined');
    await page.getByTestId('gap-save').click();
    await expect.poll(() => page.getByTestId('gap-row').getAttribute('data-status')).toBe('confirmed');

    // Reject the next open proposal; a second run does not raise it again.
    const open = page.locator('[data-testid="gap-proposal"][data-review="open"]');
    const before = await open.count();
    const rejectedKey = await open.first().getAttribute('data-key');
    await open.first().getByTestId('gap-proposal-reject').click();
    await page.getByTestId('gap-proposal-reason').fill('A courtesy phrase, not a move off the record');
    await page.getByTestId('gap-proposal-reject-confirm').click();
    await expect.poll(() => open.count()).toBe(before - 1);
    await page.getByTestId('gap-detect').click();
    await expect.poll(() => page.getByTestId('gap-message').innerText()).toMatch(/proposal\(s\), \d+ to review/);
    expect(await page.locator(`[data-testid="gap-proposal"][data-key="${rejectedKey}"]`).count()).toBe(0);

    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'gap-register.png'), fullPage: true });

    await page.getByTestId('gap-report-agency').fill('Federal Energy Regulatory Commission');
    await page.getByTestId('gap-report-prepared-by').fill('A. Officer, Records Officer');
    await page.getByTestId('gap-report-export').click();
    const written = page.getByTestId('gap-report-written');
    await written.waitFor();
    const path = (await written.locator('.path').innerText()).trim();
    expect((await stat(path)).size).toBeGreaterThan(1000);
    await page.locator('[data-testid="gap-timeline-section"]').screenshot({ path: join(SCREENSHOTS, 'gap-timeline.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
