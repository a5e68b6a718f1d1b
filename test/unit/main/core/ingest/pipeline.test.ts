import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IngestProgress } from '../../../../../shared/ipc/contract.js';
import { SqliteRecordIndex } from '../../../../../main/core/index/sqlite/sqlite-record-index.js';
import { runIngest } from '../../../../../main/core/ingest/pipeline.js';
import type { IngestDeps } from '../../../../../main/core/ingest/pipeline.js';
import { corpusPath, tempFolder } from '../../../../support/corpus.js';

const BAILEY = corpusPath('email', 'enron', 'maildir', 'bailey-s');
const FISCHER = corpusPath('email', 'enron', 'maildir', 'fischer-m');

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) {
    await cleanup();
  }
});

function deps(index: SqliteRecordIndex, overrides: Partial<IngestDeps> = {}): IngestDeps {
  return { index, signal: new AbortController().signal, onProgress: () => undefined, hasSource: () => false, ...overrides };
}

const request = (path: string) => ({ jobId: 'job_1', path, custodian: 'Sally Bailey', channel: 'official-email' as const });

describe('ingest pipeline on real Enron maildir folders', () => {
  it('indexes every message of a custodian, with progress through each phase', async () => {
    const index = SqliteRecordIndex.open(':memory:');
    const phases = new Set<string>();
    const outcome = await runIngest(request(BAILEY), deps(index, { onProgress: (p) => phases.add(p.phase) }));
    expect(outcome.fileCount).toBe(478);
    expect(outcome.recordsAdded).toBe(478);
    expect(outcome.errors.filter((error) => error.severity === 'error')).toEqual([]);
    expect(outcome.countsByKind).toEqual({ email: 478 });
    expect([...phases]).toEqual(['scanning', 'hashing', 'indexing', 'done']);
    expect(await index.count()).toBe(478);
    index.close();
  });

  it('gives the same record ids when the same source is indexed again from scratch', async () => {
    const idsOf = async () => {
      const index = SqliteRecordIndex.open(':memory:');
      const outcome = await runIngest(request(FISCHER), deps(index));
      const result = await index.search({ match: null, queryText: '', kinds: null, page: 0, pageSize: 50 });
      index.close();
      return { sha: outcome.sha256, ids: result.hits.map((hit) => hit.id).sort() };
    };
    const first = await idsOf();
    const second = await idsOf();
    expect(second).toEqual(first);
    expect(first.ids).toHaveLength(2);
  });

  it('changes nothing when the source is already in the case', async () => {
    const index = SqliteRecordIndex.open(':memory:');
    const outcome = await runIngest(request(FISCHER), deps(index, { hasSource: () => true }));
    expect(outcome).toMatchObject({ alreadyPresent: true, recordsAdded: 0 });
    expect(await index.count()).toBe(0);
    index.close();
  });

  it('turns an unreadable file and an unrecognised file into errors naming them, and indexes the rest', async () => {
    const folder = await tempFolder();
    cleanups.push(folder.cleanup);
    await cp(join(FISCHER, 'all_documents'), join(folder.path, 'mail'), { recursive: true });
    await mkdir(join(folder.path, 'other'));
    await writeFile(join(folder.path, 'other', 'photo.bin'), Buffer.from([0, 1, 2, 3, 0, 255]));
    await writeFile(join(folder.path, 'other', 'notes.txt'), 'Meeting notes: the budget is due Friday.\n');
    const index = SqliteRecordIndex.open(':memory:');
    const failing = join(folder.path, 'mail', '2.');
    const outcome = await runIngest(
      request(folder.path),
      deps(index, {
        readFile: async (path) => {
          if (path === failing) {
            throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
          }
          const { readFile } = await import('node:fs/promises');
          return readFile(path);
        },
      }),
    );
    expect(outcome.errors).toEqual([
      expect.objectContaining({ severity: 'error', path: 'mail/2.', message: expect.stringContaining('EACCES') }),
      expect.objectContaining({ severity: 'error', path: 'other/photo.bin', message: expect.stringContaining('not recognised') }),
    ]);
    expect(outcome.countsByKind).toEqual({ email: 1, document: 1 });
    expect(await index.ingestErrors(outcome.sourceId)).toHaveLength(2);
    index.close();
  });

  it('cancels cleanly: the index is left as it was', async () => {
    const index = SqliteRecordIndex.open(':memory:');
    await runIngest(request(FISCHER), deps(index));
    const controller = new AbortController();
    const seen: IngestProgress[] = [];
    const outcome = await runIngest(
      request(BAILEY),
      deps(index, {
        signal: controller.signal,
        batchSize: 10,
        progressIntervalMs: 0,
        onProgress: (progress) => {
          seen.push(progress);
          if (progress.phase === 'indexing' && progress.recordsIndexed >= 50) {
            controller.abort();
          }
        },
      }),
    );
    expect(outcome.status).toBe('cancelled');
    expect(seen.some((progress) => progress.recordsIndexed >= 50)).toBe(true);
    expect(await index.count()).toBe(2);
    index.close();
  });

  it('reports a cancel during hashing as cancelled, with nothing written', async () => {
    const index = SqliteRecordIndex.open(':memory:');
    const controller = new AbortController();
    const outcome = await runIngest(
      request(BAILEY),
      deps(index, {
        signal: controller.signal,
        progressIntervalMs: 0,
        onProgress: (progress) => {
          if (progress.phase === 'hashing' && progress.filesDone > 10) {
            controller.abort();
          }
        },
      }),
    );
    expect(outcome.status).toBe('cancelled');
    expect(await index.count()).toBe(0);
    index.close();
  });
});
