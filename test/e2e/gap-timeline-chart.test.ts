/**
 * The gap timeline chart alone in Debian's Chromium, under the app's own Content-Security-Policy:
 * ECharts draws on a canvas, so what only a browser can show is checked here — that the chart
 * draws without a single policy violation or page error, that clicks on a bar, an evidence mark,
 * a gap's shading and a proposal's shading reach the right callbacks, that the text version
 * offers the same, and that unmounting disposes the chart. The component is bundled with esbuild
 * and served by a local server with the policy as a header, like browser mode's.
 *
 * Positions come from ECharts itself (convertToPixel), so the test does not guess the layout.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/content-security-policy.js';
import type { Gap, GapProposalView, GapTimeline } from '../../shared/model/gap.js';
import { REPO_ROOT } from '../support/corpus.js';

const SCREENSHOTS = join(REPO_ROOT, 'build', 'e2e-screenshots');

const GAP_DEFAULTS: Omit<Gap, 'id' | 'title' | 'channel' | 'custodians' | 'periodStart' | 'periodEnd' | 'status' | 'evidence'> = {
  cause: 'auto-delete',
  volume: null,
  salvage: [],
  safeguards: '',
  office: '',
  circumstances: '',
  notes: '',
  requestIds: [],
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: 'officer',
  updatedAt: '2024-01-01T00:00:00.000Z',
  proposalKey: null,
};

const TIMELINE: GapTimeline = {
  rows: [
    { custodian: 'Ana', channel: 'whatsapp', counts: [['2021-01-04', 3], ['2021-01-05', 6], ['2021-01-28', 2], ['2021-03-02', 4]], total: 15 },
    { custodian: 'Ben', channel: 'whatsapp', counts: [['2021-01-12', 1], ['2021-03-20', 2]], total: 3 },
  ],
  firstDay: '2021-01-01',
  lastDay: '2021-03-31',
  evidenceDays: { r1: '2021-01-28', r2: '2021-01-28' },
};

const GAPS: Gap[] = [
  {
    ...GAP_DEFAULTS,
    id: 'g-auto-delete',
    title: 'Auto-delete',
    channel: 'whatsapp',
    custodians: ['Ana'],
    periodStart: '2021-02-01',
    periodEnd: '2021-02-20',
    status: 'suspected',
    evidence: [
      { recordId: 'r1', quote: 'disappearing messages on', why: 'timer turned on' },
      { recordId: 'r2', quote: '', why: 'deleted marker' },
    ],
  },
  { ...GAP_DEFAULTS, id: 'g-early', title: 'Before the export', channel: 'whatsapp', custodians: [], periodStart: null, periodEnd: '2021-01-03', status: 'confirmed', evidence: [] },
];

const PROPOSALS: GapProposalView[] = [
  {
    key: 'silent-period:ben',
    detector: 'silent-period',
    title: 'Silent for 60 days',
    channel: 'whatsapp',
    custodians: ['Ben'],
    periodStart: '2021-01-15',
    periodEnd: '2021-03-15',
    cause: 'other',
    volume: null,
    evidence: [],
    explanation: '',
    review: null,
  },
];

/** The page's script: renders the chart and lets the test read what the callbacks received. */
const ENTRY = `
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { getInstanceByDom } from 'echarts/core';
import { GapTimelineChart } from './renderer/features/gaps/timeline/gap-timeline-chart.tsx';

const data = ${JSON.stringify({ timeline: TIMELINE, gaps: GAPS, proposals: PROPOSALS })};
const calls = [];
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective + ' ' + event.blockedURI));
const root = createRoot(document.getElementById('root'));
const canvasHost = () => document.querySelector('[data-testid="gap-timeline-canvas"]');
const dayMs = (day) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

window.timelineTest = {
  calls,
  violations,
  render() {
    flushSync(() => root.render(
      <GapTimelineChart
        timeline={data.timeline}
        gaps={data.gaps}
        proposals={data.proposals}
        onOpenDay={(...args) => calls.push(['day', ...args])}
        onOpenRecords={(ids) => calls.push(['records', ...ids])}
        onSelectGap={(id) => calls.push(['gap', id])}
        onSelectProposal={(key) => calls.push(['proposal', key])}
      />,
    ));
  },
  unmount() {
    const host = canvasHost();
    root.unmount();
    return host !== null && getInstanceByDom(host) === undefined;
  },
  hasChart() {
    const host = canvasHost();
    return host !== null && getInstanceByDom(host) !== undefined && host.querySelector('canvas') !== null;
  },
  /** Page coordinates of noon on day, at value y of the row's count axis (or its 0-1 mark axis). */
  point(row, day, y, onMarkAxis) {
    const host = canvasHost();
    const chart = getInstanceByDom(host);
    const [px, py] = chart.convertToPixel({ xAxisIndex: row, yAxisIndex: row * 2 + (onMarkAxis ? 1 : 0) }, [dayMs(day) + 43200000, y]);
    const box = host.getBoundingClientRect();
    return { x: box.left + px, y: box.top + py };
  },
};
`;

type TimelinePage = {
  calls: unknown[][];
  violations: string[];
  render(): void;
  unmount(): boolean;
  hasChart(): boolean;
  point(row: number, day: string, y: number, onMarkAxis: boolean): { x: number; y: number };
};

