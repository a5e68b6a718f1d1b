import { describe, expect, it } from 'vitest';
import { OpenPdfCache } from '../../../../../main/core/review/open-pdf-cache.js';

type Fake = { name: string; sizeBytes: number; closed: boolean; close(): Promise<void> };

function fake(name: string, sizeBytes = 10): Fake {
  const document: Fake = { name, sizeBytes, closed: false, close: async () => { document.closed = true; } };
  return document;
}

describe('open PDF cache', () => {
  it('opens a document once for many uses, and closes the least recently used beyond the limit', async () => {
    const cache = new OpenPdfCache<Fake>({ maxDocuments: 2, maxBytes: 1000, idleMilliseconds: 60_000 });
    const opened: Fake[] = [];
    const open = (name: string) => async () => {
      const document = fake(name);
      opened.push(document);
      return document;
    };
    expect(await cache.use('a', open('a'), async (document) => document.name)).toBe('a');
    expect(await cache.use('a', open('a'), async (document) => document.name)).toBe('a');
    await cache.use('b', open('b'), async () => undefined);
    await cache.use('a', open('a'), async () => undefined);
    await cache.use('c', open('c'), async () => undefined);
    expect(opened.map((document) => document.name)).toEqual(['a', 'b', 'c']);
    expect(cache.keys()).toEqual(['a', 'c']);
    expect(opened.map((document) => document.closed)).toEqual([false, true, false]);
    await cache.clear();
    expect(opened.every((document) => document.closed)).toBe(true);
    expect(cache.keys()).toEqual([]);
  });

  it('keeps within a byte budget, and closes a document pushed out only when its use ends', async () => {
    const cache = new OpenPdfCache<Fake>({ maxDocuments: 10, maxBytes: 100, idleMilliseconds: 60_000 });
    const big = fake('big', 80);
    let release = (): void => undefined;
    const inUse = cache.use('big', async () => big, () => new Promise<void>((resolve) => { release = resolve; }));
    await new Promise((resolve) => setImmediate(resolve));
    await cache.use('other', async () => fake('other', 80), async () => undefined);
    expect(cache.keys()).toEqual(['other']);
    expect(big.closed).toBe(false);
    release();
    await inUse;
    expect(big.closed).toBe(true);
  });

  it('does not keep a document that failed to open', async () => {
    const cache = new OpenPdfCache<Fake>();
    await expect(cache.use('x', async () => { throw new Error('damaged'); }, async () => undefined)).rejects.toThrow('damaged');
    expect(cache.keys()).toEqual([]);
    expect(await cache.use('x', async () => fake('x'), async (document) => document.name)).toBe('x');
    await cache.clear();
  });

  it('closes a document left alone for the idle time', async () => {
    const cache = new OpenPdfCache<Fake>({ maxDocuments: 4, maxBytes: 1000, idleMilliseconds: 20 });
    const document = fake('idle');
    await cache.use('idle', async () => document, async () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(document.closed).toBe(true);
    expect(cache.keys()).toEqual([]);
  });
});
