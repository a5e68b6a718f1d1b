/**
 * Requests: intake, the dashboard list (progress and statutory clock), and changes to intake
 * fields. Every change is audited and can be undone.
 */
import { AppError } from '../../../shared/errors.js';
import type { CallArgs } from '../../../shared/ipc/contract.js';
import type { RequestInfo, RequestIntake } from '../../../shared/model/request.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import type { StoredRequest } from '../case/case-data.js';
import { randomId } from '../ingest/ids.js';
import { localDate, requestInfo, statutoryClock } from '../review/request-status.js';

type RequestHandlers = Pick<CoreHandlers, 'requests.list' | 'requests.create' | 'requests.update'>;

export function requireRequest(ctx: BackendContext, requestId: string): StoredRequest {
  const request = ctx.session().store.data.requests.find((candidate) => candidate.id === requestId);
  if (!request) {
    throw new AppError('not-found', `No request ${requestId} in this case`, { requestId });
  }
  return request;
}

/** Dates that contradict each other are refused with the fields named, before anything is written. */
function checkIntakeDates(intake: RequestIntake): void {
  const problems: string[] = [];
  if (intake.receivedOn !== null && intake.perfectedOn !== null && intake.perfectedOn < intake.receivedOn) {
    problems.push(`the perfected date ${intake.perfectedOn} is before the received date ${intake.receivedOn}`);
  }
  if (intake.dateFrom !== null && intake.dateTo !== null && intake.dateTo < intake.dateFrom) {
    problems.push(`the records' period ends (${intake.dateTo}) before it starts (${intake.dateFrom})`);
  }
  intake.tolling.forEach((period, index) => {
    if (period.to !== undefined && period.to < period.from) {
      problems.push(`tolling period ${index + 1} ends (${period.to}) before it starts (${period.from})`);
    }
    if (intake.receivedOn !== null && period.from < intake.receivedOn) {
      problems.push(`tolling period ${index + 1} starts (${period.from}) before the request was received (${intake.receivedOn})`);
    }
  });
  if (problems.length > 0) {
    throw new AppError('invalid-args', `The request's dates do not hold together: ${problems.join('; ')}`, { problems });
  }
}

/**
 * The statutory rules must accept the request's clock (one information tolling under FOIA,
 * only fee tolling under the UK Act…); what they refuse is refused here, with their reason,
 * rather than stored and shown as a request without a deadline.
 */
function checkClock(intake: RequestIntake, today: string): void {
  if (intake.receivedOn === null) {
    return;
  }
  try {
    statutoryClock({ ...intake, receivedOn: intake.receivedOn }, today);
  } catch (error) {
    if (error instanceof AppError) {
      throw new AppError('invalid-args', `The request's clock cannot be computed: ${error.message}`);
    }
    throw error;
  }
}

function infoOf(ctx: BackendContext, request: StoredRequest): RequestInfo {
  const { codings, batches } = ctx.session().store.data;
  return requestInfo(request, codings, batches, localDate(ctx.clock()));
}

export async function createRequest(ctx: BackendContext, args: CallArgs<'requests.create'>): Promise<RequestInfo> {
  const session = ctx.session();
  checkIntakeDates(args);
  checkClock(args, localDate(ctx.clock()));
  const request: StoredRequest = { ...args, custodians: [...new Set(args.custodians)], id: randomId('q'), createdAt: ctx.clock().toISOString() };
  await session.store.update((data) => {
    data.requests.push(request);
  });
  await session.audit.record({ action: 'request.create', target: request.id, before: null, after: request });
  return infoOf(ctx, request);
}

async function updateRequest(ctx: BackendContext, args: CallArgs<'requests.update'>): Promise<RequestInfo> {
  const session = ctx.session();
  const before = requireRequest(ctx, args.requestId);
  const after: StoredRequest = { ...before, ...args.changes, custodians: [...new Set(args.changes.custodians ?? before.custodians)] };
  checkIntakeDates(after);
  checkClock(after, localDate(ctx.clock()));
  if (JSON.stringify(after) === JSON.stringify(before)) {
    return infoOf(ctx, before);
  }
  await session.store.update((data) => {
    data.requests = data.requests.map((request) => (request.id === before.id ? after : request));
  });
  await session.audit.record({ action: 'request.update', target: before.id, before, after });
  session.undo.push({ kind: 'request', label: `change request "${before.title}"`, before, after });
  return infoOf(ctx, after);
}

export function requestHandlers(ctx: BackendContext): RequestHandlers {
  return {
    'requests.list': async () => ctx.session().requestInfos(),
    'requests.create': (args) => createRequest(ctx, args),
    'requests.update': (args) => updateRequest(ctx, args),
  };
}
