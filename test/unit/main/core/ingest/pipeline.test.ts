/**
 * The ingest pipeline end to end on real Enron maildir folders, through the real worker thread:
 * deduplication of copies across folders, resume after a cancel, re-adding unchanged and
 * changed sources, per-file errors.
 */
import { appendFile, cp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IngestProgress } from '../../../../../shared/ipc/contract.js';
import { SqliteRecordIndex } from '../../../../../main/core/index/sqlite/sqlite-record-index.js';
import { runIngest } from '../../../../../main/core/ingest/pipeline.js';
import type { IngestDeps } from '../../../../../main/core/ingest/pipeline.js';
import { corpusPath, tempFolder } from '../../../../support/corpus.js';
import { TEST_WORKER_PATH } from '../../../../support/test-host.js';
import { NEUTRAL_READ_OPTIONS } from '../../../../../shared/model/case.js';
import { indexQuery } from '../../../../support/index-query.js';

const BAILEY = corpusPath('email', 'enron', 'maildir', 'bailey-s');
const FISCHER = corpusPath('email', 'enron', 'maildir', 'fischer-m');

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) {
    await cleanup();
  }
});

function deps(index: SqliteRecordIndex, overrides: Partial<IngestDeps> = {}): IngestDeps {
  return { index, signal: new AbortController().signal, onProgress: () => undefined, workerPath: TEST_WORKER_PATH, workerCount: 1, ...overrides };
}

const request = (path: string, sourceId = 's_00000001') => ({ jobId: 'job_1', sourceId, path, custodian: 'Sally Bailey', options: NEUTRAL_READ_OPTIONS, rereadAll: false, lastRunFinished: true });

/** An mboxrd file of every message under `folder`, each after a From_ line. */
async function mboxOf(folder: string, target: string): Promise<void> {
  const { readdir, readFile } = await import('node:fs/promises');
  const parts: Buffer[] = [];
  for (const entry of (await readdir(folder, { recursive: true, withFileTypes: true })).filter((item) => item.isFile())) {
    const text = (await readFile(join(entry.parentPath, entry.name), 'latin1')).replace(/^(>*From )/gm, '>$1');
    parts.push(Buffer.from(`From enron@example.com Mon Jan  1 00:00:00 2001\n${text}\n\n`, 'latin1'));
  }
  await writeFile(target, Buffer.concat(parts));
}

async function copyOf(source: string): Promise<string> {
  const folder = await tempFolder();
  cleanups.push(folder.cleanup);
  const target = join(folder.path, 'mail');
  await cp(source, target, { recursive: true });
  return target;
}

async function allIds(index: SqliteRecordIndex): Promise<string[]> {
  const result = await index.search(indexQuery());
  const ids = result.hits.map((hit) => hit.id);
  for (let page = 1; page * 200 < result.total; page += 1) {
    ids.push(...(await index.search(indexQuery({ page }))).hits.map((hit) => hit.id));
  }
  return ids.sort();
}