describe('the gap timeline chart in Chromium', () => {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
    if (!existsSync(executablePath)) {
      throw new Error(`Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`);
    }
    const bundle = await build({
      stdin: { contents: ENTRY, resolveDir: REPO_ROOT, loader: 'tsx', sourcefile: 'gap-timeline-page.tsx' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      outdir: 'page',
      entryNames: 'app',
      write: false,
      logLevel: 'silent',
    });
    const file = (extension: string) => bundle.outputFiles.find((output) => output.path.endsWith(extension))?.text ?? '';
    const files: Record<string, { type: string; body: string }> = {
      '/': { type: 'text/html; charset=utf-8', body: '<!doctype html><title>gap timeline</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/app.css"><body><div id="root"></div><script src="/app.js"></script></body>' },
      '/app.js': { type: 'text/javascript; charset=utf-8', body: file('.js') },
      '/app.css': { type: 'text/css; charset=utf-8', body: file('.css') },
    };
    server = createServer((request, response) => {
      const found = files[request.url ?? ''];
      response.writeHead(found ? 200 : 404, { 'content-type': found?.type ?? 'text/plain', 'content-security-policy': contentSecurityPolicy("'none'") });
      response.end(found?.body ?? '');
    });
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      // Chromium reports refused inline styles and scripts as console errors too.
      if (message.type() === 'error') {
        pageErrors.push(message.text());
      }
    });
    await page.goto(`http://127.0.0.1:${(listening.address() as AddressInfo).port}/`);
    await page.evaluate(() => (window as unknown as { timelineTest: TimelinePage }).timelineTest.render());
    await page.waitForFunction(() => (window as unknown as { timelineTest: TimelinePage }).timelineTest.hasChart());
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  const test = () => page.evaluate(() => (window as unknown as { timelineTest: Omit<TimelinePage, 'point'> }).timelineTest);
  const point = (row: number, day: string, y: number, onMarkAxis = false) =>
    page.evaluate(([r, d, v, m]) => (window as unknown as { timelineTest: TimelinePage }).timelineTest.point(r, d, v, m), [row, day, y, onMarkAxis] as const);

  async function clickAt(row: number, day: string, y: number, onMarkAxis = false): Promise<unknown[] | undefined> {
    const before = (await test()).calls.length;
    const at = await point(row, day, y, onMarkAxis);
    // Arrive first, as a hand does: the canvas tooltip left by the last click follows the pointer
    // only on a move, and a click that lands on it goes to the tooltip, not to the chart below.
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await page.waitForTimeout(150);
    await page.mouse.click(at.x, at.y);
    const { calls } = await test();
    return calls.length > before ? calls[calls.length - 1] : undefined;
  }

  it('draws under the app policy with no violation and no error, hovering included', async () => {
    const at = await point(0, '2021-02-10', 0.5);
    await page.mouse.move(at.x, at.y);
    const bar = await point(0, '2021-01-05', 3);
    await page.mouse.move(bar.x, bar.y);
    await page.waitForTimeout(300);
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(join(SCREENSHOTS, 'gap-timeline-chart.png'), await page.screenshot({ fullPage: true }));
    expect((await test()).violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    // The tooltip is drawn on the canvas: no HTML tooltip element is made.
    expect(await page.locator('[data-testid="gap-timeline-canvas"] div').evaluateAll((divs) => divs.filter((div) => div.textContent !== '').length)).toBe(0);
  });

  it('would have caught a violation: an inline style attribute is reported', async () => {
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="control" style="color: red">control</p>'));
    await expect.poll(async () => (await test()).violations.length).toBe(1);
    expect((await test()).violations[0]).toMatch(/^style-src/);
    await page.evaluate(() => {
      document.getElementById('control')?.remove();
      (window as unknown as { timelineTest: TimelinePage }).timelineTest.violations.length = 0;
    });
    pageErrors.length = 0;
  });

  it('opens a day from its bar', async () => {
    expect(await clickAt(0, '2021-01-05', 3)).toEqual(['day', 'Ana', 'whatsapp', '2021-01-05', '2021-01-05']);
    expect(await clickAt(1, '2021-03-20', 1)).toEqual(['day', 'Ben', 'whatsapp', '2021-03-20', '2021-03-20']);
  });

  it('opens every evidence record of a mark', async () => {
    expect(await clickAt(0, '2021-01-28', 0.86, true)).toEqual(['records', 'r1', 'r2']);
  });

  it('opens a gap from its shading, and a proposal from its own', async () => {
    expect(await clickAt(0, '2021-02-10', 0.3)).toEqual(['gap', 'g-auto-delete']);
    expect(await clickAt(1, '2021-01-02', 0.3)).toEqual(['gap', 'g-early']);
    expect(await clickAt(1, '2021-02-15', 0.3)).toEqual(['proposal', 'silent-period:ben']);
  });

  it('gives the same as text, with buttons', async () => {
    await page.getByText('Timeline as text').click();
    const rows = await page.getByTestId('gap-timeline-row-text').allTextContents();
    expect(rows[0]).toContain("Ana, WhatsApp: 15 messages 2021-01-04 to 2021-03-02; gap 'Before the export' from an unknown start to 2021-01-03 (confirmed); gap 'Auto-delete' 2021-02-01 to 2021-02-20 (suspected); 2 evidence records marked");
    expect(rows[1]).toContain("proposed gap 'Silent for 60 days' 2021-01-15 to 2021-03-15 (not yet reviewed)");
    await page.getByRole('button', { name: 'Open gap ‘Auto-delete’' }).click();
    await page.getByRole('button', { name: 'Open the 2 evidence records' }).click();
    expect((await test()).calls.slice(-2)).toEqual([['gap', 'g-auto-delete'], ['records', 'r1', 'r2']]);
    expect((await test()).violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('disposes the chart when it unmounts', async () => {
    expect(await page.evaluate(() => (window as unknown as { timelineTest: TimelinePage }).timelineTest.unmount())).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
