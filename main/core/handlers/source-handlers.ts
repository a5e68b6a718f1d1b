/**
 * Adding sources (running the ingest pipeline), listing them, cancelling, ingest errors.
 */
import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import type { CallArgs } from '../../../shared/ipc/contract.js';
import type { IngestReport, SourceInfo } from '../../../shared/model/case.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import type { StoredSource } from '../case/case-data.js';
import { randomId } from '../ingest/ids.js';
import { runIngest } from '../ingest/pipeline.js';

type SourceHandlers = Pick<CoreHandlers, 'sources.add' | 'sources.list' | 'ingest.cancel' | 'ingest.errors'>;

export async function addSource(ctx: BackendContext, args: Omit<CallArgs<'sources.add'>, 'jobId'> & { jobId?: string | undefined }): Promise<IngestReport> {
  const session = ctx.session();
  if (ctx.jobs.size > 0) {
    throw new AppError('busy', 'Another ingest is running in this case; wait for it or cancel it');
  }
  const jobId = args.jobId ?? randomId('job');
  const controller = new AbortController();
  ctx.jobs.set(jobId, controller);
  try {
    const path = resolve(args.path);
    const outcome = await runIngest(
      { jobId, path, custodian: args.custodian, channel: args.channel },
      {
        index: session.index,
        signal: controller.signal,
        onProgress: (progress) => ctx.deps.emit('ingest.progress', progress),
        hasSource: (sha256) => session.store.data.sources.some((source) => source.sha256 === sha256),
      },
    );
    const existing = session.store.data.sources.find((source) => source.sha256 === outcome.sha256);
    const errorCount = outcome.errors.filter((error) => error.severity === 'error').length;
    const source: StoredSource = existing ?? {
      id: outcome.sourceId,
      path,
      custodian: args.custodian,
      channel: args.channel,
      sha256: outcome.sha256,
      addedAt: ctx.clock().toISOString(),
      fileCount: outcome.fileCount,
      totalBytes: outcome.totalBytes,
      recordCount: await session.index.countBySource(outcome.sourceId),
      errorCount,
      status: errorCount > 0 ? 'partial' : 'indexed',
    };
    if (!outcome.alreadyPresent && outcome.status === 'completed') {
      await session.store.update((data) => {
        data.sources.push(source);
      });
      await session.audit.record({
        action: 'source.add',
        target: source.id,
        before: null,
        after: { ...source, recordsAdded: outcome.recordsAdded, duplicatesFound: outcome.duplicatesFound, errors: outcome.errors.length },
      });
    }
    if (outcome.status === 'cancelled') {
      await session.audit.record({ action: 'source.add.cancelled', target: outcome.sourceId, before: null, after: { path, custodian: args.custodian } });
    }
    return {
      jobId,
      source: outcome.status === 'cancelled' ? { ...source, recordCount: 0, status: 'cancelled' } : source,
      alreadyPresent: outcome.alreadyPresent,
      status: outcome.status,
      recordsAdded: outcome.recordsAdded,
      duplicatesFound: outcome.duplicatesFound,
      errors: outcome.errors,
      countsByKind: outcome.countsByKind,
    };
  } finally {
    ctx.jobs.delete(jobId);
  }
}

export function sourceHandlers(ctx: BackendContext): SourceHandlers {
  return {
    'sources.add': (args) => addSource(ctx, args),
    'sources.list': async () => ctx.session().store.data.sources.map((source): SourceInfo => ({ ...source })),
    'ingest.cancel': async ({ jobId }) => {
      const controller = ctx.jobs.get(jobId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
    'ingest.errors': async ({ sourceId }) => ctx.session().index.ingestErrors(sourceId ?? null),
  };
}
