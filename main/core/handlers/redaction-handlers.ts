/**
 * Redaction spans: drawn on a record's text with their exemptions, listed with their status
 * (`needs-recheck` when the text changed since), edited and removed. Every change is audited and
 * can be undone.
 */
import { AppError } from '../../../shared/errors.js';
import type { CallArgs } from '../../../shared/ipc/contract.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import { redactableText } from '../../../shared/model/redactable-text.js';
import type { Redaction, RedactionView } from '../../../shared/model/review.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { randomId } from '../ingest/ids.js';
import { checkedExemptions } from '../review/checked-exemptions.js';
import { assertSpan, viewRedaction } from '../review/redaction-spans.js';
import { sha256Hex } from '../util/hash.js';
import { requireRequest } from './request-handlers.js';

type RedactionHandlers = Pick<CoreHandlers, 'redactions.list' | 'redactions.add' | 'redactions.update' | 'redactions.remove'>;

function fieldHash(record: RecordDetail | undefined, field: Redaction['field']): string | null {
  return record === undefined ? null : sha256Hex(redactableText(record, field));
}

async function recordOf(ctx: BackendContext, recordId: string): Promise<RecordDetail> {
  const [record] = await ctx.session().index.getRecords([recordId]);
  if (!record) {
    throw new AppError('not-found', `No record ${recordId} in this case`, { recordId });
  }
  return record;
}

function requireRedaction(ctx: BackendContext, redactionId: string): Redaction {
  const redaction = ctx.session().store.data.redactions.find((candidate) => candidate.id === redactionId);
  if (!redaction) {
    throw new AppError('not-found', `No redaction ${redactionId} in this case`, { redactionId });
  }
  return redaction;
}

/** Saves `after` in place of `before` (either may be null), audits it and makes it undoable. */
export async function commitRedaction(ctx: BackendContext, before: Redaction | null, after: Redaction | null, label: string): Promise<void> {
  const session = ctx.session();
  const id = after?.id ?? before?.id ?? '';
  await session.store.update((data) => {
    // An edited redaction keeps its place in the list.
    data.redactions =
      before !== null && after !== null
        ? data.redactions.map((redaction) => (redaction.id === id ? after : redaction))
        : [...data.redactions.filter((redaction) => redaction.id !== id), ...(after === null ? [] : [after])];
  });
  const action = before === null ? 'redaction.add' : after === null ? 'redaction.remove' : 'redaction.update';
  await session.audit.record({ action, target: `${after?.requestId ?? before?.requestId}/${after?.recordId ?? before?.recordId}/${id}`, before, after });
  session.undo.push({ kind: 'redaction', label, before, after });
}

async function add(ctx: BackendContext, args: CallArgs<'redactions.add'>): Promise<RedactionView> {
  const request = requireRequest(ctx, args.requestId);
  const exemptions = checkedExemptions(request.regime, args.exemptions);
  const record = await recordOf(ctx, args.recordId);
  const text = redactableText(record, args.field);
  assertSpan(text, args.start, args.end, `the ${args.field} of ${args.recordId}`);
  const at = ctx.clock().toISOString();
  const redaction: Redaction = {
    id: randomId('x'),
    requestId: request.id,
    recordId: record.id,
    field: args.field,
    start: args.start,
    end: args.end,
    quote: text.slice(args.start, args.end),
    fieldSha256: sha256Hex(text),
    exemptions,
    note: args.note,
    createdAt: at,
    createdBy: ctx.deps.actor,
    updatedAt: at,
    updatedBy: ctx.deps.actor,
  };
  await commitRedaction(ctx, null, redaction, `redact ${args.field} of ${record.title || record.id}`);
  return viewRedaction(redaction, redaction.fieldSha256);
}

async function update(ctx: BackendContext, args: CallArgs<'redactions.update'>): Promise<RedactionView> {
  const before = requireRedaction(ctx, args.redactionId);
  const request = requireRequest(ctx, before.requestId);
  const record = await recordOf(ctx, before.recordId);
  const text = redactableText(record, before.field);
  const moved = args.start !== undefined || args.end !== undefined;
  const currentHash = sha256Hex(text);
  if (moved && currentHash !== before.fieldSha256) {
    // The text changed under the span: the officer re-draws it on the text as it is now.
    throw new AppError('invalid-args', `The ${before.field} of ${before.recordId} changed since this redaction was drawn; remove it and draw it again`);
  }
  const start = args.start ?? before.start;
  const end = args.end ?? before.end;
  if (moved) {
    assertSpan(text, start, end, `the ${before.field} of ${before.recordId}`);
  }
  const after: Redaction = {
    ...before,
    start,
    end,
    quote: moved ? text.slice(start, end) : before.quote,
    exemptions: args.exemptions === undefined ? before.exemptions : checkedExemptions(request.regime, args.exemptions),
    note: args.note ?? before.note,
    updatedAt: ctx.clock().toISOString(),
    updatedBy: ctx.deps.actor,
  };
  await commitRedaction(ctx, before, after, `change a redaction of ${record.title || record.id}`);
  return viewRedaction(after, currentHash);
}

export function redactionHandlers(ctx: BackendContext): RedactionHandlers {
  return {
    'redactions.list': async ({ requestId, recordId }) => {
      requireRequest(ctx, requestId);
      const redactions = ctx
        .session()
        .store.data.redactions.filter((redaction) => redaction.requestId === requestId && (recordId === undefined || redaction.recordId === recordId));
      const records = new Map((await ctx.session().index.getRecords([...new Set(redactions.map((redaction) => redaction.recordId))])).map((record) => [record.id, record]));
      return redactions.map((redaction) => viewRedaction(redaction, fieldHash(records.get(redaction.recordId), redaction.field)));
    },
    'redactions.add': (args) => add(ctx, args),
    'redactions.update': (args) => update(ctx, args),
    'redactions.remove': async ({ redactionId }) => {
      const before = requireRedaction(ctx, redactionId);
      await commitRedaction(ctx, before, null, `remove a redaction of ${before.recordId}`);
      return { removed: redactionId };
    },
  };
}
