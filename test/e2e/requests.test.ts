/**
 * The Requests screen in Chromium against the real backend in browser mode: requests taken in
 * through the intake form, each listed with its statutory clock (overdue ones marked), a date
 * the form refuses, and a screenshot of the dashboard for the record.
 */
import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ukFoiDeadline } from '../../shared/deadlines/uk-foi-deadline.js';
import { usFoiaDeadline } from '../../shared/deadlines/us-foia-deadline.js';
import { deadlineLabel } from '../../renderer/state/deadline-label.js';
import { localDate } from '../../main/core/review/request-status.js';
import { corpusPath } from '../support/corpus.js';
import { RequestsPage } from './pages/requests-page.js';
import { SearchPage } from './pages/search-page.js';
import { SourcesPanel } from './pages/sources-panel.js';
import { StartPage } from './pages/start-page.js';
import { useBrowserMode } from './support/browser-mode.js';

/** Where e2e screenshots are kept, for a reviewer to look at after a run. */
const SCREENSHOTS = join(process.cwd(), 'build', 'e2e-screenshots');

function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return localDate(date);
}

describe('Requests screen, in the browser', () => {
  const session = useBrowserMode();

  it('takes requests in and shows each statutory clock, overdue ones marked', { timeout: 60_000 }, async () => {
    const app = session();
    const { page } = app;
    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'requests-case'), 'Requests case');
    const requests = new RequestsPage(page);
    await requests.show();

    const today = localDate(new Date());
    const recent = daysAgo(3);
    const old = daysAgo(60);
    await requests.takeIn({ trackingNumber: '2026-FOIA-0101', title: 'Main St contract emails', requester: 'Pat Reporter', receivedOn: recent });
    await requests.takeIn({ trackingNumber: '2026-FOIA-0007', title: 'Overdue budget request', receivedOn: old, unusual: true });
    await requests.takeIn({ title: 'UK request for minutes', receivedOn: recent, regime: 'uk-foia' });

    // The screen shows what the statute's own functions say for today.
    const expected = (label: ReturnType<typeof deadlineLabel>) => ({ text: expect.stringContaining(label.text), tone: label.tone });
    expect(await requests.deadline('Main St contract emails')).toEqual(expected(deadlineLabel(usFoiaDeadline({ receivedOn: recent }, today))));
    expect(await requests.deadline('Overdue budget request')).toEqual(expected(deadlineLabel(usFoiaDeadline({ receivedOn: old, unusualCircumstances: true }, today))));
    expect((await requests.deadline('Overdue budget request')).tone).toBe('overdue');
    expect(await requests.deadline('UK request for minutes')).toEqual(expected(deadlineLabel(ukFoiDeadline({ receivedOn: recent }, today))));

    // A date that is not one is named, and nothing is taken in.
    await requests.form.getByTestId('intake-title').fill('Bad date');
    await requests.form.getByTestId('intake-received').fill('2026-02-30');
    await requests.form.getByTestId('intake-save').click();
    await expect.poll(() => requests.form.innerText()).toContain('Received is not a date');
    expect(await requests.row('Bad date').count()).toBe(0);

    // The deadline calendar of the selected request: its working days, numbered to the due date.
    await requests.row('Main St contract emails').getByRole('button').click();
    const calendar = page.getByTestId('deadline-calendar');
    await calendar.waitFor();
    const mainSt = usFoiaDeadline({ receivedOn: recent }, today);
    expect(await calendar.locator('[data-kind="working"]').count()).toBe(20);
    expect(await calendar.locator('.day-due').getAttribute('data-date')).toBe(mainSt.dueDate);

    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'requests-dashboard.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });

});

