/**
 * Zip archives through the real pipeline and worker thread: a WhatsApp chat zipped with other
 * papers, entries whose data is damaged (in a chat zip and in the corpus's Slack workspace), a
 * 100 MB Slack message, and an archive that would inflate far more than its size warrants.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGET_ALLOWANCE_BYTES, BUDGET_BYTES_PER_ARCHIVE_BYTE, ZipArchive } from '../../main/core/archive/zip-archive.js';
import { SqliteRecordIndex } from '../../main/core/index/sqlite/sqlite-record-index.js';
import { runIngest, type IngestOutcome } from '../../main/core/ingest/pipeline.js';
import type { SourceReadOptions } from '../../shared/model/case.js';
import { corpusPath } from '../support/corpus.js';
import { indexQuery } from '../support/index-query.js';
import { TEST_WORKER_PATH } from '../support/test-host.js';
import { useTestScratch } from '../support/test-scratch.js';
import { buildZip, damageEntry, type TestZipEntry } from '../support/zip-writer.js';

const ZURICH: SourceReadOptions = { timeZone: 'Europe/Zurich', dateOrder: 'auto', chatMapping: null };

const scratch = useTestScratch();

async function ingest(path: string, options: SourceReadOptions = ZURICH): Promise<{ index: SqliteRecordIndex; outcome: IngestOutcome }> {
  const index = scratch.keep(SqliteRecordIndex.open(':memory:'));
  const outcome = await runIngest(
    { jobId: 'job_z', sourceId: 's_00000001', path, custodian: 'Custodian', options, rereadAll: false, lastRunFinished: true },
    { index, signal: new AbortController().signal, onProgress: () => undefined, workerPath: TEST_WORKER_PATH, workerCount: 1 },
  );
  return { index, outcome };
}

async function hitCount(index: SqliteRecordIndex, phrase: string): Promise<number> {
  return (await index.search(indexQuery({ phrase, pageSize: 10 }))).hits.length;
}

function problems(outcome: IngestOutcome, path: string): string[] {
  return outcome.errors.filter((error) => error.path === path).map((error) => `${error.severity} ${error.locator}: ${error.message}`);
}

const CHAT = '[01/02/2021, 10:00:00] Ann: hello\n[01/02/2021, 10:01:00] Bob: the filing is attached\n[13/02/2021, 10:02:00] Ann: thanks\n';

describe('a WhatsApp chat zipped with other files', () => {
  it('reads the chat, and every file no message names as the documents they are', async () => {
    const folder = await scratch.folder();
    await writeFile(
      join(folder, 'phone-export.zip'),
      buildZip([
        { name: 'phone/WhatsApp Chat with Bob.txt', data: CHAT },
        { name: 'docs/filing.pdf', data: await readFile(corpusPath('docs', 'pdf', 'libtasn1.pdf')) },
        { name: 'docs/notes.txt', data: 'Remember the password is xyzzyplugh.' },
      ]),
    );
    const { index, outcome } = await ingest(folder);
    expect(outcome.status).toBe('completed');
    expect(outcome.counts.recordsByKind['chat-message']).toBe(3);
    expect(outcome.counts.recordsByKind.document).toBe(2);
    expect(outcome.counts.notRecords['unreferenced file']).toBeUndefined();
    expect(await hitCount(index, 'xyzzyplugh')).toBe(1);
    expect(await hitCount(index, 'Abstract Syntax Notation')).toBe(1);
    const [notes] = await index.getRecords((await index.search(indexQuery({ phrase: 'xyzzyplugh' }))).hits.map((hit) => hit.id));
    expect(notes?.locations[0]).toMatchObject({ path: 'phone-export.zip', locator: 'docs/notes.txt', folder: 'phone-export.zip/docs' });
  });
});

describe('damaged entries', () => {
  it('reads a chat zip whose other text file has damaged data, naming the archive and the entry', async () => {
    const folder = await scratch.folder();
    const zip = buildZip([{ name: '_chat.txt', data: CHAT }, { name: 'notes.txt', data: 'notes that will not inflate '.repeat(20) }]);
    await writeFile(join(folder, 'WhatsApp Chat - Damaged.zip'), damageEntry(zip, 'notes.txt'));
    const { index, outcome } = await ingest(folder);
    expect(outcome.counts.recordsByKind['chat-message']).toBe(3);
    expect(await hitCount(index, 'filing is attached')).toBe(1);
    const found = problems(outcome, 'WhatsApp Chat - Damaged.zip');
    // Reported once, as an error of that entry in that archive; nothing else went wrong.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^error notes\.txt: "notes\.txt" is damaged/);
  });

  it('reads the corpus Slack workspace without its damaged users.json: every message, senders by id, with a warning', async () => {
    const folder = await scratch.folder();
    const original = await readFile(corpusPath('chat', 'slack', 'slack-export-viewer', 'testarchive.zip'));
    await writeFile(join(folder, 'testarchive.zip'), damageEntry(original, 'users.json'));
    const { index, outcome } = await ingest(folder, { timeZone: 'America/Vancouver', dateOrder: 'auto', chatMapping: null });
    // 158 messages in 17 day files, and the 30 entries of integration_logs.json, as with users.json.
    expect(outcome.counts.recordsByKind['chat-message']).toBe(188);
    const found = problems(outcome, 'testarchive.zip');
    expect(found.filter((problem) => problem.startsWith('error'))).toEqual([expect.stringMatching(/^error users\.json: "users\.json" is damaged/)]);
    expect(found).toContain('warning users.json: the member list (users.json) cannot be read: senders and members are shown by id');
    const enrique = (await index.conversations(null)).find((conversation) => conversation.title === 'enrique');
    expect(enrique?.messageCount).toBe(108);
    // With users.json read, U0BMS113R is Hermione Granger.
    expect(enrique?.participants).toContain('U0BMS113R');
    expect(enrique?.participants).not.toContain('Hermione Granger');
  });
});

describe('a 100 MB message in a Slack workspace', () => {
  it('is cut to 8 Mi characters with a warning, and the rest of the workspace is read', async () => {
    const corpus = await ZipArchive.open({ path: corpusPath('chat', 'slack', 'slack-export-viewer', 'testarchive.zip') });
    const entries: TestZipEntry[] = [];
    for (const entry of corpus.entries) {
      if (entry.path !== null && !entry.isDirectory) {
        entries.push({ name: entry.path, data: await corpus.read(entry, 1e6) });
      }
    }
    corpus.close();
    const text = 'word '.repeat(20 * 1024 * 1024);
    const day = [
      { type: 'message', user: 'U0BMS113R', text, ts: '1459500000.000100' },
      { type: 'message', user: 'U0BMS113R', text: 'after the long one', ts: '1459500060.000100' },
    ];
    // Stored, not deflated: a day file of one repeated word would be refused as a bomb for its ratio.
    entries.push({ name: 'enrique/2016-04-01.json', data: JSON.stringify(day), deflate: false });
    const folder = await scratch.folder();
    await writeFile(join(folder, 'workspace.zip'), buildZip(entries));

    const { index, outcome } = await ingest(folder, { timeZone: 'America/Vancouver', dateOrder: 'auto', chatMapping: null });
    // The corpus's 188, and the two of the added day.
    expect(outcome.counts.recordsByKind['chat-message']).toBe(190);
    expect(problems(outcome, 'workspace.zip')).toEqual([
      `warning enrique/2016-04-01.json#0: Text of ${text.length} characters cut to the first ${8 * 1024 * 1024} for indexing; the file holds the rest`,
    ]);
    expect(await hitCount(index, 'after the long one')).toBe(1);
  }, 120_000);
});

describe('the inflate budget', () => {
  it('reads an archive up to 100 times its size plus 256 MiB, and names each entry past that', async () => {
    // Eight 48 MiB entries that deflate about 370 times: under the ratio that marks a bomb, but
    // 384 MiB from a zip of about 1 MB.
    const size = 48 * 1024 * 1024;
    const data = Buffer.alloc(size, 0x61);
    for (let i = 0, seed = 1; i < size; i += 2048) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      data[i] = 0x20 + (seed % 90);
    }
    const body = deflateRawSync(data);
    const names = Array.from({ length: 8 }, (_, i) => `part-${i + 1}.bin`);
    const zip = buildZip(names.map((name) => ({ name, data, deflated: body })));
    const folder = await scratch.folder();
    await writeFile(join(folder, 'bomb.zip'), zip);
    const budget = BUDGET_BYTES_PER_ARCHIVE_BYTE * zip.length + BUDGET_ALLOWANCE_BYTES;
    const readable = Math.floor(budget / size);
    expect(readable).toBeLessThan(names.length);

    const { outcome } = await ingest(folder);
    expect(outcome.counts.recordsByKind.document).toBe(readable);
    const found = problems(outcome, 'bomb.zip');
    const skipped = names.slice(readable);
    for (const name of skipped) {
      expect(found).toContainEqual(expect.stringMatching(new RegExp(`^error ${name.replace('.', '\\.')}: "${name.replace('.', '\\.')}" \\(${size} bytes\\) not read: the archive may inflate ${budget} bytes`)));
    }
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^warning : ${skipped.length} entries not read: .*100 times its size plus 256 MiB.*: ${skipped.join(', ').replace(/\./g, '\\.')}$`)));
  }, 120_000);
});
