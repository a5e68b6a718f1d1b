/**
 * One timed ingest through the app's public call, `sources.add`, into a fresh case: what both
 * the ingest and the mbox-scale suites measure. Only the report fields the contract promises
 * are read (source.fileCount, source.totalBytes, recordsAdded, duplicatesFound, errors), so the
 * bench keeps working while the ingest behind the call is rewritten.
 */
import { basename } from 'node:path';
import type { SourceChannel } from '../../shared/model/case.js';
import type { RecordKind } from '../../shared/model/record.js';
import { currentRssBytes, peakRssBytes, resetPeakRss, timed } from './bench-kit.js';
import { openBenchCase } from './bench-case.js';

export type AppIngest = {
  ms: number;
  files: number;
  bytes: number;
  recordsAdded: number;
  /** Records this run wrote or found again, by kind (from the run's counts). */
  recordsByKind: Partial<Record<RecordKind, number>>;
  duplicates: number;
  errors: number;
  warnings: number;
  /** Peak resident memory of the whole process during the ingest (Linux VmHWM). */
  peakRssBytes: number;
  /** Resident memory just before the call: the host and Node themselves. */
  rssBeforeBytes: number;
  /** False when the peak could not be restarted, so it also covers earlier suites. */
  peakIsOwn: boolean;
  /** Records the app's own search finds for `knownWord`, after the ingest. */
  wordHits: number;
};

export type AppIngestOptions = { channel?: SourceChannel; timeZone?: string };

export async function ingestThroughApp(path: string, knownWord: string, options: AppIngestOptions = {}): Promise<AppIngest> {
  const benchCase = await openBenchCase('Bench');
  try {
    const peakIsOwn = resetPeakRss();
    const rssBeforeBytes = currentRssBytes();
    const { ms, value: report } = await timed(() =>
      benchCase.client.call('sources.add', {
        path,
        custodian: `Bench (${basename(path)})`,
        channel: options.channel ?? 'official-email',
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      }),
    );
    const peak = peakRssBytes();
    const found = await benchCase.client.call('search.query', { query: knownWord, pageSize: 1 });
    const errors = report.errors.filter((error) => error.severity === 'error').length;
    return {
      ms,
      files: report.source.fileCount,
      bytes: report.source.totalBytes,
      recordsAdded: report.recordsAdded,
      recordsByKind: report.run.counts.recordsByKind,
      duplicates: report.duplicatesFound,
      errors,
      warnings: report.errors.length - errors,
      peakRssBytes: peak,
      rssBeforeBytes,
      peakIsOwn,
      wordHits: found.total,
    };
  } finally {
    await benchCase.close();
  }
}
