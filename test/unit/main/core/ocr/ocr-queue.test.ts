/** The OCR queue's bookkeeping, on a fake engine: resume, errors saved or not, cancel, progress. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.js';
import { MemoryOcrStore } from '../../../../../main/core/ocr/memory-ocr-store.js';
import type { OcrEngine, OcrFileInput, RecognizePagesOptions } from '../../../../../main/core/ocr/ocr-engine.js';
import { runOcrQueue, type OcrQueueDeps, type OcrQueueItem } from '../../../../../main/core/ocr/ocr-queue.js';
import type { OcrPageOutcome, OcrPageResult } from '../../../../../main/core/ocr/ocr-result.js';
import { expectCode } from '../../../../support/expect-code.js';

/** Files by path: how many pages, which pages fail, each page's confidence. */
type FakeFile = { pages: number; failing?: number[]; unopenable?: boolean; confidence?: number };

function result(text: string, meanConfidence: number): OcrPageResult {
  return { text, words: [{ text, bbox: { x0: 0, y0: 0, x1: 1, y1: 1 }, confidence: meanConfidence }], meanConfidence, widthPx: 10, heightPx: 10, dpi: 300, lang: 'eng' };
}

function fakeDeps(files: Record<string, FakeFile>, onPage: (path: string, page: number) => void = () => undefined) {
  const read: string[] = [];
  const engine: Pick<OcrEngine, 'recognizePages' | 'pageCount'> = {
    async pageCount(bytes) {
      const file = files[new TextDecoder().decode(bytes)];
      if (file === undefined || file.unopenable) {
        throw new AppError('source-unreadable', 'not an image');
      }
      return file.pages;
    },
    async *recognizePages(input: OcrFileInput, options: RecognizePagesOptions = {}): AsyncGenerator<OcrPageOutcome, void, undefined> {
      const file = files[input.file];
      if (file === undefined || file.unopenable) {
        yield { kind: 'error', error: { file: input.file, page: null, code: 'source-unreadable', message: `${input.file}: not an image` } };
        return;
      }
      const pages = input.pages ?? Array.from({ length: file.pages }, (_, index) => index + 1);
      let done = 0;
      for (const page of pages) {
        if (options.signal?.aborted) {
          throw new AppError('cancelled', 'cancelled');
        }
        onPage(input.file, page);
        done += 1;
        options.onProgress?.({ file: input.file, page, done, total: pages.length });
        yield file.failing?.includes(page)
          ? { kind: 'error', error: { file: input.file, page, code: 'source-unreadable', message: `${input.file}, page ${page}: damaged` } }
          : { kind: 'page', file: input.file, page, pageCount: file.pages, result: result(`${input.file} p${page}`, file.confidence ?? 90) };
      }
    },
  };
  const deps: OcrQueueDeps = {
    engine,
    store: new MemoryOcrStore(),
    readFile: async (path) => {
      read.push(path);
      if (!(path in files)) {
        throw new Error('ENOENT');
      }
      return new TextEncoder().encode(path);
    },
  };
  return { deps, store: deps.store as MemoryOcrStore, read };
}

const ITEMS: OcrQueueItem[] = [
  { recordId: 'rec-a', path: 'a.pdf', pages: [1, 3], lang: 'eng' },
  { recordId: 'rec-b', path: 'b.tif', pages: null, lang: 'eng' },
];

