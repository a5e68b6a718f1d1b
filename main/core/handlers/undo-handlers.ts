/**
 * Undo of review actions: the latest step of this session is written back to its state before,
 * and the undoing is itself audited (the audit log never loses the step it undid).
 */
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { revertCodings } from '../review/codings.js';
import type { UndoStep } from '../review/undo-stack.js';

async function undoStep(ctx: BackendContext, step: UndoStep): Promise<void> {
  const session = ctx.session();
  switch (step.kind) {
    case 'codings':
      await session.store.update((data) => {
        data.codings = revertCodings(data.codings, step.requestId, step.changes);
      });
      for (const change of step.changes) {
        await session.audit.record({ action: 'record.code.undo', target: `${step.requestId}/${change.recordId}`, before: change.after, after: change.before });
      }
      return;
    case 'redaction': {
      const one = step.after ?? step.before;
      const id = one?.id ?? '';
      await session.store.update((data) => {
        data.redactions =
          step.before !== null && step.after !== null
            ? data.redactions.map((redaction) => (redaction.id === id && step.before !== null ? step.before : redaction))
            : [...data.redactions.filter((redaction) => redaction.id !== id), ...(step.before === null ? [] : [step.before])];
      });
      await session.audit.record({ action: 'redaction.undo', target: `${one?.requestId}/${one?.recordId}/${id}`, before: step.after, after: step.before });
      return;
    }
    case 'request':
      await session.store.update((data) => {
        data.requests = data.requests.map((request) => (request.id === step.before.id ? step.before : request));
      });
      await session.audit.record({ action: 'request.update.undo', target: step.before.id, before: step.after, after: step.before });
      return;
    case 'gap': {
      const { gapId, before, review } = step;
      await session.store.update((data) => {
        data.gaps = before === null ? data.gaps.filter((gap) => gap.id !== gapId) : data.gaps.some((gap) => gap.id === gapId) ? data.gaps.map((gap) => (gap.id === gapId ? before : gap)) : [...data.gaps, before];
        if (review !== null) {
          data.gapReviews = [...data.gapReviews.filter((answer) => answer.key !== review.key), ...(review.before === null ? [] : [review.before])];
        }
      });
      await session.audit.record({ action: 'gap.undo', target: gapId || (review?.key ?? ''), before: { gap: step.after, review: review?.after ?? null }, after: { gap: before, review: review?.before ?? null } });
      return;
    }
    case 'gap-settings':
      await session.store.update((data) => {
        data.gapSettings = step.before;
      });
      await session.audit.record({ action: 'gap.settings.undo', target: 'gap-settings', before: step.after, after: step.before });
      return;
    case 'batch': {
      const id = step.after?.id ?? step.before?.id ?? '';
      await session.store.update((data) => {
        data.batches = data.batches.filter((batch) => batch.id !== id);
        if (step.before !== null) {
          data.batches.push(step.before);
        }
      });
      await session.audit.record({ action: 'batch.undo', target: id, before: step.after, after: step.before });
      return;
    }
  }
}

export function undoHandlers(ctx: BackendContext): Pick<CoreHandlers, 'review.undo'> {
  return {
    'review.undo': async () => {
      const session = ctx.session();
      const step = session.undo.pop();
      if (step === null) {
        return { undone: null, next: null };
      }
      await undoStep(ctx, step);
      return { undone: step.label, next: session.undo.peekLabel() };
    },
  };
}
