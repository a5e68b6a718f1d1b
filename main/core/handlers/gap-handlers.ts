/**
 * The gap register: gaps written by reviewers or accepted from detector proposals, edited,
 * deleted; proposals rejected (remembered by key across runs) or reopened; the detectors'
 * settings. Every change is audited and undoable.
 */
import { AppError } from '../../../shared/errors.js';
import type { CallArgs } from '../../../shared/ipc/contract.js';
import type { Gap, GapFields, GapProposal, GapProposalReview } from '../../../shared/model/gap.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import type { CaseSession } from '../case/case-session.js';
import { assertGapFields } from '../gap-register/check-gap.js';
import { EMPTY_GAP_FIELDS, gapFromProposal } from '../gap-register/gap-from-proposal.js';
import { DEFAULT_OFF_RECORD_LEXICON } from '../gaps/off-record-lexicon.js';
import { randomId } from '../ingest/ids.js';

type GapRegisterHandlers = Pick<
  CoreHandlers,
  'gaps.list' | 'gaps.create' | 'gaps.update' | 'gaps.delete' | 'gaps.accept' | 'gaps.reject' | 'gaps.reopen' | 'gaps.reviews' | 'gaps.settings' | 'gaps.updateSettings'
>;

/** The proposals of each open case's latest detector run, by key: what accept and reject refer to. */
export type LatestProposals = WeakMap<CaseSession, Map<string, GapProposal>>;

function requireGap(ctx: BackendContext, gapId: string): Gap {
  const gap = ctx.session().store.data.gaps.find((candidate) => candidate.id === gapId);
  if (!gap) {
    throw new AppError('not-found', `No gap ${gapId} in this case`, { gapId });
  }
  return gap;
}

/** Checks `fields` against the case: its requests, and the text of its evidence records. */
async function checkAgainstCase(ctx: BackendContext, fields: GapFields): Promise<void> {
  const session = ctx.session();
  const ids = [...new Set(fields.evidence.map((evidence) => evidence.recordId))];
  const records = ids.length === 0 ? [] : await session.index.getRecords(ids);
  assertGapFields(fields, {
    requestIds: new Set(session.store.data.requests.map((request) => request.id)),
    recordText: new Map(records.map((record) => [record.id, `${record.title}\n${record.body}`])),
  });
}

/** Writes `after` in place of `before` (either may be null) with a proposal's answer, audits it and makes it undoable. */
async function commitGap(
  ctx: BackendContext,
  change: { gapId: string; before: Gap | null; after: Gap | null; review: { key: string; before: GapProposalReview | null; after: GapProposalReview | null } | null },
  action: string,
  label: string,
): Promise<void> {
  const session = ctx.session();
  const { gapId, before, after, review } = change;
  await session.store.update((data) => {
    if (after === null) {
      data.gaps = data.gaps.filter((gap) => gap.id !== gapId);
    } else if (before === null) {
      data.gaps.push(after);
    } else {
      data.gaps = data.gaps.map((gap) => (gap.id === gapId ? after : gap));
    }
    if (review !== null) {
      data.gapReviews = [...data.gapReviews.filter((answer) => answer.key !== review.key), ...(review.after === null ? [] : [review.after])];
    }
  });
  await session.audit.record({ action, target: gapId || (review?.key ?? ''), before: { gap: before, review: review?.before ?? null }, after: { gap: after, review: review?.after ?? null } });
  session.undo.push({ kind: 'gap', label, gapId, before, after, review });
}

function newGap(ctx: BackendContext, fields: GapFields, proposalKey: string | null): Gap {
  const now = ctx.clock().toISOString();
  return { ...fields, custodians: [...new Set(fields.custodians)], id: randomId('g'), createdAt: now, createdBy: ctx.deps.actor, updatedAt: now, proposalKey };
}

function reviewOf(ctx: BackendContext, key: string): GapProposalReview | null {
  return ctx.session().store.data.gapReviews.find((answer) => answer.key === key) ?? null;
}

function latestProposal(ctx: BackendContext, latest: LatestProposals, key: string): GapProposal {
  const proposal = latest.get(ctx.session())?.get(key);
  if (!proposal) {
    throw new AppError('not-found', `No proposal ${key} in the latest run of the detectors: run them again`, { key });
  }
  return proposal;
}

