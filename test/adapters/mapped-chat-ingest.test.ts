/**
 * A source with a chat mapping through the real pipeline and worker thread: the mapping reads
 * the files it fits, the built-in readers read the others (a WhatsApp chat, notes beside the
 * export), and a file of the mapping's format that fits neither is an error of that file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteRecordIndex } from '../../main/core/index/sqlite/sqlite-record-index.js';
import { runIngest, type IngestOutcome } from '../../main/core/ingest/pipeline.js';
import type { SourceReadOptions } from '../../shared/model/case.js';
import { REPO_ROOT } from '../support/corpus.js';
import { indexQuery } from '../support/index-query.js';
import { TEST_WORKER_PATH } from '../support/test-host.js';
import { useTestScratch } from '../support/test-scratch.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'chat', 'mapped');

const scratch = useTestScratch();

async function ingest(path: string, options: SourceReadOptions): Promise<{ index: SqliteRecordIndex; outcome: IngestOutcome }> {
  const index = scratch.keep(SqliteRecordIndex.open(':memory:'));
  const outcome = await runIngest(
    { jobId: 'job_m', sourceId: 's_00000001', path, custodian: 'Custodian', options, rereadAll: false, lastRunFinished: true },
    { index, signal: new AbortController().signal, onProgress: () => undefined, workerPath: TEST_WORKER_PATH, workerCount: 1 },
  );
  return { index, outcome };
}

async function hitCount(index: SqliteRecordIndex, phrase: string): Promise<number> {
  return (await index.search(indexQuery({ phrase, pageSize: 10 }))).hits.length;
}

describe('a source with a chat mapping', () => {
  it('reads the files the mapping fits through it and the others through their own readers', async () => {
    const options: SourceReadOptions = { timeZone: 'UTC', dateOrder: 'auto', chatMapping: await readFile(join(FIXTURES, 'signal-style.mapping.json'), 'utf8') };
    const alone = await scratch.folder();
    await writeFile(join(alone, 'signal.csv'), await readFile(join(FIXTURES, 'signal-style.csv')));
    const mappedMessages = (await ingest(alone, options)).outcome.counts.recordsByKind['chat-message'] ?? 0;
    expect(mappedMessages).toBeGreaterThan(3);

    const folder = await scratch.folder();
    await writeFile(join(folder, 'signal.csv'), await readFile(join(FIXTURES, 'signal-style.csv')));
    await writeFile(join(folder, 'WhatsApp Chat with Bob.txt'), '[01/02/2021, 10:00:00] Ann: hello Bob\n[01/02/2021, 10:01:00] Bob: morning Ann\n[13/02/2021, 10:02:00] Ann: see you\n');
    await writeFile(join(folder, 'notes.txt'), 'Interview notes: the custodian mentioned xyzzyplugh.\n');
    await writeFile(join(folder, 'budget.csv'), 'item,amount\nchairs,120\ndesks,300\n');
    const { index, outcome } = await ingest(folder, options);

    expect(outcome.status).toBe('completed');
    expect(outcome.counts.recordsByKind['chat-message']).toBe(mappedMessages + 3);
    expect(await hitCount(index, 'morning Ann')).toBe(1);
    expect(await hitCount(index, 'xyzzyplugh')).toBe(1);
    const platforms = new Set((await index.conversations(null)).map((conversation) => conversation.platform));
    expect(platforms).toEqual(new Set(['mapped', 'whatsapp']));
    // The WhatsApp chat and the notes are no business of the mapping: no problem at all.
    expect(outcome.errors.filter((error) => error.path === 'WhatsApp Chat with Bob.txt' || error.path === 'notes.txt')).toEqual([]);
    // A CSV the mapping does not fit is still indexed, as a document, and the officer is told why.
    expect(await hitCount(index, 'chairs 120')).toBe(1);
    const budget = outcome.errors.filter((error) => error.path === 'budget.csv');
    expect(budget).toHaveLength(1);
    expect(budget[0]).toMatchObject({ severity: 'error', locator: '' });
    expect(budget[0]?.message).toMatch(/^The source's chat mapping does not fit this file \(fields\.\w+: column "\w+" is not in its first row \("item", "amount"\)\); indexed as a plain document instead$/);
  });
});