describe('runOcrQueue', () => {
  it('reads every page of every item, saves each, and reports progress over the whole job', async () => {
    const { deps, store } = fakeDeps({ 'a.pdf': { pages: 3 }, 'b.tif': { pages: 2, confidence: 41 } });
    const progress: string[] = [];
    const summary = await runOcrQueue(ITEMS, deps, { onProgress: (step) => progress.push(`${step.recordId}:${step.page} ${step.done}/${step.total}`) });
    expect(summary).toMatchObject({ pagesRead: 4, pagesSkipped: 0, errors: [] });
    expect(summary.lowConfidence).toEqual([{ recordId: 'rec-b', page: 1, meanConfidence: 41 }, { recordId: 'rec-b', page: 2, meanConfidence: 41 }]);
    expect(progress).toEqual(['rec-a:1 1/4', 'rec-a:3 2/4', 'rec-b:1 3/4', 'rec-b:2 4/4']);
    expect(store.outcomes().map((outcome) => `${outcome.recordId}:${outcome.page}:${outcome.kind}`)).toEqual(['rec-a:1:page', 'rec-a:3:page', 'rec-b:1:page', 'rec-b:2:page']);
  });

  it('resumes after a cancel without reading a saved page again', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const { deps, store } = fakeDeps({ 'a.pdf': { pages: 3 }, 'b.tif': { pages: 2 } }, (path, page) => {
      seen.push(`${path}:${page}`);
      if (seen.length === 2) {
        controller.abort();
      }
    });
    await expectCode(runOcrQueue(ITEMS, deps, { signal: controller.signal }), 'cancelled');
    expect(store.outcomes()).toHaveLength(2);
    seen.length = 0;
    const summary = await runOcrQueue(ITEMS, deps);
    expect(seen).toEqual(['b.tif:1', 'b.tif:2']);
    expect(summary).toMatchObject({ pagesRead: 2, pagesSkipped: 2 });
    expect(store.outcomes()).toHaveLength(4);
  });

  it('saves page errors and unopenable files so a restart skips them, but not unreadable paths', async () => {
    const files: Record<string, FakeFile> = { 'a.pdf': { pages: 3, failing: [3] }, 'b.tif': { pages: 0, unopenable: true } };
    const { deps, store, read } = fakeDeps(files);
    const items = [...ITEMS, { recordId: 'rec-c', path: 'gone.png', pages: [1], lang: 'eng' } satisfies OcrQueueItem];
    const first = await runOcrQueue(items, deps);
    expect(first.pagesRead).toBe(1);
    expect(first.errors.map((error) => [error.file, error.page, error.code])).toEqual([
      ['a.pdf', 3, 'source-unreadable'],
      ['b.tif', null, 'source-unreadable'],
      ['gone.png', null, 'not-found'],
    ]);
    expect(store.get('rec-a', 3)?.kind).toBe('error');
    expect(store.get('rec-b', 1)?.kind).toBe('error');
    expect(store.get('rec-c', 1)).toBeUndefined();
    read.length = 0;
    const second = await runOcrQueue(items, deps);
    expect(second).toMatchObject({ pagesRead: 0, pagesSkipped: 3 });
    expect(second.errors.map((error) => error.file)).toEqual(['gone.png']);
    // b.tif is opened again only to find its pages cannot be counted, then skipped.
    expect(read).toEqual(['b.tif', 'gone.png']);
  });

  it('saves a file whose bytes can never be read back (unsupported), so it is listed and not tried again', async () => {
    const { deps, store, read } = fakeDeps({});
    deps.readFile = async (path) => {
      read.push(path);
      throw new AppError('unsupported', 'The original bytes are not available from mail.pst: Outlook data files (.pst, .ost) are not read back');
    };
    const items: OcrQueueItem[] = [{ recordId: 'rec-p', path: 'mail.pst › scan.png', pages: null, lang: 'eng' }];
    const first = await runOcrQueue(items, deps);
    expect(first.errors).toEqual([expect.objectContaining({ file: 'mail.pst › scan.png', page: null, code: 'unsupported' })]);
    expect(first.errors[0]?.message).toMatch(/^mail\.pst › scan\.png cannot be read: .*not available from mail\.pst/);
    expect(store.get('rec-p', 1)?.kind).toBe('error');
    read.length = 0;
    expect(await runOcrQueue(items, deps)).toMatchObject({ pagesRead: 0, pagesSkipped: 1, errors: [] });
  });

  it('saves an error covering a range of pages on each of them', async () => {
    const { deps, store } = fakeDeps({});
    deps.engine = {
      pageCount: async () => 5,
      async *recognizePages(input: OcrFileInput) {
        yield { kind: 'error', error: { file: input.file, page: 4, lastPage: 5, code: 'source-unreadable', message: 'past the limit' } };
      },
    };
    deps.readFile = async () => new Uint8Array(1);
    await runOcrQueue([{ recordId: 'big', path: 'big.tif', pages: [3, 4, 5], lang: 'eng' }], deps);
    expect(store.outcomes().map((outcome) => outcome.page)).toEqual([4, 5]);
  });
});
