/**
 * The packet builder in Chromium against the real backend in browser mode: one message redacted
 * and released in part, the other withheld under (b)(5); the packet built with a cover letter,
 * read back and checked by the backend, previewed page by page, and the PDF read here too: the
 * redacted word is nowhere in it, the slip sheet and the withholding index are.
 */
import { cp, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../support/corpus.js';
import { readPdfPages } from '../support/pdf-text.js';
import { PacketPanel } from './pages/packet-panel.js';
import { SearchPage } from './pages/search-page.js';
import { SourcesPanel } from './pages/sources-panel.js';
import { StartPage } from './pages/start-page.js';
import { useBrowserMode } from './support/browser-mode.js';

const SCREENSHOTS = join(process.cwd(), 'build', 'e2e-screenshots');

describe('Packet builder, in the browser', () => {
  const session = useBrowserMode();

  it('builds a checked packet with a redaction burned in and a slip sheet, and previews it', { timeout: 180_000 }, async () => {
    const app = session();
    const { page } = app;
    const folder = join(app.dataDir, 'fischer-mail');
    await cp(corpusPath('email', 'enron', 'maildir', 'fischer-m', 'all_documents'), folder, { recursive: true });
    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'packet-case'), 'Packet case');
    const sources = new SourcesPanel(page);
    await sources.show();
    expect(await sources.addFolder(folder, 'Mark Fischer')).toBe('completed');

    const search = new SearchPage(page);
    await search.show();
    await search.search('');
    // Record 1: redact its first long word, then release it in part.
    await search.open(0);
    const body = page.getByTestId('record-body');
    await body.waitFor();
    const hidden = await body.evaluate((element) => {
      (document.activeElement as HTMLElement | null)?.blur();
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const match = /[A-Za-z]{7,}/.exec(text);
        // A word found once in the body, so the packet must not show it anywhere.
        if (match && (element.textContent ?? '').split(match[0]).length === 2) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          window.getSelection()?.removeAllRanges();
          window.getSelection()?.addRange(range);
          return match[0];
        }
      }
      return '';
    });
    expect(hidden).not.toBe('');
    await page.keyboard.press('x');
    await expect.poll(() => page.getByTestId('redaction-row').count()).toBe(1);
    await page.keyboard.press('p');
    await expect.poll(() => page.getByTestId('coding-status').getAttribute('data-decision')).toBe('release-in-part');
    // Record 2: withheld in full under (b)(5).
    await page.keyboard.press('j');
    await expect.poll(() => page.getByTestId('queue-position').innerText()).toMatch(/^Results: 2 of/);
    await page.locator('.exemption-picker summary').click();
    await page.getByTestId('exemption-b5').check();
    await page.getByTestId('exemption-b5').blur();
    await page.keyboard.press('w');
    await expect.poll(() => page.getByTestId('coding-status').getAttribute('data-decision')).toBe('withhold-in-full');

    const packets = new PacketPanel(page);
    await packets.show();
    await expect.poll(() => page.getByTestId('cover-letter-text').inputValue()).toContain('{{');
    const shown = await packets.build('PKT-');
    expect(shown.entries).toBe(2);
    expect(await page.getByTestId('packet-checks').innerText()).toMatch(/no redacted or withheld text can be read/);

    // The preview: page 1 drawn from the written file, then page 2.
    const image = page.getByTestId('packet-preview-image');
    await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await page.getByTestId('packet-preview-next').click();
    await expect.poll(() => page.getByTestId('packet-page-preview').getAttribute('data-page')).toBe('2');
    await expect.poll(() => page.getByTestId('packet-page-preview').getAttribute('data-loading')).toBe('false');
    // The test host shows files as a desktop would (its dialogs are scripted): no fallback message.
    await page.getByTestId('packet-show-in-folder').click();
    expect(await page.getByTestId('packet-show-message').count()).toBe(0);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'packet-built.png'), fullPage: true });

    const text = (await readPdfPages(new Uint8Array(await readFile(shown.path)))).join('\n');
    expect(text).not.toContain(hidden);
    expect(text).toMatch(/Withheld in full/);
    expect(text).toContain('(b)(5)');
    expect(text).toContain('(b)(6)');
    expect(app.pageErrors).toEqual([]);
  });
});
