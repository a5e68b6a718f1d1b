/**
 * Starts browser mode for real — the built renderer, the WebSocket server and a real backend —
 * and Debian's Chromium driven by Playwright. Chromium is never downloaded: it comes from the
 * system (`CHROMIUM_PATH`, else /usr/bin/chromium).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Host } from '../../../main/host/create-host.js';
import { startWebServer } from '../../../main/host/web-server.js';
import type { WebServer } from '../../../main/host/web-server.js';
import { REPO_ROOT, tempFolder } from '../../support/corpus.js';
import { makeTestHost } from '../../support/test-host.js';

export const RENDERER_BUILD = join(REPO_ROOT, 'build', 'renderer');

export type BrowserModeSession = {
  page: Page;
  server: WebServer;
  dataDir: string;
  /** Console errors and uncaught exceptions seen in the page. */
  pageErrors: string[];
  close(): Promise<void>;
};

export async function startBrowserMode(): Promise<BrowserModeSession> {
  if (!existsSync(join(RENDERER_BUILD, 'index.html'))) {
    throw new Error(`No renderer build in ${RENDERER_BUILD}: run "npm run build" (npm test does it first)`);
  }
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`);
  }
  const data = await tempFolder('foia-e2e-');
  const host: Host = makeTestHost({ dataDir: data.path });
  const server = await startWebServer({ host, staticDir: RENDERER_BUILD });
  const browser: Browser = await chromium.launch({
    executablePath,
    // Root in CI needs --no-sandbox; the others stop Chromium calling home on a closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      pageErrors.push(message.text());
    }
  });
  await page.goto(server.url);
  return {
    page,
    server,
    dataDir: data.path,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
      await host.close();
      await data.cleanup();
    },
  };
}

/** Each scenario gets its own server, backend and browser, so one cannot leak into the next. */
export function useBrowserMode(): () => BrowserModeSession {
  let app: BrowserModeSession | undefined;
  beforeAll(async () => {
    app = await startBrowserMode();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) {
      throw new Error('browser mode did not start');
    }
    return app;
  };
}
