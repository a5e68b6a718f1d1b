/**
 * Reading the detectors' input from a real index: WhatsApp exports from the corpus ingested
 * through the pipeline (4A_11M.txt and 4A_11M.zip hold the same group, so its messages are one
 * record with a copy in each export), then read back page by page.
 */
import { describe, expect, it } from 'vitest';
import { NEUTRAL_READ_OPTIONS } from '../../../../../shared/model/case.js';
import { SqliteRecordIndex } from '../../../../../main/core/index/sqlite/sqlite-record-index.js';
import { runIngest } from '../../../../../main/core/ingest/pipeline.js';
import { loadGapInput, loadGapRecords } from '../../../../../main/core/gaps/load-gap-records.js';
import { corpusPath } from '../../../../support/corpus.js';
import { TEST_WORKER_PATH } from '../../../../support/test-host.js';
import { useTestScratch } from '../../../../support/test-scratch.js';

const scratch = useTestScratch();

async function whatsappIndex(): Promise<SqliteRecordIndex> {
  const index = scratch.keep(SqliteRecordIndex.open(':memory:'));
  await runIngest(
    { jobId: 'job', sourceId: 's-phone', path: corpusPath('chat', 'whatsapp', 'chat-analytics'), custodian: 'Alice', options: NEUTRAL_READ_OPTIONS, rereadAll: false, lastRunFinished: true },
    { index, signal: new AbortController().signal, onProgress: () => undefined, workerPath: TEST_WORKER_PATH, workerCount: 1 },
  );
  return index;
}

describe('loadGapInput', () => {
  it('gives each copy of a message the conversation of the export it was found in', async () => {
    const index = await whatsappIndex();
    const input = await loadGapInput(index, [{ id: 's-phone', custodian: 'Alice', channel: 'personal-chat' }]);
    const byPath = new Map(input.conversations.map((conversation) => [conversation.path, conversation.key]));
    expect(input.conversations).toHaveLength(3);
    const shared = input.records.filter((record) => record.copies.length === 2);
    expect(shared.length).toBeGreaterThanOrEqual(13);
    for (const record of input.records) {
      expect(record.kind).toBe('chat-message');
      expect(record.platform).toBe('whatsapp');
      for (const copy of record.copies) {
        expect(copy.conversationKey).toBe(byPath.get(copy.path));
        expect(copy.sourceChannel).toBe('personal-chat');
      }
      if (record.dateUtc !== null) {
        expect(record.dateUtc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
        expect(record.day).toBe(record.dateLocal?.slice(0, 10));
      }
    }
    expect(new Set(shared.flatMap((record) => record.copies.map((copy) => copy.path)))).toEqual(new Set(['4A_11M.txt', '4A_11M.zip']));
  });

  it('reads the same records whatever the page size, and files sources the case does not list as "other"', async () => {
    const index = await whatsappIndex();
    const sources = [{ id: 's-phone', custodian: 'Alice', channel: 'personal-chat' as const }];
    const whole = await loadGapRecords(index, sources);
    expect(await loadGapRecords(index, sources, { pageSize: 3 })).toEqual(whole);
    const unlisted = await loadGapRecords(index, []);
    expect(unlisted.flatMap((record) => record.copies.map((copy) => copy.sourceChannel))).toEqual(whole.flatMap((record) => record.copies.map(() => 'other')));
    const stopped = new AbortController();
    stopped.abort();
    await expect(loadGapRecords(index, sources, { signal: stopped.signal })).rejects.toThrow();
  });
});