export function gapRegisterHandlers(ctx: BackendContext, latest: LatestProposals): GapRegisterHandlers {
  return {
    'gaps.list': async () => ctx.session().store.data.gaps,
    'gaps.create': async ({ fields }: CallArgs<'gaps.create'>) => {
      const complete: GapFields = { ...EMPTY_GAP_FIELDS, ...fields };
      await checkAgainstCase(ctx, complete);
      const gap = newGap(ctx, complete, null);
      await commitGap(ctx, { gapId: gap.id, before: null, after: gap, review: null }, 'gap.create', `write gap "${gap.title}"`);
      return gap;
    },
    'gaps.update': async ({ gapId, changes }) => {
      const before = requireGap(ctx, gapId);
      const after: Gap = { ...before, ...changes, updatedAt: ctx.clock().toISOString() };
      await checkAgainstCase(ctx, after);
      await commitGap(ctx, { gapId, before, after, review: null }, 'gap.update', `change gap "${after.title}"`);
      return after;
    },
    'gaps.delete': async ({ gapId }) => {
      const before = requireGap(ctx, gapId);
      await commitGap(ctx, { gapId, before, after: null, review: null }, 'gap.delete', `delete gap "${before.title}"`);
      return { deleted: gapId };
    },
    'gaps.accept': async ({ key, changes }) => {
      const proposal = latestProposal(ctx, latest, key);
      const earlier = reviewOf(ctx, key);
      if (earlier?.decision === 'accepted') {
        throw new AppError('invalid-args', `This proposal was accepted already, as gap ${earlier.gapId}`, { key });
      }
      const fields = gapFromProposal(proposal, changes);
      await checkAgainstCase(ctx, fields);
      const gap = newGap(ctx, fields, key);
      const answer: GapProposalReview = { key, detector: proposal.detector, decision: 'accepted', gapId: gap.id, reason: '', decidedBy: ctx.deps.actor, decidedAt: gap.createdAt };
      await commitGap(ctx, { gapId: gap.id, before: null, after: gap, review: { key, before: earlier, after: answer } }, 'gap.accept', `accept proposed gap "${gap.title}"`);
      return gap;
    },
    'gaps.reject': async ({ key, reason }) => {
      const proposal = latestProposal(ctx, latest, key);
      const earlier = reviewOf(ctx, key);
      if (earlier?.decision === 'accepted') {
        throw new AppError('invalid-args', `This proposal was accepted as gap ${earlier.gapId}: delete the gap instead`, { key });
      }
      const answer: GapProposalReview = { key, detector: proposal.detector, decision: 'rejected', gapId: null, reason, decidedBy: ctx.deps.actor, decidedAt: ctx.clock().toISOString() };
      await commitGap(ctx, { gapId: '', before: null, after: null, review: { key, before: earlier, after: answer } }, 'gap.reject', `reject proposed gap "${proposal.title}"`);
      return answer;
    },
    'gaps.reopen': async ({ key }) => {
      const earlier = reviewOf(ctx, key);
      if (earlier === null) {
        throw new AppError('not-found', `No answer to proposal ${key} to take back`, { key });
      }
      await commitGap(ctx, { gapId: '', before: null, after: null, review: { key, before: earlier, after: null } }, 'gap.reopen', `reopen a ${earlier.decision} proposal`);
      return { reopened: key };
    },
    'gaps.reviews': async () => [...ctx.session().store.data.gapReviews],
    'gaps.settings': async () => ({ ...ctx.session().store.data.gapSettings, builtInLexicon: [...DEFAULT_OFF_RECORD_LEXICON] }),
    'gaps.updateSettings': async (changes) => {
      const session = ctx.session();
      const before = session.store.data.gapSettings;
      const after = {
        officialDomains: changes.officialDomains === undefined ? before.officialDomains : [...new Set(changes.officialDomains.map((domain) => domain.replace(/^@/, '')))],
        offRecordLexicon: changes.offRecordLexicon === undefined ? before.offRecordLexicon : changes.offRecordLexicon,
      };
      await session.store.update((data) => {
        data.gapSettings = after;
      });
      await session.audit.record({ action: 'gap.settings', target: 'gap-settings', before, after });
      session.undo.push({ kind: 'gap-settings', label: 'change the detectors’ settings', before, after });
      return { ...after, builtInLexicon: [...DEFAULT_OFF_RECORD_LEXICON] };
    },
  };
}
