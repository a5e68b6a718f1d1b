/**
 * Requests, and coding records as responsive or not to a request. Every change is audited.
 */
import { AppError } from '../../../shared/errors.js';
import type { CallArgs } from '../../../shared/ipc/contract.js';
import type { RequestInfo } from '../../../shared/model/case.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import type { StoredRequest } from '../case/case-data.js';
import { randomId } from '../ingest/ids.js';
import { applyTag } from '../review/codings.js';

type ReviewHandlers = Pick<CoreHandlers, 'requests.list' | 'requests.create' | 'records.tag' | 'codings.list' | 'records.get'>;

export async function createRequest(ctx: BackendContext, args: CallArgs<'requests.create'>): Promise<RequestInfo> {
  const session = ctx.session();
  const request: StoredRequest = {
    id: randomId('q'),
    title: args.title,
    requester: args.requester,
    receivedOn: args.receivedOn,
    createdAt: ctx.clock().toISOString(),
  };
  await session.store.update((data) => {
    data.requests.push(request);
  });
  await session.audit.record({ action: 'request.create', target: request.id, before: null, after: request });
  return { ...request, responsiveCount: 0, notResponsiveCount: 0 };
}

export function requireRequest(ctx: BackendContext, requestId: string): StoredRequest {
  const request = ctx.session().store.data.requests.find((candidate) => candidate.id === requestId);
  if (!request) {
    throw new AppError('not-found', `No request ${requestId} in this case`, { requestId });
  }
  return request;
}

export function reviewHandlers(ctx: BackendContext): ReviewHandlers {
  return {
    'requests.list': async () => ctx.session().requestInfos(),
    'requests.create': (args) => createRequest(ctx, args),
    'records.tag': async ({ requestId, recordIds, responsiveness, note }) => {
      const session = ctx.session();
      requireRequest(ctx, requestId);
      const unique = [...new Set(recordIds)];
      const found = await session.index.getRecords(unique);
      if (found.length !== unique.length) {
        const known = new Set(found.map((record) => record.id));
        const missing = unique.filter((id) => !known.has(id));
        throw new AppError('not-found', `No record ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ' …' : ''} in this case`, { missing });
      }
      const { next, changes } = applyTag(session.store.data.codings, {
        requestId,
        recordIds: unique,
        responsiveness,
        note,
        at: ctx.clock().toISOString(),
        by: ctx.deps.actor,
      });
      if (changes.length > 0) {
        await session.store.update((data) => {
          data.codings = next;
        });
        for (const change of changes) {
          await session.audit.record({ action: 'record.code', target: `${requestId}/${change.recordId}`, before: change.before, after: change.after });
        }
      }
      return session.store.data.codings.filter((coding) => coding.requestId === requestId && unique.includes(coding.recordId));
    },
    'codings.list': async ({ requestId }) => {
      requireRequest(ctx, requestId);
      return ctx.session().store.data.codings.filter((coding) => coding.requestId === requestId);
    },
    'records.get': async ({ recordId }) => {
      const session = ctx.session();
      const [record] = await session.index.getRecords([recordId]);
      if (!record) {
        throw new AppError('not-found', `No record ${recordId} in this case`, { recordId });
      }
      return { ...record, codings: session.store.data.codings.filter((coding) => coding.recordId === recordId) };
    },
  };
}
