/**
 * The HTML sanitiser as the renderer runs it: DOMPurify and its hooks, bundled with esbuild and
 * run in Debian's Chromium, because DOMPurify needs a real DOM and the unit tests run in Node
 * (where only the decisions are tested). Each hostile construct is checked in the output, and
 * then everything that was let through is rendered in a frame with NO policy and NO sandbox,
 * served by a local server that records every request it gets: the sanitiser alone must let
 * nothing load. (A real server, because Chromium puts sandboxed frames in a process of their
 * own whose requests Playwright's routing never sees.)
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlockedContent } from '../../renderer/components/blocked-content.js';
import type { SanitisedHtml, sanitizeUntrustedHtml } from '../../renderer/components/sanitize-untrusted-html.js';
import { REPO_ROOT } from '../support/corpus.js';

/** Stands for the tracker in the cases; the load test puts the recording server's address in its place. */
const TRACKER = 'http://tracker.test';
const DOT_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

type Case = {
  name: string;
  html: string;
  keepStyles?: boolean;
  blocked: Partial<BlockedContent>;
  /** Checks on the output, a whole document serialised by Chromium. */
  check(output: string): void;
};

const CASES: Case[] = [
  {
    name: 'tracking pixel',
    html: `<p>Hello</p><img src="${TRACKER}/pixel.gif?id=1" width="1" height="1" alt="">`,
    blocked: { images: 1 },
    check: (out) => expect(out).toContain('<img width="1" height="1" alt="">'),
  },
  {
    name: 'srcset',
    html: `<img src="${DOT_GIF}" srcset="${TRACKER}/1.png 1x, //t.example/2.png 2x" alt="dot">`,
    blocked: { images: 2 },
    check: (out) => {
      expect(out).toContain(`src="${DOT_GIF}"`);
      expect(out).not.toContain('srcset');
    },
  },
  {
    name: 'background attribute',
    html: `<table background="${TRACKER}/bg.png"><tbody><tr><td background="//t.example/c.png" bgcolor="#eeeeee">cell</td></tr></tbody></table>`,
    blocked: { images: 2 },
    check: (out) => expect(out).toContain('<table><tbody><tr><td bgcolor="#eeeeee">cell</td></tr></tbody></table>'),
  },
  {
    name: 'style attribute url(), styles kept',
    html: `<p style="color: red; background: url(${TRACKER}/bg.png)">styled</p>`,
    keepStyles: true,
    blocked: { styles: 1 },
    check: (out) => expect(out).toContain('<p style="color: red;">styled</p>'),
  },
  {
    name: 'style attribute url(), styles dropped',
    html: `<p style="color: red; background: url(${TRACKER}/bg.png)">styled</p>`,
    blocked: { styles: 1 },
    check: (out) => expect(out).toContain('<p>styled</p>'),
  },
  {
    name: '<style> with @import and url()',
    html: `<html><head><style>@import url(${TRACKER}/a.css); @import "//t.example/b.css"; p { background: url('${TRACKER}/p.png') } i { color: red }</style></head><body><p>x</p></body></html>`,
    keepStyles: true,
    blocked: { styles: 3 },
    check: (out) => {
      expect(out).toContain('<head><style> p {} i { color: red }</style></head>');
    },
  },
  {
    name: '<link rel=stylesheet>',
    html: `<html><head><link rel="stylesheet" href="${TRACKER}/s.css"></head><body>x</body></html>`,
    blocked: { styles: 1 },
    check: (out) => expect(out).not.toContain('<link'),
  },
  {
    name: '<script>',
    html: `<p>a</p><script>fetch('${TRACKER}/s')</script><script src="${TRACKER}/x.js"></script><p>b</p>`,
    blocked: { active: 2 },
    check: (out) => {
      expect(out).not.toMatch(/script|fetch/);
      expect(out).toContain('<p>a</p><p>b</p>');
    },
  },
  {
    name: 'onerror and other handlers',
    html: `<body onload="fetch('/l')"><img src="x" onerror="fetch('${TRACKER}/e')" alt="broken"><div onmouseover="alert(1)">hover</div></body>`,
    blocked: { images: 1, active: 3 },
    check: (out) => {
      expect(out).not.toMatch(/on(error|load|mouseover)|fetch|alert/);
      expect(out).toContain('<img alt="broken">');
    },
  },
  {
    name: 'meta refresh and base',
    html: `<html><head><meta http-equiv="refresh" content="0;url=${TRACKER}/r"><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><base href="${TRACKER}/"></head><body><img src="rel.gif"></body></html>`,
    blocked: { active: 2, images: 1 },
    check: (out) => expect(out).not.toMatch(/<meta|<base|refresh/),
  },
  {
    name: 'iframe, object, embed',
    html: `<iframe src="${TRACKER}/f"></iframe><object data="${TRACKER}/o.swf"><embed src="${TRACKER}/e.swf"></object><p>after</p>`,
    blocked: { active: 3 },
    check: (out) => {
      expect(out).not.toMatch(/iframe|object|embed/);
      expect(out).toContain('<p>after</p>');
    },
  },
  {
    name: 'form',
    html: `<form action="${TRACKER}/submit" method="post"><input name="q" value="v"><button formaction="${TRACKER}/b">Go</button><select><option>One</option></select><textarea>note</textarea></form>`,
    blocked: { active: 1 },
    check: (out) => {
      expect(out).not.toMatch(/<form|<input|<button|<select|<option|<textarea|submit/);
      expect(out).toContain('Go');
    },
  },
  {
    name: 'protocol-relative and obfuscated schemes',
    html: [
      '<img src="//t.example/x.gif">',
      '<img src=" HTTP://t.example/a.gif">',
      '<img src="ht&#x74;p://t.example/b.gif">',
      '<img src="ht&#x0A;tp://t.example/c.gif">',
      '<img src="&#x20;&#x09;hTtPs://t.example/d.gif">',
      '<img src="ftp://t.example/e.gif">',
      '<div style="background: u\\72l(http://t.example/f.gif)">x</div>',
    ].join(''),
    keepStyles: true,
    blocked: { images: 6, styles: 1 },
    check: (out) => expect(out).not.toMatch(/t\.example|src=/),
  },
  {
    name: 'data: image kept',
    html: `<img src="${DOT_GIF}" alt="dot"><p style="background: url(${DOT_GIF})">bg</p>`,
    keepStyles: true,
    blocked: {},
    check: (out) => {
      expect(out).toContain(`<img src="${DOT_GIF}" alt="dot">`);
      expect(out).toContain(`style="background: url(${DOT_GIF})"`);
    },
  },
  {
    name: 'cid: image as a placeholder',
    html: '<p>Logo: <img src="cid:logo@city.example" alt="City logo" width="120" height="40"></p>',
    keepStyles: true,
    blocked: { inlineImages: 1 },
    check: (out) => {
      expect(out).toMatch(/<p>Logo: <span data-inline-image="" title="Image attached to this message \(cid:logo@city\.example\), not shown here" style="[^"]*min-width:120px;min-height:40px;">\[Inline image: City logo\]<\/span><\/p>/);
      expect(out).not.toContain('<img');
    },
  },
  {
    name: 'links made inert',
    html: `<a href="${TRACKER}/click?id=1" title="Read" target="_blank" ping="${TRACKER}/ping">Read online</a> <a href="javascript:alert(1)">js</a>`,
    // The ping beacon is a remote URL; the destinations are not loads.
    blocked: { other: 1 },
    check: (out) => {
      expect(out).toContain(`<a title="Read (link, not followed: ${TRACKER}/click?id=1)">Read online</a>`);
      expect(out).not.toMatch(/href|ping|target/);
    },
  },
  {
    name: 'SVG images, references and paint servers',
    html: `<svg width="10" height="10"><image href="${TRACKER}/i.png"></image><use href="${TRACKER}/u.svg#a"></use><rect width="10" height="10" fill="url(${TRACKER}/p.svg#g)"></rect><filter><feImage href="${TRACKER}/f.png"></feImage></filter></svg>`,
    blocked: { images: 2, styles: 1 },
    check: (out) => expect(out).not.toMatch(/href|tracker|<use/),
  },
  {
    name: 'video poster and sources',
    html: `<video poster="${TRACKER}/p.jpg" src="${TRACKER}/v.mp4" controls><source src="${TRACKER}/s.mp4"></video>`,
    blocked: { images: 1, other: 2 },
    check: (out) => expect(out).not.toContain('tracker'),
  },
];

