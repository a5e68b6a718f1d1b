/**
 * Review batches: sets of a request's records assigned to a named reviewer, made from a
 * selection or from every result of a search, listed with how many are reviewed.
 */
import { AppError } from '../../../shared/errors.js';
import type { ReviewBatch } from '../../../shared/model/review.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { randomId } from '../ingest/ids.js';
import { requireRequest } from './request-handlers.js';
import { everyMatchingId } from './search-handlers.js';

type BatchHandlers = Pick<CoreHandlers, 'batches.list' | 'batches.create'>;

export function batchHandlers(ctx: BackendContext): BatchHandlers {
  return {
    'batches.list': async ({ requestId }) => {
      requireRequest(ctx, requestId);
      const { batches, codings } = ctx.session().store.data;
      const coded = new Set(codings.filter((coding) => coding.requestId === requestId).map((coding) => coding.recordId));
      return batches
        .filter((batch) => batch.requestId === requestId)
        .map((batch) => ({ ...batch, reviewed: batch.recordIds.filter((id) => coded.has(id)).length }));
    },
    'batches.create': async (args) => {
      const session = ctx.session();
      requireRequest(ctx, args.requestId);
      const fromSearch = args.query === null ? [] : await everyMatchingId(ctx, args.query, args.requestId);
      const recordIds = [...new Set([...args.recordIds, ...fromSearch])];
      if (recordIds.length === 0) {
        throw new AppError('invalid-args', 'A batch needs records: select some, or give a search that finds some');
      }
      const known = new Set(await session.index.existingIds(recordIds));
      const missing = recordIds.filter((id) => !known.has(id));
      if (missing.length > 0) {
        throw new AppError('not-found', `No record ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ' …' : ''} in this case`, { missing });
      }
      const batch: ReviewBatch = {
        id: randomId('b'),
        requestId: args.requestId,
        name: args.name,
        reviewer: args.reviewer,
        recordIds,
        createdAt: ctx.clock().toISOString(),
        createdBy: ctx.deps.actor,
      };
      await session.store.update((data) => {
        data.batches.push(batch);
      });
      await session.audit.record({ action: 'batch.create', target: batch.id, before: null, after: batch });
      session.undo.push({ kind: 'batch', label: `create batch "${batch.name}"`, before: null, after: batch });
      return batch;
    },
  };
}