describe('Batch coding, in the browser', () => {
  const session = useBrowserMode();

  it('codes every result of a search after confirming the count, and the dashboard shows the progress', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    const folder = join(app.dataDir, 'fischer-mail');
    await cp(corpusPath('email', 'enron', 'maildir', 'fischer-m', 'all_documents'), folder, { recursive: true });
    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'batch-case'), 'Batch case');
    const sources = new SourcesPanel(page);
    await sources.show();
    expect(await sources.addFolder(folder, 'Mark Fischer')).toBe('completed');

    const search = new SearchPage(page);
    await search.show();
    await search.search('');
    await page.getByTestId('code-all-button').click();
    const confirm = page.getByTestId('code-all-confirm');
    await confirm.waitFor();
    const count = Number(await confirm.getAttribute('data-count'));
    expect(count).toBe(await search.rows().count());
    await page.getByTestId('code-all-decision').selectOption('not-responsive');
    await page.getByTestId('code-all-confirm-button').click();
    await expect.poll(() => page.getByTestId('code-all-message').innerText()).toContain(`Coded ${count} records not-responsive`);
    await expect.poll(() => search.decisionAt(0)).toMatch(/not responsive/i);

    // Redact the first word of the first record's body: select it, give the exemption, redact.
    await search.open(0);
    const body = page.getByTestId('record-body');
    await body.waitFor();
    // The exemption first: focusing its field would clear the selection.
    await page.getByTestId('redaction-exemptions').fill('b6');
    const word = await body.evaluate((element) => {
      const text = element.textContent ?? '';
      const match = /[A-Za-z]{3,}/.exec(text);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode();
      if (!match || !node) {
        return '';
      }
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return match[0];
    });
    expect(word).not.toBe('');
    await page.getByTestId('redact-selection').click();
    await expect.poll(() => page.getByTestId('redaction-row').count()).toBe(1);
    expect(await page.getByTestId('redaction-row').innerText()).toContain(`“${word}” (body, (b)(6))`);
    expect(await page.getByTestId('redacted-span').first().innerText()).toBe(word);
    // The keyboard does the same: select the last word of the body and press X.
    const last = await body.evaluate((element) => {
      // Selecting with the mouse takes the focus out of the exemptions field; do the same.
      (document.activeElement as HTMLElement | null)?.blur();
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let node: Node | null = null;
      for (let next = walker.nextNode(); next !== null; next = walker.nextNode()) {
        node = next;
      }
      const text = node?.textContent ?? '';
      const match = /([A-Za-z]{2,})[^A-Za-z]*$/.exec(text);
      if (!node || !match || match.index === undefined) {
        return '';
      }
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + (match[1]?.length ?? 0));
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return match[1] ?? '';
    });
    expect(last).not.toBe('');
    await page.keyboard.press('x');
    await expect.poll(() => page.getByTestId('redaction-row').count()).toBe(2);
    expect(await page.getByTestId('redacted-span').allInnerTexts()).toEqual([word, last]);

    // A header field is redactable too: the subject's first word, by key.
    const subjectWord = await page.getByTestId('record-subject').evaluate((element) => {
      (document.activeElement as HTMLElement | null)?.blur();
      const field = element.querySelector('[data-redact-field="subject"]');
      const walker = document.createTreeWalker(field ?? element, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode();
      const match = /[A-Za-z]{2,}/.exec(node?.textContent ?? '');
      if (!node || !match) {
        return '';
      }
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return match[0];
    });
    expect(subjectWord).not.toBe('');
    await page.keyboard.press('x');
    await expect.poll(() => page.getByTestId('redaction-row').count()).toBe(3);
    expect(await page.getByTestId('redaction-row').nth(2).innerText()).toContain(`“${subjectWord}” (subject, (b)(6))`);
    expect(await page.locator('[data-testid="redacted-span"][data-field="subject"]').innerText()).toBe(subjectWord);

    // Edit the first redaction: a (b)(3) with its statute instead of (b)(6); an unknown code is named first.
    await page.getByTestId('redaction-edit').first().click();
    await page.getByTestId('redaction-edit-exemptions').fill('b3');
    await expect.poll(() => page.getByTestId('redaction-edit-exemptions-problem').innerText()).toMatch(/statute/i);
    await page.getByTestId('redaction-edit-exemptions').fill('b3: 26 U.S.C. 6103');
    await page.getByTestId('redaction-save').click();
    await expect.poll(() => page.getByTestId('redaction-row').first().innerText()).toContain(`“${word}” (body, (b)(3): 26 U.S.C. 6103)`);

    // Withhold the record under (b)(3), naming the statute in the picker.
    await page.locator('.exemption-picker summary').click();
    await page.getByTestId('exemption-b3').check();
    await page.getByTestId('exemption-b3-statute').fill('26 U.S.C. 6103');
    await page.getByTestId('exemption-b3-statute').blur();
    await page.keyboard.press('w');
    await expect.poll(() => page.getByTestId('coding-exemptions').innerText()).toContain('(b)(3): 26 U.S.C. 6103');
    expect(await page.getByTestId('coding-status').getAttribute('data-decision')).toBe('withhold-in-full');
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'record-redaction.png'), fullPage: true });

    // J opens the next result, K the previous one, ready to code.
    const firstId = await page.getByTestId('record-viewer').getAttribute('data-record-id');
    await page.keyboard.press('j');
    await expect.poll(() => page.getByTestId('queue-position').innerText()).toBe(`Results: 2 of ${count} records`);
    await expect.poll(() => page.getByTestId('record-viewer').getAttribute('data-record-id')).not.toBe(firstId);
    await page.keyboard.press('k');
    await expect.poll(() => page.getByTestId('record-viewer').getAttribute('data-record-id')).toBe(firstId);

    const requests = new RequestsPage(page);
    await requests.show();
    await expect.poll(() => page.getByTestId('request-progress').first().innerText()).toBe(`${count} of ${count}`);

    // A batch of the same search for a named reviewer, and a QC sample of the officer's decisions.
    await page.getByTestId('batch-name').fill('Week 1');
    await page.getByTestId('batch-reviewer').fill('Dana');
    await page.getByTestId('batch-create').click();
    await expect.poll(() => page.getByTestId('batch-row').first().innerText()).toContain(`Week 1: Dana, ${count} of ${count} reviewed`);
    await page.getByTestId('qc-reviewer').fill('test-officer');
    await page.getByTestId('qc-sample').click();
    await expect.poll(() => page.getByTestId('qc-table').locator('caption').innerText()).toBe(`${count} decision(s) by test-officer`);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'requests-after-batch-coding.png'), fullPage: true });

    // Take up the batch: every record is coded, so it opens on its first; J walks the batch.
    await page.getByTestId('batch-review').first().click();
    const queue = page.getByTestId('review-queue');
    await expect.poll(() => queue.getAttribute('data-mode')).toBe('batch');
    await expect.poll(() => page.getByTestId('queue-position').innerText()).toBe(`Batch “Week 1” (Dana): 1 of ${count} records`);
    await page.keyboard.press('j');
    await expect.poll(() => page.getByTestId('queue-position').innerText()).toBe(`Batch “Week 1” (Dana): 2 of ${count} records`);
    await page.getByTestId('queue-leave-batch').click();
    await expect.poll(() => queue.getAttribute('data-mode')).toBe('results');
    expect(app.pageErrors).toEqual([]);
  });
});