describe('ingest pipeline on real Enron maildir folders', () => {
  it('reads every message of a custodian once, and reviews copies filed in several folders as one record', async () => {
    const index = SqliteRecordIndex.open(':memory:');
    const phases = new Set<string>();
    const outcome = await runIngest(request(BAILEY), deps(index, { onProgress: (p) => phases.add(p.phase) }));
    expect(outcome.fileCount).toBe(478);
    expect(outcome.counts.itemsRead).toBe(478);
    expect(outcome.errors.filter((error) => error.severity === 'error')).toEqual([]);
    // MANIFEST: bailey-s holds 17 same-message copies across its folders.
    expect(outcome.recordsAdded).toBe(478 - 17);
    expect(outcome.duplicatesFound).toBe(17);
    expect(await index.count()).toBe(461);
    expect(outcome.counts.filesIndexed).toBe(478);
    expect([...phases]).toEqual(['scanning', 'indexing', 'threading', 'done']);
    // Every copy is still listed: 478 locations over 461 records.
    const ids = await allIds(index);
    const details = await index.getRecords(ids);
    expect(details.reduce((sum, detail) => sum + detail.locations.length, 0)).toBe(478);
    const multi = details.filter((detail) => detail.locations.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const detail of multi) {
      expect(new Set(detail.locations.map((location) => location.path)).size).toBe(detail.locations.length);
      expect(detail.locations.every((location) => location.custodian === 'Sally Bailey')).toBe(true);
    }
    index.close();
  });

  it('names folders from the maildir layout', async () => {
    const index = SqliteRecordIndex.open(':memory:');
    await runIngest(request(FISCHER), deps(index));
    const details = await index.getRecords(await allIds(index));
    expect(details.flatMap((detail) => detail.locations.map((location) => location.folder))).toEqual(['all_documents', 'all_documents']);
    index.close();
  });

  it('gives the same record ids however the copies are found, in whatever order', async () => {
    const first = SqliteRecordIndex.open(':memory:');
    await runIngest(request(BAILEY), deps(first));
    const second = SqliteRecordIndex.open(':memory:');
    // Another custodian's copy of the same mail, found first: same records, more locations.
    await runIngest({ ...request(await copyOf(join(BAILEY, 'deleted_items')), 's_00000002'), custodian: 'Someone Else' }, deps(second));
    await runIngest(request(BAILEY), deps(second));
    expect(await allIds(second)).toEqual(await allIds(first));
    const [detail] = await second.getRecords([(await allIds(second))[0] ?? '']);
    expect(detail?.custodians.length).toBeGreaterThanOrEqual(1);
    first.close();
    second.close();
  });

  it('does nothing when an unchanged source is added again', async () => {
    const index = SqliteRecordIndex.open(':memory:');
    const path = await copyOf(FISCHER);
    const first = await runIngest(request(path), deps(index));
    const again = await runIngest(request(path), deps(index));
    expect(again).toMatchObject({ alreadyPresent: true, recordsAdded: 0, sha256: first.sha256 });
    expect(again.counts.filesUnchanged).toBe(2);
    expect(await index.count()).toBe(2);
    index.close();
  });

  it('re-reads only what changed, and forgets what was removed', async () => {
    const index = SqliteRecordIndex.open(':memory:');
    const path = await copyOf(FISCHER);
    await runIngest(request(path), deps(index));
    const before = await allIds(index);
    const changed = join(path, 'all_documents', '1.');
    await appendFile(changed, '\r\nA line added after collection.\r\n');
    await utimes(changed, new Date(), new Date(Date.now() + 5000));
    const afterChange = await runIngest(request(path), deps(index));
    expect(afterChange.counts).toMatchObject({ filesIndexed: 1, filesUnchanged: 1 });
    const ids = await allIds(index);
    expect(ids).toHaveLength(2);
    expect(ids.filter((id) => before.includes(id))).toHaveLength(1);
    await rm(join(path, 'all_documents', '2.'));
    const afterRemove = await runIngest(request(path), deps(index));
    expect(afterRemove.counts.filesRemoved).toBe(1);
    expect(await index.count()).toBe(1);
    index.close();
  });

  it('keeps what was indexed when cancelled, and continues from there without duplicates', async () => {
    const index = SqliteRecordIndex.open(':memory:');
    const path = await copyOf(BAILEY);
    const controller = new AbortController();
    const seen: IngestProgress[] = [];
    const cancelled = await runIngest(
      request(path),
      deps(index, {
        signal: controller.signal,
        flushRecords: 20,
        progressIntervalMs: 0,
        onProgress: (progress) => {
          seen.push(progress);
          if (progress.phase === 'indexing' && progress.recordsIndexed >= 50) {
            controller.abort();
          }
        },
      }),
    );
    expect(cancelled.status).toBe('cancelled');
    const kept = await index.count();
    expect(kept).toBeGreaterThanOrEqual(50);
    expect(kept).toBeLessThan(461);
    const resumed = await runIngest(request(path), deps(index));
    expect(resumed.status).toBe('completed');
    expect(resumed.counts.filesUnchanged).toBeGreaterThan(0);
    expect(resumed.counts.filesUnchanged + resumed.counts.filesIndexed).toBe(478);
    expect(await index.count()).toBe(461);
    const ids = await allIds(index);
    const locations = (await index.getRecords(ids)).reduce((sum, detail) => sum + detail.locations.length, 0);
    expect(locations).toBe(478);
    index.close();
  });

  it('continues an mbox from the message after its last checkpoint', async () => {
    const folder = await tempFolder();
    cleanups.push(folder.cleanup);
    const mbox = join(folder.path, 'bailey.mbox');
    await mboxOf(BAILEY, mbox);
    const clean = SqliteRecordIndex.open(':memory:');
    const whole = await runIngest(request(mbox), deps(clean));
    expect(whole.counts.itemsRead).toBe(478);
    const index = SqliteRecordIndex.open(':memory:');
    const controller = new AbortController();
    await runIngest(
      request(mbox),
      deps(index, {
        signal: controller.signal,
        flushRecords: 20,
        progressIntervalMs: 0,
        onProgress: (progress) => {
          if (progress.phase === 'indexing' && progress.recordsIndexed >= 100) {
            controller.abort();
          }
        },
      }),
    );
    const [state] = await index.sourceFiles('s_00000001');
    expect(state).toMatchObject({ state: 'partial', resume: expect.stringMatching(/^\d+$/) });
    const resumed = await runIngest(request(mbox), deps(index));
    expect(resumed.counts.filesResumed).toBe(1);
    // Only the rest was read: fewer messages than the whole file.
    expect(resumed.counts.itemsRead).toBeLessThan(478);
    expect(await allIds(index)).toEqual(await allIds(clean));
    expect((await index.getRecords(await allIds(index))).reduce((sum, detail) => sum + detail.locations.length, 0)).toBe(478);
    clean.close();
    index.close();
  });

  it('refuses a source that is empty now but held files before, changing nothing', async () => {
    const index = SqliteRecordIndex.open(':memory:');
    const path = await copyOf(FISCHER);
    await runIngest(request(path), deps(index));
    await rm(join(path, 'all_documents'), { recursive: true });
    await expect(runIngest(request(path), deps(index))).rejects.toThrow(/holds no files now/);
    expect(await index.count()).toBe(2);
    index.close();
  });

  it('finishes a run that was cut off after its last file, even though nothing is left to read', async () => {
    const index = SqliteRecordIndex.open(':memory:');
    const path = await copyOf(FISCHER);
    await runIngest(request(path), deps(index));
    const finishing = await runIngest({ ...request(path), lastRunFinished: false }, deps(index));
    expect(finishing).toMatchObject({ alreadyPresent: false, status: 'completed' });
    index.close();
  });

  it('turns unrecognised and broken files into errors naming them, and indexes the rest', async () => {
    const path = await copyOf(join(FISCHER, 'all_documents'));
    await mkdir(join(path, 'other'));
    await writeFile(join(path, 'other', 'photo.bin'), Buffer.from([0, 1, 2, 3, 0, 255]));
    await writeFile(join(path, 'other', 'notes.txt'), 'Meeting notes: the budget is due Friday.\n');
    await writeFile(join(path, 'other', 'garbage.mbox'), Buffer.concat([Buffer.from('From x@y Mon Jan  1 00:00:00 2001\n'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))]));
    const index = SqliteRecordIndex.open(':memory:');
    const outcome = await runIngest(request(path), deps(index));
    expect(outcome.errors).toContainEqual(expect.objectContaining({ severity: 'error', path: 'other/photo.bin', message: expect.stringContaining('not recognised') }));
    expect(outcome.counts.recordsByKind).toMatchObject({ email: expect.any(Number), document: 1 });
    expect(outcome.counts.itemsRead).toBeGreaterThanOrEqual(3);
    expect(await index.ingestErrors('s_00000001')).toEqual(outcome.errors);
    // Added again unchanged: nothing to do, and no error is noted twice.
    expect(await runIngest(request(path), deps(index))).toMatchObject({ alreadyPresent: true });
    await writeFile(join(path, 'other', 'new.txt'), 'Another note.\n');
    const again = await runIngest(request(path), deps(index));
    expect(again.counts.filesIndexed).toBe(1);
    expect(await index.ingestErrors('s_00000001')).toEqual(outcome.errors);
    index.close();
  });
});
