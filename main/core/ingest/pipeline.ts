/**
 * The ingest pipeline: list a source, decide per file what to do (new, changed, interrupted,
 * unchanged, gone), parse the files in worker threads, write what they yield to the index in
 * batches, then link threads across the case.
 *
 * Failure is per item: a file or message that cannot be read becomes an ingest error naming the
 * file and the place in it, and the rest of the source goes on. Every batch is written with the
 * state of its files in one transaction, and every write is idempotent, so a cancel or a crash
 * leaves a consistent index and running the same source again continues where it stopped.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { AppError } from '../../../shared/errors.js';
import type { IngestProgress, IngestPhase } from '../../../shared/ipc/contract.js';
import type { IngestCounts, IngestError, SourceReadOptions } from '../../../shared/model/case.js';
import type { IndexedRecord, RecordIndex, SourceFileState } from '../index/record-index.js';
import { sha256Hex } from '../util/hash.js';
import type { ExtractedItem } from './adapter.js';
import { planIngest } from './ingest-plan.js';
import type { PlannedFile } from './ingest-plan.js';
import { assignThreads, needsSubjectFacts } from './threading.js';
import { toIndexedFamily } from './to-indexed.js';
import { walkSource } from './walk-source.js';
import type { FileMessage, FileTask } from './worker/worker-protocol.js';
import { UNRECOGNISED } from './worker/worker-protocol.js';
import { defaultWorkerCount, runPool } from './worker/worker-pool.js';

export type IngestRequest = {
  jobId: string;
  sourceId: string;
  path: string;
  custodian: string;
  /** What the officer told the readers (time zone, date order, chat mapping). */
  options: SourceReadOptions;
  /** True when the options changed since the last run: every file is read again. */
  rereadAll: boolean;
  /**
   * False when the source's last run did not finish (cancelled, interrupted, failed): the run
   * then completes it (threads, counts) even if every file is already read.
   */
  lastRunFinished: boolean;
};

/** Files forgotten per transaction. */
const FORGET_CHUNK = 500;

/** Errors and warnings a report carries; all of them stay in the index (`ingest.errors`). */
export const REPORTED_ERRORS = 1000;

export type IngestDeps = {
  index: RecordIndex;
  signal: AbortSignal;
  onProgress(progress: IngestProgress): void;
  /** The bundled worker script (build/workers/ingest-worker.mjs). */
  workerPath: string;
  workerCount?: number;
  /** Called once, before the first write to the index (not at all when nothing needs doing). */
  beforeFirstWrite?: () => Promise<void>;
  /** Records collected before a write; also written at least every `flushIntervalMs`. */
  flushRecords?: number;
  flushIntervalMs?: number;
  progressIntervalMs?: number;
};

export type IngestOutcome = {
  /** SHA-256 over the source's (relative path, file SHA-256) list after this run. */
  sha256: string;
  fileCount: number;
  totalBytes: number;
  /** True when nothing in the source changed since the last complete run: nothing was done. */
  alreadyPresent: boolean;
  status: 'completed' | 'cancelled';
  recordsAdded: number;
  duplicatesFound: number;
  /** Errors and warnings met in this run: the first REPORTED_ERRORS of them. */
  errors: IngestError[];
  errorCount: number;
  warningCount: number;
  counts: IngestCounts;
  bytesRead: number;
  durationMs: number;
};

/** The source hash: SHA-256 over "relative path NUL file hash" lines in path order. */
export function sourceManifestHash(entries: ReadonlyArray<{ path: string; sha256: string }>): string {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sha256Hex(sorted.map((entry) => `${entry.path}\u0000${entry.sha256 || 'unreadable'}\n`).join(''));
}

function emptyCounts(): IngestCounts {
  return {
    recordsByKind: {},
    itemsRead: 0,
    duplicates: 0,
    notRecords: {},
    filesIndexed: 0,
    filesUnchanged: 0,
    filesResumed: 0,
    filesRemoved: 0,
    filesFailed: 0,
  };
}

