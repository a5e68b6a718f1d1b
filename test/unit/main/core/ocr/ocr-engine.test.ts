/**
 * The engine on real Tesseract workers: images in every accepted format, multi-page TIFFs, PDF
 * pages, and the hostile inputs of issue 10, each of which must become an error naming the file
 * and page, in bounded time. Pages are small (a few lines of 40 px text) to keep the suite fast.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { defaultWorkerCount, OcrEngine } from '../../../../../main/core/ocr/ocr-engine.js';
import type { OcrPageOutcome, OcrWord } from '../../../../../main/core/ocr/ocr-result.js';
import { expectCode } from '../../../../support/expect-code.js';
import { bombPng, manyPageTiff, multiPageTiff, pdfWithBrokenPage, reencode, textPage } from './ocr-fixtures.js';

const engine = new OcrEngine({ workers: 1 });

afterAll(async () => {
  await engine.dispose();
});

async function collect(outcomes: AsyncIterable<OcrPageOutcome>): Promise<OcrPageOutcome[]> {
  const all: OcrPageOutcome[] = [];
  for await (const outcome of outcomes) {
    all.push(outcome);
  }
  return all;
}

function word(words: readonly OcrWord[], text: string): OcrWord {
  const found = words.find((candidate) => candidate.text === text);
  if (found === undefined) {
    throw new Error(`"${text}" was not read; words: ${words.map((candidate) => candidate.text).join(' ')}`);
  }
  return found;
}

const LINES = ['Quarterly report on freedom', 'of information requests'];

describe('defaultWorkerCount', () => {
  it('leaves a core to the backend', () => {
    expect(defaultWorkerCount(2)).toBe(1);
    expect(defaultWorkerCount(1)).toBe(1);
    expect(defaultWorkerCount(8)).toBe(7);
  });
});

describe('OcrEngine.recognize', () => {
  it.each(['png', 'jpeg', 'webp', 'tiff'] as const)('reads %s text with word boxes where the text was drawn', async (format) => {
    const page = await textPage(LINES, { left: 150, top: 120 });
    const image = format === 'png' ? page.png : await reencode(page.png, format);
    const result = await engine.recognize(image, { lang: 'eng' });
    expect(result.text).toContain('Quarterly report on freedom');
    expect(result.text).toContain('of information requests');
    expect(result).toMatchObject({ widthPx: 1200, heightPx: 500, lang: 'eng' });
    expect(result.meanConfidence).toBeGreaterThan(80);
    const slack = 6;
    for (const found of result.words) {
      expect(found.bbox.x0).toBeGreaterThanOrEqual(page.block.x0 - slack);
      expect(found.bbox.y0).toBeGreaterThanOrEqual(page.block.y0 - slack);
      expect(found.bbox.x1).toBeLessThanOrEqual(page.block.x1 + slack);
      expect(found.bbox.y1).toBeLessThanOrEqual(page.block.y1 + slack);
    }
    // "Quarterly" opens the first line; "requests" ends the second, below it and to the right.
    const first = word(result.words, 'Quarterly');
    const last = word(result.words, 'requests');
    expect(first.bbox.x0).toBeLessThan(page.block.x0 + 10);
    expect(first.bbox.y1).toBeLessThanOrEqual(last.bbox.y0 + 4);
    expect(last.bbox.x0).toBeGreaterThan(first.bbox.x1);
    expect(first.confidence).toBeGreaterThan(80);
  });

  it('maps boxes back to the image pixels when the image was scaled down for OCR', async () => {
    const small = new OcrEngine({ workers: 1, imageLimits: { maxOcrPixels: 1200 * 500 } });
    try {
      const page = await textPage(LINES, { widthPx: 1600, heightPx: 600, left: 300, top: 200, size: 52 });
      const result = await small.recognize(page.png, { lang: 'eng' });
      expect(result).toMatchObject({ widthPx: 1600, heightPx: 600 });
      const first = word(result.words, 'Quarterly');
      expect(Math.abs(first.bbox.x0 - page.block.x0)).toBeLessThan(10);
      expect(Math.abs(first.bbox.y0 - page.block.y0)).toBeLessThan(20);
    } finally {
      await small.dispose();
    }
  });

  it('picks the language by script detection with lang auto', async () => {
    const page = await textPage(LINES);
    const result = await engine.recognize(page.png, { lang: 'auto' });
    expect(result.lang).toBe('eng');
    expect(result.detected?.script).toBe('Latin');
    expect(result.text).toContain('information');
  });

  it('stops a page when the caller aborts, ends its worker, and reads the next page on a new one', async () => {
    const page = await textPage(LINES);
    const controller = new AbortController();
    const started = performance.now();
    const running = engine.recognize(page.png, { lang: 'eng', signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expectCode(running, 'cancelled');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await engine.recognize(page.png, { lang: 'eng' })).text).toContain('Quarterly');
  });

  it('ends a worker stuck past the page time limit, and the error names the page', async () => {
    const hasty = new OcrEngine({ workers: 1, pageTimeoutMilliseconds: 1 });
    try {
      const page = await textPage(LINES);
      const outcomes = await collect(hasty.recognizePages({ file: 'slow.png', bytes: page.png }));
      expect(outcomes).toEqual([{ kind: 'error', error: expect.objectContaining({ file: 'slow.png', page: 1, code: 'source-unreadable' }) }]);
      expect(outcomes[0]?.kind === 'error' && outcomes[0].error.message).toMatch(/^slow\.png, page 1: OCR of page 1 did not finish within 1 ms/);
      expect(hasty.workerCount).toBe(0);
    } finally {
      await hasty.dispose();
    }
  });
});

describe('OcrEngine.recognizePages', () => {
  it('reads a multi-page TIFF page by page, with progress', async () => {
    const pages = await Promise.all([textPage(['First page of the scan']), textPage(['Second page follows here'])]);
    const tiff = await multiPageTiff(pages.map((page) => page.png));
    const progress: number[] = [];
    const outcomes = await collect(engine.recognizePages({ file: 'fax.tif', bytes: tiff }, { lang: 'eng', onProgress: (step) => progress.push(step.done) }));
    expect(outcomes.map((outcome) => outcome.kind === 'page' && [outcome.page, outcome.pageCount])).toEqual([[1, 2], [2, 2]]);
    expect(outcomes[0]?.kind === 'page' && outcomes[0].result.text).toContain('First page of the scan');
    expect(outcomes[1]?.kind === 'page' && outcomes[1].result.text).toContain('Second page follows here');
    expect(progress).toEqual([1, 2]);
  });

  it('stops between pages on cancel, after the pages already read', async () => {
    const pages = await Promise.all(['One', 'Two', 'Three'].map((name) => textPage([`Page number ${name}`], { heightPx: 300 })));
    const tiff = await multiPageTiff(pages.map((page) => page.png));
    const controller = new AbortController();
    const read: number[] = [];
    const run = async (): Promise<void> => {
      for await (const outcome of engine.recognizePages({ file: 'three.tif', bytes: tiff }, { lang: 'eng', signal: controller.signal })) {
        if (outcome.kind === 'page') {
          read.push(outcome.page);
        }
        controller.abort();
      }
    };
    const error = await expectCode(run(), 'cancelled');
    expect(error.message).toMatch(/three\.tif was cancelled before page 2/);
    expect(read).toEqual([1]);
  });

  it('reads the pages a PDF renderer can draw and names the page it cannot', async () => {
    const pdf = await pdfWithBrokenPage();
    const outcomes = await collect(engine.recognizePages({ file: 'broken.pdf', bytes: pdf.bytes }, { lang: 'eng' }));
    expect(outcomes).toHaveLength(3);
    const [first, , last] = outcomes;
    expect(first?.kind === 'page' && first.result.text).toContain(pdf.texts[0]);
    // Word boxes on a PDF page also come in points from the page's top left: the page is
    // 360 × 120 pt and the 24 pt text sits on a baseline 50 pt above the bottom, from x = 20 pt,
    // so "Alpha" spans about 53–75 pt down (cap height 17 pt, the p's descender 5 pt).
    const alpha = first?.kind === 'page' ? word(first.result.words, 'Alpha') : undefined;
    expect(alpha?.pointBox?.x0).toBeGreaterThan(18);
    expect(alpha?.pointBox?.x0).toBeLessThan(22);
    expect(alpha?.pointBox?.y0).toBeGreaterThan(50);
    expect(alpha?.pointBox?.y0).toBeLessThan(56);
    expect(alpha?.pointBox?.y1).toBeGreaterThan(72);
    expect(alpha?.pointBox?.y1).toBeLessThan(78);
    expect(last).toEqual({ kind: 'error', error: expect.objectContaining({ file: 'broken.pdf', page: pdf.brokenPage, code: 'source-unreadable' }) });
    expect(last?.kind === 'error' && last.error.message).toMatch(/^broken\.pdf, page 3: The PDF's page 3 of 3 cannot be drawn/);
  });

  it('turns a 20,000 × 20,000 PNG into one error naming the file and page, in bounded time', async () => {
    const started = performance.now();
    const outcomes = await collect(engine.recognizePages({ file: 'bomb.png', bytes: bombPng() }));
    expect(outcomes).toEqual([{ kind: 'error', error: expect.objectContaining({ file: 'bomb.png', page: 1, code: 'source-unreadable' }) }]);
    expect(outcomes[0]?.kind === 'error' && outcomes[0].error.message).toMatch(/^bomb\.png, page 1: Page 1 declares 20000 × 20000 pixels/);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('turns a corrupt file into one error naming the file', async () => {
    const outcomes = await collect(engine.recognizePages({ file: 'corrupt.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]) }));
    expect(outcomes).toEqual([{ kind: 'error', error: expect.objectContaining({ file: 'corrupt.jpg', page: null, code: 'source-unreadable' }) }]);
    expect(outcomes[0]?.kind === 'error' && outcomes[0].error.message).toMatch(/^corrupt\.jpg: /);
  });

  it('reads a 1,000-page TIFF only to the page limit and reports the rest as one error', async () => {
    const limited = new OcrEngine({ workers: 1, imageLimits: { maxPages: 3 } });
    try {
      const started = performance.now();
      const outcomes = await collect(limited.recognizePages({ file: 'thousand.tif', bytes: manyPageTiff(1000) }, { lang: 'eng' }));
      expect(outcomes.filter((outcome) => outcome.kind === 'page')).toHaveLength(3);
      const errors = outcomes.flatMap((outcome) => (outcome.kind === 'error' ? [outcome.error] : []));
      expect(errors).toEqual([expect.objectContaining({ file: 'thousand.tif', page: 4, lastPage: 1000 })]);
      expect(errors[0]?.message).toMatch(/^thousand\.tif, page 4: pages 4–1000 were not read: OCR reads at most 3 pages/);
      expect(performance.now() - started).toBeLessThan(15_000);
    } finally {
      await limited.dispose();
    }
  });
});
