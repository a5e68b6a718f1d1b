/**
 * An email's HTML version in the record viewer, in Chromium against the real backend in browser
 * mode. The message (a constructed fixture, test/fixtures/html-mail/) carries a tracking pixel, a
 * remote stylesheet, an @import and CSS backgrounds, all pointing at a local server started here
 * that records every request it gets. Opening the HTML view must show the message and leave
 * that server untouched, and say how much it withheld; a screenshot is kept for a reviewer.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME_CONTENT_SECURITY_POLICY } from '../../renderer/components/sandboxed-frame-document.js';
import { REPO_ROOT } from '../support/corpus.js';
import { RecordViewer } from './pages/record-viewer.js';
import { SearchPage } from './pages/search-page.js';
import { SourcesPanel } from './pages/sources-panel.js';
import { StartPage } from './pages/start-page.js';
import { useBrowserMode } from './support/browser-mode.js';

const FIXTURE = join(REPO_ROOT, 'test', 'fixtures', 'html-mail', 'tracking-pixel-constructed.eml');
/** Where e2e screenshots are kept, for a reviewer to look at after a run. */
const SCREENSHOTS = join(REPO_ROOT, 'build', 'e2e-screenshots');

/** A server on 127.0.0.1 that answers 404 to everything and remembers every path it was asked for. */
function startTracker() {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(404);
    response.end();
  });
  return {
    requests,
    listen: () =>
      new Promise<string>((resolve) => {
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
      }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('browser mode, an email’s HTML version', () => {
  const session = useBrowserMode();
  const tracker = startTracker();
  let origin = '';
  beforeAll(async () => {
    origin = await tracker.listen();
  });
  afterAll(async () => {
    await tracker.close();
  });

  it('shows the HTML sanitised in a sandboxed frame, loads nothing remote, and says what it blocked', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    const folder = join(app.dataDir, 'html-mail');
    await mkdir(folder, { recursive: true });
    const message = (await readFile(FIXTURE, 'utf8')).replaceAll('__TRACKER__', origin);
    await writeFile(join(folder, 'tracking-pixel.eml'), message);

    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'html-mail-case'), 'HTML mail case');
    const sources = new SourcesPanel(page);
    await sources.show();
    expect(await sources.addFolder(folder, 'Dana Clerk')).toBe('completed');

    const search = new SearchPage(page);
    await search.show();
    await search.search('"Main Street" kind:email');
    expect(await search.rows().count()).toBe(1);
    await search.open(0);
    const viewer = new RecordViewer(page);
    await viewer.waitForRecord(await search.recordIdAt(0));

    // Text first: it is what search hits and redactions refer to.
    expect(await viewer.bodyView()).toBe('text');
    expect(await viewer.bodyText()).toContain('Q1 spend: $41,200');
    expect(await viewer.fields()).toMatchObject({ Kind: expect.stringContaining('HTML version available') });

    await viewer.showHtml();
    expect(await viewer.bodyView()).toBe('html');
    await viewer.htmlFrame.getByText('Q1 spend: $41,200').waitFor({ timeout: 15_000 });
    await viewer.htmlFrame.getByText('[Inline image: City logo]').waitFor();
    // Give a pixel, a stylesheet or an @import that slipped through time to be requested.
    await page.waitForTimeout(500);
    expect(tracker.requests).toEqual([]);

    expect(await viewer.htmlBlocked()).toEqual({
      text: expect.stringContaining('5 remote items blocked (1 image, 4 in styles) · 1 inline image shown as a placeholder.'),
      remoteCount: 5,
    });
    // The frame: an empty sandbox, and a document that opens with its own policy.
    expect(await viewer.htmlFrameElement.getAttribute('sandbox')).toBe('');
    const srcdoc = (await viewer.htmlFrameElement.getAttribute('srcdoc')) ?? '';
    expect(srcdoc.startsWith(`<meta http-equiv="Content-Security-Policy" content="${FRAME_CONTENT_SECURITY_POLICY}">`)).toBe(true);
    // The tracker's address is left only in the link's tooltip, as text.
    expect(srcdoc.replace(/ title="[^"]*"/g, '')).not.toContain(origin);

    // The link is text: no destination, and clicking it goes nowhere.
    const link = viewer.htmlFrame.getByText('View this message online');
    expect(await link.getAttribute('href')).toBeNull();
    expect(await link.getAttribute('title')).toBe(`Link, not followed: ${origin}/click?id=1`);
    await link.click();
    await page.waitForTimeout(300);
    await viewer.htmlFrame.getByText('Q1 spend: $41,200').waitFor();
    expect(tracker.requests).toEqual([]);

    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'record-html-view.png'), fullPage: true });

    await viewer.showText();
    expect(await viewer.bodyText()).toContain('Q1 spend: $41,200');
    expect(tracker.requests).toEqual([]);
    // No load was refused by a policy either: the sanitiser had already taken every one out. The
    // only reports are Chromium's, for the message's inline styles, when DOMPurify parses the
    // markup in an inert document that inherits the app's policy (style-src 'self').
    expect(app.pageErrors.filter((error) => !error.startsWith('Applying inline style violates'))).toEqual([]);

    // The control: this browser does reach the tracker when something asks it to.
    const browser = page.context().browser();
    if (browser === null) {
      throw new Error('no browser behind the page');
    }
    const other = await browser.newPage();
    await other.goto(`${origin}/control`).catch(() => undefined);
    await other.close();
    expect(tracker.requests).toEqual(['/control']);
  });
});
