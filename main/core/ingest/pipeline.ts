/**
 * The ingest pipeline: scan a source, hash every file, pick an adapter per file, turn what it
 * extracts into indexed records with stable ids, and write them in batches.
 *
 * Failure is per item: a file that cannot be read or parsed becomes an ingest error naming the
 * file and the place in it, and the rest of the source goes on. Cancelling removes what this
 * run wrote, so a cancelled ingest leaves the case as it was.
 */
import { readFile } from 'node:fs/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { AppError } from '../../../shared/errors.js';
import type { IngestProgress, IngestPhase } from '../../../shared/ipc/contract.js';
import type { IngestError, SourceChannel } from '../../../shared/model/case.js';
import type { RecordKind } from '../../../shared/model/record.js';
import type { IndexedRecord, RecordIndex } from '../index/record-index.js';
import { sha256File, sha256Hex } from '../util/hash.js';
import { orderedPrefetch } from '../util/ordered-prefetch.js';
import type { ExtractedRecord, SourceFile } from './adapter.js';
import { recordId, sourceId as sourceIdFor } from './ids.js';
import { normaliseForHash } from './normalise-text.js';
import { chooseAdapter } from './registry.js';
import { walkSource } from './walk-source.js';
import type { SourceEntry } from './walk-source.js';

export type IngestRequest = {
  jobId: string;
  path: string;
  custodian: string;
  channel: SourceChannel;
};

export type IngestDeps = {
  index: RecordIndex;
  signal: AbortSignal;
  onProgress(progress: IngestProgress): void;
  /** True when the case already holds a source with this content hash. */
  hasSource(sha256: string): boolean;
  /** File reading, replaceable so tests can make one file fail. */
  readFile?: (path: string) => Promise<Uint8Array>;
  hashFile?: (path: string, signal: AbortSignal) => Promise<string>;
  batchSize?: number;
  progressIntervalMs?: number;
};

export type IngestOutcome = {
  sourceId: string;
  sha256: string;
  fileCount: number;
  totalBytes: number;
  alreadyPresent: boolean;
  status: 'completed' | 'cancelled';
  recordsAdded: number;
  duplicatesFound: number;
  errors: IngestError[];
  countsByKind: Partial<Record<RecordKind, number>>;
};

const HEAD_BYTES = 8192;
/** Files read ahead of the one being parsed (and hashed at once). */
const IO_AHEAD = 8;

/** The source hash: SHA-256 over "relative path NUL file hash" lines in byte order. */
export function sourceManifestHash(entries: ReadonlyArray<{ relativePath: string; sha256: string }>): string {
  return sha256Hex(entries.map((entry) => `${entry.relativePath}\u0000${entry.sha256}\n`).join(''));
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}

export async function runIngest(request: IngestRequest, deps: IngestDeps): Promise<IngestOutcome> {
  try {
    return await runIngestPhases(request, deps);
  } catch (error) {
    // Cancelled before anything was written (scanning, hashing): report it like any cancel.
    if (error instanceof AppError && error.code === 'cancelled') {
      deps.onProgress({ jobId: request.jobId, sourcePath: request.path, phase: 'done', filesDone: 0, filesTotal: 0, recordsIndexed: 0, errors: 0, currentFile: '' });
      return { sourceId: '', sha256: '', fileCount: 0, totalBytes: 0, alreadyPresent: false, status: 'cancelled', recordsAdded: 0, duplicatesFound: 0, errors: [], countsByKind: {} };
    }
    throw error;
  }
}

