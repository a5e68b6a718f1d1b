/**
 * Adding sources (running the ingest pipeline), listing them, cancelling, ingest errors.
 *
 * A source is a path: adding the same path again continues an interrupted or cancelled ingest,
 * picks up what changed, and does nothing at all when nothing did.
 */
import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import type { CallArgs } from '../../../shared/ipc/contract.js';
import type { IngestReport, IngestRun, SourceInfo, SourceReadOptions } from '../../../shared/model/case.js';
import { DEFAULT_OCR_LANGUAGE_CHOICE } from '../../../shared/model/ocr.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import type { StoredSource } from '../case/case-data.js';
import { setSourceOcrLanguage } from '../case/source-ocr-language.js';
import { randomId } from '../ingest/ids.js';
import { runIngest } from '../ingest/pipeline.js';
import type { IngestOutcome } from '../ingest/pipeline.js';
import { localTimeZone, resolveSourceOptions, sameOptions } from './source-options.js';

type SourceHandlers = Pick<CoreHandlers, 'sources.add' | 'sources.list' | 'ingest.cancel' | 'ingest.errors'>;
type AddArgs = Omit<CallArgs<'sources.add'>, 'jobId'> & { jobId?: string | undefined };

function runOf(jobId: string, startedAt: Date, finishedAt: Date, outcome: IngestOutcome): IngestRun {
  return {
    jobId,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    status: outcome.status,
    durationMs: outcome.durationMs,
    bytesRead: outcome.bytesRead,
    recordsAdded: outcome.recordsAdded,
    errorCount: outcome.errorCount,
    warningCount: outcome.warningCount,
    counts: outcome.counts,
  };
}

