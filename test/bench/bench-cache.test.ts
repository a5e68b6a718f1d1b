/** The bench cache: keyed folders replace older ones, and only a finished build is reused. */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../support/corpus.js';
import { cacheFolder, cacheKey, cachedArtefact } from './bench-cache.js';

let folder: { path: string; cleanup(): Promise<void> };

beforeEach(async () => {
  folder = await tempFolder('foia-bench-cache-test-');
});

afterEach(async () => {
  await folder.cleanup();
});

describe('cacheKey', () => {
  it('changes with any part and with where parts split', () => {
    expect(cacheKey(['a', 'b'])).toMatch(/^[0-9a-f]{12}$/);
    expect(cacheKey(['a', 'b'])).toBe(cacheKey(['a', 'b']));
    expect(cacheKey(['a', 'b'])).not.toBe(cacheKey(['a', 'c']));
    expect(cacheKey(['ab', ''])).not.toBe(cacheKey(['a', 'b']));
  });
});

describe('cacheFolder', () => {
  it('removes folders of the same name with another key, and nothing else', async () => {
    for (const name of ['search-20000-aaaa', 'search-200000-bbbb', 'search-20000-notes']) {
      await mkdir(join(folder.path, name));
    }
    const made = await cacheFolder('search-20000', 'cccc', folder.path);
    expect(made.path).toBe(join(folder.path, 'search-20000-cccc'));
    expect(made.removed).toHaveLength(1);
    expect(existsSync(join(folder.path, 'search-20000-aaaa'))).toBe(false);
    expect(existsSync(join(folder.path, 'search-200000-bbbb'))).toBe(true);
    expect(existsSync(join(folder.path, 'search-20000-notes'))).toBe(true);
    expect(existsSync(made.path)).toBe(true);
  });
});

describe('cachedArtefact', () => {
  it('builds once, then reuses while the stamp matches and the output is there', async () => {
    const marker = join(folder.path, 'thing.json');
    let builds = 0;
    let clears = 0;
    let present = true;
    const run = (stamp: string) =>
      cachedArtefact({
        marker,
        stamp,
        present: () => present,
        clear: async () => {
          clears += 1;
        },
        build: async () => {
          builds += 1;
          return { n: builds };
        },
      });
    expect(await run('v1')).toMatchObject({ built: true, info: { n: 1 } });
    expect(await run('v1')).toMatchObject({ built: false, info: { n: 1 } });
    expect(await run('v2')).toMatchObject({ built: true, info: { n: 2 } });
    present = false;
    expect(await run('v2')).toMatchObject({ built: true, info: { n: 3 } });
    expect({ builds, clears }).toEqual({ builds: 3, clears: 3 });
  });

  it('starts over when a build failed before its marker was written', async () => {
    const marker = join(folder.path, 'thing.json');
    const spec = { marker, stamp: '', present: () => true, clear: async () => undefined };
    await expect(
      cachedArtefact({
        ...spec,
        build: async () => {
          await writeFile(join(folder.path, 'half-made'), 'x');
          throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    expect(existsSync(marker)).toBe(false);
    expect(await cachedArtefact({ ...spec, build: async () => 'done' })).toMatchObject({ built: true, info: 'done' });
  });
});