export async function runIngest(request: IngestRequest, deps: IngestDeps): Promise<IngestOutcome> {
  const started = Date.now();
  const interval = deps.progressIntervalMs ?? 100;
  const flushRecords = deps.flushRecords ?? 500;
  const flushIntervalMs = deps.flushIntervalMs ?? 500;
  const { signal, index } = deps;
  const sourceId = request.sourceId;
  const counts = emptyCounts();
  const errors: IngestError[] = [];
  let errorCount = 0;
  let warningCount = 0;

  let lastEmit = 0;
  const progress: IngestProgress = {
    jobId: request.jobId,
    sourcePath: request.path,
    phase: 'scanning',
    filesDone: 0,
    filesTotal: 0,
    bytesDone: 0,
    bytesTotal: 0,
    recordsIndexed: 0,
    itemsRead: 0,
    errors: 0,
    currentFile: '',
    elapsedMs: 0,
    etaMs: null,
  };
  let bytesAtStart = 0;
  const emit = (force = false) => {
    const now = Date.now();
    if (force || now - lastEmit >= interval) {
      lastEmit = now;
      progress.elapsedMs = now - started;
      const readThisRun = progress.bytesDone - bytesAtStart;
      const left = progress.bytesTotal - progress.bytesDone;
      progress.etaMs = readThisRun > 0 && progress.elapsedMs > 500 && left >= 0 ? Math.round((left / readThisRun) * progress.elapsedMs) : null;
      deps.onProgress({ ...progress });
    }
  };
  const enter = (phase: IngestPhase) => {
    progress.phase = phase;
    emit(true);
  };

  enter('scanning');
  let walk;
  try {
    walk = await walkSource(request.path, signal);
  } catch (error) {
    if (error instanceof AppError && error.code === 'cancelled') {
      enter('done');
      return { sha256: '', fileCount: 0, totalBytes: 0, alreadyPresent: false, status: 'cancelled', recordsAdded: 0, duplicatesFound: 0, errors, errorCount: 0, warningCount: 0, counts, bytesRead: 0, durationMs: Date.now() - started };
    }
    throw error;
  }
  const totalBytes = walk.files.reduce((sum, file) => sum + file.size, 0);
  const recorded = await index.sourceFiles(sourceId);
  // New options change what the readers make of every file: plan them all as changed.
  const previous = request.rereadAll ? recorded.map((state) => ({ ...state, mtimeMs: -1 })) : recorded;
  if (walk.files.length === 0 && previous.length > 0) {
    // An unplugged drive or an unmounted share looks like an emptied folder: never take it for one.
    throw new AppError(
      'source-unreadable',
      `${request.path} holds no files now, but ${previous.length} were indexed from it before. Is the drive or share connected? Nothing in the case was changed.`,
      { path: request.path },
    );
  }
  const plan = planIngest(walk.files, previous, walk.skipped.map((skipped) => skipped.relativePath));
  progress.filesTotal = walk.files.length;
  progress.bytesTotal = totalBytes;

  const finalHash = async () => sourceManifestHash((await index.sourceFiles(sourceId)).map((file) => ({ path: file.path, sha256: file.sha256 })));
  const outcome = async (status: 'completed' | 'cancelled', alreadyPresent: boolean, recordsAdded: number): Promise<IngestOutcome> => ({
    sha256: await finalHash(),
    fileCount: walk.files.length,
    totalBytes,
    alreadyPresent,
    status,
    recordsAdded,
    duplicatesFound: counts.duplicates,
    errors,
    errorCount,
    warningCount,
    counts,
    bytesRead: progress.bytesDone - bytesAtStart,
    durationMs: Date.now() - started,
  });

  counts.filesUnchanged = plan.unchanged.length;
  if (request.lastRunFinished && previous.length > 0 && plan.toRead.length === 0 && plan.removed.length === 0) {
    enter('done');
    return outcome('completed', true, 0);
  }
  if (signal.aborted) {
    enter('done');
    return outcome('cancelled', false, 0);
  }
  await deps.beforeFirstWrite?.();

  // What is gone from the source, and the old state of what changed, is forgotten first.
  const forget = [
    ...plan.removed,
    ...plan.toRead.filter((file) => file.action === 'changed' || (file.action === 'resume' && file.resume === '')).map((file) => file.relativePath),
  ];
  for (let start = 0; start < forget.length; start += FORGET_CHUNK) {
    await index.forgetFiles(sourceId, forget.slice(start, start + FORGET_CHUNK));
    // Yield between chunks: forgetting a whole re-copied Maildir must not freeze the app.
    await yieldToEventLoop();
  }
  counts.filesRemoved = plan.removed.length;
  counts.filesResumed = plan.toRead.filter((file) => file.action === 'resume').length;

  const unchangedBytes = plan.unchanged.reduce((sum, file) => sum + file.size, 0);
  progress.bytesDone = unchangedBytes;
  bytesAtStart = unchangedBytes;
  progress.filesDone = plan.unchanged.length;

  let pendingRecords: IndexedRecord[] = [];
  let pendingErrors: IngestError[] = [];
  const pendingFiles = new Map<string, SourceFileState>();
  let recordsAdded = 0;
  let lastFlush = Date.now();

  const addError = (error: IngestError) => {
    if (errors.length < REPORTED_ERRORS) {
      errors.push(error);
    }
    pendingErrors.push(error);
    if (error.severity === 'error') {
      errorCount += 1;
      progress.errors = errorCount;
    } else {
      warningCount += 1;
    }
  };
  for (const skipped of walk.skipped) {
    addError({ sourceId, severity: 'error', path: skipped.relativePath, locator: '', message: `Not read: ${skipped.reason}` });
  }

  const flush = async () => {
    if (pendingRecords.length === 0 && pendingErrors.length === 0 && pendingFiles.size === 0) {
      return;
    }
    const result = await index.writeBatch({ records: pendingRecords, errors: pendingErrors, files: [...pendingFiles.values()] });
    recordsAdded += result.added;
    counts.duplicates += result.duplicates;
    progress.recordsIndexed = recordsAdded;
    pendingRecords = [];
    pendingErrors = [];
    pendingFiles.clear();
    lastFlush = Date.now();
    await yieldToEventLoop();
  };

  const tasks: FileTask[] = plan.toRead.map((file, fileId) => ({
    type: 'file',
    fileId,
    absolutePath: file.absolutePath,
    relativePath: file.relativePath,
    size: file.size,
    resume: file.action === 'resume' ? file.resume : '',
    modifiedMs: file.mtimeMs,
    options: request.options,
    custodian: request.custodian,
  }));
  const resumeOf = new Map<number, string>(tasks.map((task) => [task.fileId, task.resume]));
  const fileOf = (fileId: number): PlannedFile => {
    const file = plan.toRead[fileId];
    if (file === undefined) {
      throw new AppError('internal', `Ingest worker reported an unknown file (${fileId})`);
    }
    return file;
  };
  const fileState = (file: PlannedFile, state: SourceFileState['state'], resume: string, sha256: string): SourceFileState => ({
    sourceId,
    path: file.relativePath,
    size: file.size,
    mtimeMs: file.mtimeMs,
    sha256,
    state,
    resume,
  });

  const takeItems = (file: PlannedFile, items: readonly ExtractedItem[]) => {
    const place = { sourceId, custodian: request.custodian, path: file.relativePath };
    for (const item of items) {
      switch (item.type) {
        case 'record': {
          const family = toIndexedFamily(item.record, place);
          pendingRecords.push(...family);
          counts.itemsRead += 1;
          progress.itemsRead = counts.itemsRead;
          for (const row of family) {
            counts.recordsByKind[row.kind] = (counts.recordsByKind[row.kind] ?? 0) + 1;
          }
          break;
        }
        case 'problem':
          addError({ sourceId, severity: item.severity, path: file.relativePath, locator: item.locator, message: item.message });
          break;
        case 'not-record':
          counts.notRecords[item.what] = (counts.notRecords[item.what] ?? 0) + 1;
          break;
        case 'checkpoint':
          pendingFiles.set(file.relativePath, fileState(file, 'partial', item.resume, ''));
          break;
      }
    }
  };

  const onMessage = async (message: FileMessage) => {
    const file = fileOf(message.fileId);
    progress.currentFile = file.relativePath;
    progress.bytesDone += message.bytes;
    takeItems(file, message.items);
    if (message.type === 'file-done') {
      const unsupported = message.adapterId === UNRECOGNISED;
      pendingFiles.set(file.relativePath, fileState(file, unsupported ? 'unsupported' : 'done', '', message.sha256));
      counts[unsupported ? 'filesFailed' : 'filesIndexed'] += 1;
      progress.filesDone += 1;
    } else if (message.type === 'file-failed') {
      addError({ sourceId, severity: 'error', path: file.relativePath, locator: '', message: message.message });
      // Keep the resume point of what was read: trying again continues from there.
      const resume = pendingFiles.get(file.relativePath)?.resume ?? resumeOf.get(message.fileId) ?? '';
      pendingFiles.set(file.relativePath, fileState(file, 'failed', resume, ''));
      counts.filesFailed += 1;
      progress.filesDone += 1;
    }
    if (pendingRecords.length >= flushRecords || Date.now() - lastFlush >= flushIntervalMs) {
      await flush();
    }
    emit();
  };

  enter('indexing');
  await runPool(tasks, { workerPath: deps.workerPath, workerCount: deps.workerCount ?? defaultWorkerCount(), signal, onMessage });
  // Whatever was received is complete up to its checkpoints: keep it, cancelled or not.
  await flush();
  if (signal.aborted) {
    enter('done');
    return outcome('cancelled', false, recordsAdded);
  }

  enter('threading');
  const table = await index.threadingTable();
  const assignments = assignThreads(table, await index.subjectFacts(needsSubjectFacts(table)));
  await index.applyThreads(assignments);
  enter('done');
  return outcome('completed', false, recordsAdded);
}
