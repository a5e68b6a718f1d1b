/**
 * A case's index built the way the app builds it: each source through the real ingest pipeline
 * and worker, then read back with load-gap-records. The quality tests feed the detectors only
 * what a real case would hold.
 */
import type { SourceChannel } from '../../../../../../shared/model/case.js';
import { NEUTRAL_READ_OPTIONS } from '../../../../../../shared/model/case.js';
import type { SourceReadOptions } from '../../../../../../shared/model/case.js';
import { SqliteRecordIndex } from '../../../../../../main/core/index/sqlite/sqlite-record-index.js';
import { runIngest } from '../../../../../../main/core/ingest/pipeline.js';
import type { GapInput, GapSource } from '../../../../../../main/core/gaps/detector-input.js';
import { loadGapInput } from '../../../../../../main/core/gaps/load-gap-records.js';
import { TEST_WORKER_PATH } from '../../../../../support/test-host.js';

export type CaseSource = GapSource & { path: string; options?: SourceReadOptions };

export function source(id: string, custodian: string, channel: SourceChannel, path: string, options?: SourceReadOptions): CaseSource {
  return { id, custodian, channel, path, ...(options ? { options } : {}) };
}

/** Ingests the sources into a fresh in-memory index and loads the detectors' input from it. */
export async function ingestCase(sources: readonly CaseSource[]): Promise<{ index: SqliteRecordIndex; input: GapInput }> {
  const index = SqliteRecordIndex.open(':memory:');
  for (const entry of sources) {
    await runIngest(
      { jobId: `job-${entry.id}`, sourceId: entry.id, path: entry.path, custodian: entry.custodian, options: entry.options ?? NEUTRAL_READ_OPTIONS, rereadAll: false, lastRunFinished: true },
      { index, signal: new AbortController().signal, onProgress: () => undefined, workerPath: TEST_WORKER_PATH, workerCount: 1 },
    );
  }
  return { index, input: await loadGapInput(index, sources, { pageSize: 250 }) };
}