export async function addSource(ctx: BackendContext, args: AddArgs): Promise<IngestReport> {
  const session = ctx.session();
  if (ctx.jobs.size > 0) {
    throw new AppError('busy', 'Another ingest is running in this case; wait for it or cancel it');
  }
  const path = resolve(args.path);
  const known = session.store.data.sources.find((source) => source.path === path);
  if (known && (known.custodian !== args.custodian || known.channel !== args.channel)) {
    throw new AppError(
      'invalid-args',
      `${path} is already in the case as ${known.custodian}'s ${known.channel} source; add it again with that custodian and channel to update it`,
      { path, sourceId: known.id },
    );
  }
  // A copy: markIngesting writes the new options into the stored source, which `known` is.
  const previousOptions = known === undefined ? null : { ...known.options };
  const options = resolveSourceOptions(args, known?.options, localTimeZone());
  const optionsChanged = previousOptions !== null && !sameOptions(previousOptions, options);
  const jobId = args.jobId ?? randomId('job');
  const sourceId = known?.id ?? randomId('s');
  const ocrLang = args.ocrLang ?? known?.ocrLang ?? DEFAULT_OCR_LANGUAGE_CHOICE;
  const controller = new AbortController();
  ctx.jobs.set(jobId, controller);
  const startedAt = ctx.clock();
  let entered = false;
  // Written before the first index write, so that a crash leaves a source marked as interrupted.
  const markIngesting = async () => {
    entered = true;
    await session.store.update((data) => {
      const existing = data.sources.find((source) => source.id === sourceId);
      if (existing) {
        existing.status = 'ingesting';
        existing.options = options;
        return;
      }
      data.sources.push({
        id: sourceId,
        path,
        custodian: args.custodian,
        channel: args.channel,
        options,
        ocrLang,
        sha256: '',
        addedAt: startedAt.toISOString(),
        fileCount: 0,
        totalBytes: 0,
        recordCount: 0,
        errorCount: 0,
        status: 'ingesting',
        runs: [],
      });
    });
    if (!known) {
      await session.audit.record({ action: 'source.add', target: sourceId, before: null, after: { path, custodian: args.custodian, channel: args.channel, options, ocrLang } });
    } else if (optionsChanged) {
      await session.audit.record({ action: 'source.options', target: sourceId, before: previousOptions, after: options });
    }
  };
  try {
    // A known source's language changes at once, whether or not the ingest then finds anything
    // to write; it re-reads nothing, so it is not an option of the read (it never sets
    // rereadAll). Changed once the job is registered, so a second add waits as busy.
    if (known !== undefined && args.ocrLang !== undefined) {
      await setSourceOcrLanguage(session, known.id, args.ocrLang);
    }
    const outcome = await runIngest(
      {
        jobId,
        sourceId,
        path,
        custodian: args.custodian,
        options,
        rereadAll: optionsChanged,
        lastRunFinished: known === undefined || known.status === 'indexed' || known.status === 'partial',
      },
      {
        index: session.index,
        signal: controller.signal,
        onProgress: (progress) => ctx.deps.emit('ingest.progress', progress),
        workerPath: ctx.deps.ingestWorkerPath,
        ...(ctx.deps.ingestWorkers === undefined ? {} : { workerCount: ctx.deps.ingestWorkers }),
        beforeFirstWrite: markIngesting,
      },
    );
    const run = runOf(jobId, startedAt, ctx.clock(), outcome);
    if (!entered) {
      // Nothing was written: an unchanged source, or a cancel before anything was read.
      const source: SourceInfo = known ?? pendingSource(sourceId, path, args, options, ocrLang, startedAt, outcome);
      return { jobId, source: { ...source }, alreadyPresent: outcome.alreadyPresent, status: outcome.status, recordsAdded: 0, duplicatesFound: 0, errors: outcome.errors, countsByKind: {}, run };
    }
    const errorCount = (await session.index.ingestErrorCounts(sourceId)).errors;
    const recordCount = await session.index.countBySource(sourceId);
    const before = session.store.data.sources.find((source) => source.id === sourceId);
    const status: StoredSource['status'] = outcome.status === 'cancelled' ? 'cancelled' : errorCount > 0 ? 'partial' : 'indexed';
    await session.store.update((data) => {
      const source = data.sources.find((entry) => entry.id === sourceId);
      if (source) {
        Object.assign(source, { sha256: outcome.sha256, fileCount: outcome.fileCount, totalBytes: outcome.totalBytes, recordCount, errorCount, status });
        source.runs.push(run);
      }
    });
    const source = session.store.data.sources.find((entry) => entry.id === sourceId);
    if (source === undefined) {
      throw new AppError('internal', `Source ${sourceId} vanished from the case during ingest`);
    }
    await session.audit.record({
      action: outcome.status === 'cancelled' ? 'source.ingest.cancelled' : 'source.ingest',
      target: sourceId,
      before: before ? { status: before.status, recordCount: before.recordCount } : null,
      after: { status, recordCount, recordsAdded: outcome.recordsAdded, duplicates: outcome.duplicatesFound, errors: run.errorCount, warnings: run.warningCount, sha256: outcome.sha256 },
    });
    return {
      jobId,
      source: { ...source, runs: [...source.runs] },
      alreadyPresent: false,
      status: outcome.status,
      recordsAdded: outcome.recordsAdded,
      duplicatesFound: outcome.duplicatesFound,
      errors: outcome.errors,
      countsByKind: outcome.counts.recordsByKind,
      run,
    };
  } catch (error) {
    if (entered) {
      await session.store.update((data) => {
        const source = data.sources.find((entry) => entry.id === sourceId);
        if (source) {
          source.status = 'interrupted';
        }
      });
      await session.audit.record({ action: 'source.ingest.failed', target: sourceId, before: null, after: { message: error instanceof Error ? error.message : String(error) } });
    }
    throw error;
  } finally {
    ctx.jobs.delete(jobId);
  }
}

/** The source as a report shows it when the run wrote nothing to the case. */
function pendingSource(id: string, path: string, args: AddArgs, options: SourceReadOptions, ocrLang: SourceInfo['ocrLang'], startedAt: Date, outcome: IngestOutcome): SourceInfo {
  return {
    id,
    path,
    custodian: args.custodian,
    channel: args.channel,
    options,
    ocrLang,
    sha256: outcome.sha256,
    addedAt: startedAt.toISOString(),
    fileCount: outcome.fileCount,
    totalBytes: outcome.totalBytes,
    recordCount: 0,
    errorCount: 0,
    status: 'cancelled',
    runs: [],
  };
}

export function sourceHandlers(ctx: BackendContext): SourceHandlers {
  return {
    'sources.add': (args) => addSource(ctx, args),
    'sources.list': async () => ctx.session().store.data.sources.map((source): SourceInfo => ({ ...source, runs: [...source.runs] })),
    'ingest.cancel': async ({ jobId }) => {
      const controller = ctx.jobs.get(jobId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
    'ingest.errors': async ({ sourceId }) => ctx.session().index.ingestErrors(sourceId ?? null),
  };
}