async function runIngestPhases(request: IngestRequest, deps: IngestDeps): Promise<IngestOutcome> {
  const read = deps.readFile ?? ((path: string) => readFile(path));
  const hash = deps.hashFile ?? sha256File;
  const batchSize = deps.batchSize ?? 250;
  const interval = deps.progressIntervalMs ?? 100;
  const { signal } = deps;

  let lastEmit = 0;
  const progress: IngestProgress = {
    jobId: request.jobId,
    sourcePath: request.path,
    phase: 'scanning',
    filesDone: 0,
    filesTotal: 0,
    recordsIndexed: 0,
    errors: 0,
    currentFile: '',
  };
  const emit = (force = false) => {
    const now = Date.now();
    if (force || now - lastEmit >= interval) {
      lastEmit = now;
      deps.onProgress({ ...progress });
    }
  };
  const enter = (phase: IngestPhase) => {
    progress.phase = phase;
    progress.filesDone = 0;
    emit(true);
  };
  const checkCancel = () => {
    if (signal.aborted) {
      throw new AppError('cancelled', 'Ingest cancelled');
    }
  };

  enter('scanning');
  const walk = await walkSource(request.path, signal);
  const errors: IngestError[] = [];
  progress.filesTotal = walk.files.length;

  // Hash first: the source's identity decides whether anything needs doing at all.
  enter('hashing');
  const hashed: Array<SourceEntry & { sha256: string | null; failure?: string }> = [];
  for await (const { item: entry, result } of orderedPrefetch(walk.files, IO_AHEAD, (file) => hash(file.absolutePath, signal))) {
    checkCancel();
    progress.currentFile = entry.relativePath;
    if (result.status === 'fulfilled') {
      hashed.push({ ...entry, sha256: result.value });
    } else {
      hashed.push({ ...entry, sha256: null, failure: describe(result.reason) });
    }
    progress.filesDone += 1;
    emit();
  }
  const manifest = hashed.map((entry) => ({ relativePath: entry.relativePath, sha256: entry.sha256 ?? 'unreadable' }));
  const sha256 = sourceManifestHash(manifest);
  const id = sourceIdFor(sha256);
  const totalBytes = walk.files.reduce((sum, file) => sum + file.size, 0);
  const base = { sourceId: id, sha256, fileCount: walk.files.length, totalBytes };

  if (deps.hasSource(sha256)) {
    enter('done');
    return { ...base, alreadyPresent: true, status: 'completed', recordsAdded: 0, duplicatesFound: 0, errors: [], countsByKind: {} };
  }

  for (const skipped of walk.skipped) {
    errors.push({ sourceId: id, severity: 'error', path: skipped.relativePath, locator: '', message: `Not read: ${skipped.reason}` });
  }

  enter('indexing');
  let pendingRecords: IndexedRecord[] = [];
  let pendingErrors: IngestError[] = [...errors];
  let recordsAdded = 0;
  let duplicatesFound = 0;
  const countsByKind: Partial<Record<RecordKind, number>> = {};
  const flush = async () => {
    const result = await deps.index.writeBatch(pendingRecords, pendingErrors);
    recordsAdded += result.added;
    duplicatesFound += result.duplicates;
    pendingRecords = [];
    pendingErrors = [];
    await yieldToEventLoop();
  };
  const fail = (path: string, locator: string, message: string, severity: IngestError['severity'] = 'error') => {
    const error: IngestError = { sourceId: id, severity, path, locator, message };
    errors.push(error);
    pendingErrors.push(error);
    progress.errors = errors.length;
  };

  try {
    const readable = (entry: (typeof hashed)[number]) => (entry.sha256 === null ? Promise.resolve(null) : read(entry.absolutePath));
    for await (const { item: entry, result } of orderedPrefetch(hashed, IO_AHEAD, readable)) {
      checkCancel();
      progress.currentFile = entry.relativePath;
      if (entry.sha256 === null) {
        fail(entry.relativePath, '', `Unreadable: ${entry.failure ?? 'unknown error'}`);
      } else if (result.status === 'rejected' || result.value === null) {
        fail(entry.relativePath, '', `Unreadable: ${result.status === 'rejected' ? describe(result.reason) : 'no data'}`);
      } else {
        await indexFile(entry, entry.sha256, result.value);
      }
      progress.filesDone += 1;
      emit();
      if (pendingRecords.length >= batchSize) {
        await flush();
      }
    }
    await flush();
  } catch (error) {
    // Undo this run's writes: records this source alone brought, and its locations and errors.
    await deps.index.deleteSource(id);
    if (error instanceof AppError && error.code === 'cancelled') {
      enter('done');
      return { ...base, alreadyPresent: false, status: 'cancelled', recordsAdded: 0, duplicatesFound: 0, errors: [], countsByKind: {} };
    }
    throw error;
  }
  enter('done');
  return { ...base, alreadyPresent: false, status: 'completed', recordsAdded, duplicatesFound, errors, countsByKind };

  async function indexFile(entry: SourceEntry, fileSha256: string, bytes: Uint8Array): Promise<void> {
    const name = entry.relativePath.split('/').pop() ?? entry.relativePath;
    const adapter = chooseAdapter(name, bytes.subarray(0, HEAD_BYTES));
    if (adapter === null) {
      fail(entry.relativePath, '', 'Not indexed: file type not recognised');
      return;
    }
    const file: SourceFile = { absolutePath: entry.absolutePath, relativePath: entry.relativePath, bytes };
    try {
      const extractor = await adapter.load();
      for await (const item of extractor.extract(file)) {
        if (item.type === 'warning') {
          fail(entry.relativePath, item.locator, item.message, 'warning');
          continue;
        }
        pendingRecords.push(toIndexed(item.record, entry, fileSha256));
        countsByKind[item.record.kind] = (countsByKind[item.record.kind] ?? 0) + 1;
        progress.recordsIndexed += 1;
      }
    } catch (error) {
      fail(entry.relativePath, '', `Could not parse as ${adapter.label}: ${describe(error)}`);
    }
  }

  function toIndexed(record: ExtractedRecord, entry: SourceEntry, fileSha256: string): IndexedRecord {
    return {
      ...record,
      id: recordId(fileSha256, record.locator),
      sizeBytes: entry.size,
      fileSha256,
      contentSha256: sha256Hex(normaliseForHash(record.body)),
      custodian: request.custodian,
      location: { sourceId: id, path: entry.relativePath, locator: record.locator },
    };
  }
}
