/**
 * Coding records for a request: a decision with its exemptions and note, for a selection or for
 * every result of a search (after the officer confirmed the count). Decisions follow to exact
 * duplicates and, by the request's family rule, to attachments. Every change is audited, one
 * line per record, and the whole action can be undone.
 */
import { AppError } from '../../../shared/errors.js';
import type { CallArgs, CodingResult } from '../../../shared/ipc/contract.js';
import { decisionNeedsExemption, decisionTakesExemptions } from '../../../shared/model/review.js';
import type { Coding } from '../../../shared/model/review.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { applyCoding } from '../review/codings.js';
import type { CodingChange } from '../review/codings.js';
import { checkedExemptions } from '../review/checked-exemptions.js';
import { requireRequest } from './request-handlers.js';
import { everyMatchingId } from './search-handlers.js';

type CodingHandlers = Pick<CoreHandlers, 'records.code' | 'records.codeSearch' | 'codings.list' | 'review.qc'>;

type CodeArgs = Omit<CallArgs<'records.code'>, 'recordIds'> & { recordIds: readonly string[] };

/** Writes coding changes, one audit line each, and remembers them as one undo step. */
export async function commitCodingChanges(ctx: BackendContext, requestId: string, next: Coding[], changes: CodingChange[], label: string): Promise<void> {
  if (changes.length === 0) {
    return;
  }
  const session = ctx.session();
  await session.store.update((data) => {
    data.codings = next;
  });
  for (const change of changes) {
    await session.audit.record({ action: 'record.code', target: `${requestId}/${change.recordId}`, before: change.before, after: change.after });
  }
  session.undo.push({ kind: 'codings', label, requestId, changes });
}

async function code(ctx: BackendContext, args: CodeArgs, label: string): Promise<CodingResult> {
  const session = ctx.session();
  const request = requireRequest(ctx, args.requestId);
  const exemptions = checkedExemptions(request.regime, args.exemptions);
  if (args.decision !== null && decisionNeedsExemption(args.decision) && exemptions.length === 0) {
    throw new AppError('invalid-args', 'Withholding a record in full needs at least one exemption: say which law allows it');
  }
  if (args.decision !== null && exemptions.length > 0 && !decisionTakesExemptions(args.decision)) {
    throw new AppError('invalid-args', `A record coded "${args.decision}" is not withheld, so it takes no exemption`);
  }
  const unique = [...new Set(args.recordIds)];
  const known = new Set(await session.index.existingIds(unique));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new AppError('not-found', `No record ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ' …' : ''} in this case`, { missing });
  }
  const relatives = args.decision === null ? { duplicatesOf: new Map(), descendantsOf: new Map() } : await session.index.relatives(unique);
  const { next, changes } = applyCoding(
    session.store.data.codings,
    { requestId: request.id, recordIds: unique, decision: args.decision, exemptions, note: args.note, at: ctx.clock().toISOString(), by: ctx.deps.actor },
    { familyRule: request.familyRule, ...relatives },
  );
  await commitCodingChanges(ctx, request.id, next, changes, label);
  const reached = new Set([...unique, ...changes.map((change) => change.recordId)]);
  return {
    codings: session.store.data.codings.filter((coding) => coding.requestId === request.id && reached.has(coding.recordId)),
    direct: unique.length,
    followers: reached.size - unique.length,
    changed: changes.length,
  };
}

function describe(decision: string | null, count: number): string {
  return `${decision === null ? 'clear' : decision} on ${count} record${count === 1 ? '' : 's'}`;
}

/** A seeded shuffle, so that a QC sample drawn twice with the same seed is the same sample. */
function sample<T>(items: readonly T[], size: number, seed: string): T[] {
  let state = [...seed].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, 7) >>> 0;
  const random = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy.slice(0, size);
}

export function codingHandlers(ctx: BackendContext): CodingHandlers {
  return {
    'records.code': (args) => code(ctx, args, describe(args.decision, args.recordIds.length)),
    'records.codeSearch': async (args) => {
      requireRequest(ctx, args.requestId);
      const ids = await everyMatchingId(ctx, args.query, args.requestId);
      if (ids.length !== args.expectedCount) {
        throw new AppError(
          'invalid-args',
          `The search now finds ${ids.length} records, not the ${args.expectedCount} you confirmed; nothing was coded. Search again and confirm the new count.`,
          { found: ids.length, expected: args.expectedCount },
        );
      }
      return code(ctx, { ...args, recordIds: ids }, `${describe(args.decision, ids.length)} (every result of "${args.query}")`);
    },
    'codings.list': async ({ requestId }) => {
      requireRequest(ctx, requestId);
      return ctx.session().store.data.codings.filter((coding) => coding.requestId === requestId);
    },
    'review.qc': async ({ requestId, reviewer, sample: size }) => {
      requireRequest(ctx, requestId);
      const decided = ctx
        .session()
        .store.data.codings.filter((coding) => coding.requestId === requestId && coding.updatedBy === reviewer && coding.basis.kind === 'direct');
      return size === null ? decided : sample(decided, size, `${requestId}/${reviewer}`);
    },
  };
}
