/**
 * A page stopped by its time limit must never take the process down. Freeing the canvas of a
 * render pdf.js had just been told to cancel (sizing it to 0 × 0) let the render touch freed
 * memory: the backend ended with a segmentation fault within a few such pages (it was seen as a
 * Vitest worker that "exited unexpectedly" in CI). Run in a fresh process, because a crash here
 * would end the test's own process; it needs the build (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusPath, REPO_ROOT } from '../../../../../support/corpus.js';

describe('pages stopped by their time limit', () => {
  it('leave the process running, page after page, at any point of the drawing', () => {
    const renderer = pathToFileURL(join(REPO_ROOT, 'build', 'main', 'core', 'documents', 'pdf', 'render-pdf-page.js')).href;
    // A 300 dpi JPEG scan page stopped at 1, 40 and 150 ms: while its page is fetched, early
    // in its drawing, and late in it. Before the fix every run crashed within a few pages.
    const script = `
      import { readFileSync } from 'node:fs';
      import { openPdfForRendering } from ${JSON.stringify(renderer)};
      const bytes = new Uint8Array(readFileSync(${JSON.stringify(corpusPath('docs', 'pdf', 'pdfjs', 'issue7229.pdf'))}));
      let stopped = 0;
      for (const ms of [1, 40, 150]) {
        for (let round = 0; round < 5; round += 1) {
          const pdf = await openPdfForRendering(bytes, { limits: { maxPageMilliseconds: ms } });
          try { await pdf.renderPage(2, { dpi: 300 }); } catch (error) { if (/was not drawn within/.test(error.message)) stopped += 1; } finally { await pdf.close(); }
        }
      }
      const after = await openPdfForRendering(bytes);
      const page = await after.renderPage(2, { dpi: 72 });
      await after.close();
      console.log('stopped', stopped, 'then drawn', page.widthPx > 0);
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    const [, stopped = '0', drawn = ''] = /stopped (\d+) then drawn (\w+)/.exec(run.stdout) ?? [];
    // Nearly every page is stopped (one at 150 ms may finish on a fast machine), and the next draws.
    expect(Number(stopped)).toBeGreaterThanOrEqual(12);
    expect(drawn).toBe('true');
  }, 150_000);
});