describe('the HTML sanitiser in Chromium', () => {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = '';
  let page: Page;
  /** Every request the server got but the page itself. */
  const requests: string[] = [];

  beforeAll(async () => {
    const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
    if (!existsSync(executablePath)) {
      throw new Error(`Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`);
    }
    const bundle = await build({
      entryPoints: [join(REPO_ROOT, 'renderer', 'components', 'sanitize-untrusted-html.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'untrustedHtml',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    // The page comes from the recording server, so relative URLs would be requested from it too.
    server = createServer((request, response) => {
      if (request.url === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><title>sanitiser</title><link rel="icon" href="data:,"><body></body>');
        return;
      }
      requests.push(request.url ?? '');
      response.writeHead(404);
      response.end();
    });
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  async function sanitise(html: string, keepStyles: boolean): Promise<SanitisedHtml> {
    return page.evaluate(
      ([dirty, keep]) => (window as unknown as { untrustedHtml: { sanitizeUntrustedHtml: typeof sanitizeUntrustedHtml } }).untrustedHtml.sanitizeUntrustedHtml(dirty, { keepStyles: keep }),
      [html, keepStyles] as const,
    );
  }

  for (const testCase of CASES) {
    it(`removes and counts: ${testCase.name}`, async () => {
      const result = await sanitise(testCase.html, testCase.keepStyles ?? false);
      expect(result.html.startsWith('<html>')).toBe(true);
      testCase.check(result.html);
      expect(result.blocked).toEqual({ images: 0, styles: 0, other: 0, active: 0, inlineImages: 0, ...testCase.blocked });
    });
  }

  it('lets nothing load even with no policy and no sandbox around its output', async () => {
    requests.length = 0;
    const host = origin.replace('http://', '');
    const everything = CASES.map((testCase) => testCase.html)
      .join('\n')
      .replaceAll(TRACKER, origin)
      .replaceAll('t.example', host);
    for (const keepStyles of [true, false]) {
      const { html } = await sanitise(everything, keepStyles);
      await page.evaluate((srcdoc) => {
        const frame = document.createElement('iframe');
        frame.srcdoc = srcdoc;
        document.body.append(frame);
      }, html);
    }
    // A control frame with the raw markup proves the recorder sees what a frame would load.
    await page.evaluate((srcdoc) => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', '');
      frame.srcdoc = srcdoc;
      document.body.append(frame);
    }, `<img src="${origin}/control.gif">`);
    await expect.poll(() => requests.includes('/control.gif')).toBe(true);
    await page.waitForTimeout(500);
    expect(requests).toEqual(['/control.gif']);
  });
});
