import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, acquireCaseLock } from '../../../../../main/core/case/case-lock.js';
import { tempFolder } from '../../../../support/corpus.js';

const clock = () => new Date('2026-01-01T00:00:00Z');
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) {
    await cleanup();
  }
});

describe('case lock', () => {
  it('lets one holder in at a time and names the holder', async () => {
    const folder = await tempFolder();
    cleanups.push(folder.cleanup);
    const lock = await acquireCaseLock(folder.path, clock);
    await expect(acquireCaseLock(folder.path, clock)).rejects.toMatchObject({ code: 'busy', message: expect.stringContaining('is open in this program') });
    await lock.release();
    const again = await acquireCaseLock(folder.path, clock);
    await again.release();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const folder = await tempFolder();
    cleanups.push(folder.cleanup);
    // PIDs are below 2^22 on Linux: this one cannot be running.
    await writeFile(join(folder.path, LOCK_FILE), JSON.stringify({ pid: 2 ** 30, host: hostname(), since: 'x' }));
    const lock = await acquireCaseLock(folder.path, clock);
    expect(JSON.parse(await readFile(join(folder.path, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('respects a lock held from another machine (a shared drive)', async () => {
    const folder = await tempFolder();
    cleanups.push(folder.cleanup);
    await writeFile(join(folder.path, LOCK_FILE), JSON.stringify({ pid: 1, host: 'other-host', since: 'x' }));
    await expect(acquireCaseLock(folder.path, clock)).rejects.toMatchObject({ code: 'busy', message: expect.stringContaining('other-host') });
  });

  it('treats a lock that is being written (still empty) as held', async () => {
    const folder = await tempFolder();
    cleanups.push(folder.cleanup);
    await writeFile(join(folder.path, LOCK_FILE), '');
    await expect(acquireCaseLock(folder.path, () => new Date())).rejects.toMatchObject({ code: 'busy' });
    // Long abandoned, it is taken over.
    const later = () => new Date(Date.now() + 60_000);
    const lock = await acquireCaseLock(folder.path, later);
    await lock.release();
  });
});
