import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../../../shared/ipc/contract.js';
import type { Gap, GapDetection, GapProposalView } from '../../../../shared/model/gap.js';
import { createGapsModel } from '../../../../renderer/state/gaps-model.js';
import { EMPTY_GAP_DRAFT, readGapDraft } from '../../../../renderer/state/gap-draft.js';
import { createFakeClient } from './fake-client.js';

function gap(id: string, overrides: Partial<Gap> = {}): Gap {
  const fields = readGapDraft({ ...EMPTY_GAP_DRAFT, title: `Gap ${id}` }).fields;
  if (fields === null) {
    throw new Error('draft');
  }
  return { ...fields, id, createdAt: '', createdBy: 'officer', updatedAt: '', proposalKey: null, ...overrides };
}

const proposal: GapProposalView = {
  key: 'silent-period:0123456789abcdef01234567',
  detector: 'silent-period',
  title: 'Ana: no official email for 9 working days',
  channel: 'official-email',
  custodians: ['Ana'],
  periodStart: '2001-05-01',
  periodEnd: '2001-05-11',
  cause: 'other',
  volume: null,
  evidence: [],
  explanation: 'usually 14 a working day',
  review: null,
};

function setup() {
  const register: Gap[] = [];
  let answered: GapProposalView['review'] = null;
  const detection = (): GapDetection => ({ proposals: [{ ...proposal, review: answered }], ranAt: '', recordCount: 1200, durationMs: 800 });
  const client = createFakeClient({
    'gaps.list': () => [...register],
    'gaps.settings': () => ({ officialDomains: [], offRecordLexicon: null, builtInLexicon: [] }),
    'gaps.timeline': () => ({ rows: [], firstDay: null, lastDay: null, evidenceDays: {} }),
    'gaps.create': ({ fields }: CallInput<'gaps.create'>) => {
      const made = gap(`g_0000000${register.length + 1}`, { ...fields } as Partial<Gap>);
      register.push(made);
      return made;
    },
    'gaps.detect': detection,
    'gaps.accept': ({ key }) => {
      const made = gap('g_000000aa', { proposalKey: key, title: proposal.title });
      register.push(made);
      answered = { key, detector: 'silent-period', decision: 'accepted', gapId: made.id, reason: '', decidedBy: 'officer', decidedAt: '' };
      return made;
    },
    'gaps.reject': ({ key, reason }) => {
      const rejection = { key, detector: 'silent-period' as const, decision: 'rejected' as const, gapId: null, reason: reason ?? '', decidedBy: 'officer', decidedAt: '' };
      answered = rejection;
      return rejection;
    },
    'gaps.reopen': ({ key }) => {
      answered = null;
      return { reopened: key };
    },
    'gaps.reviews': () => (answered === null ? [] : [answered]),
    'review.undo': () => {
      answered = null;
      return { undone: 'reject proposed gap', next: null };
    },
  });
  return { client, model: createGapsModel({ client }) };
}

describe('gaps model', () => {
  it('loads the register, writes a new gap and selects it', async () => {
    const { model } = setup();
    await model.actions.load();
    model.actions.select('new');
    const fields = readGapDraft({ ...EMPTY_GAP_DRAFT, title: 'Wickr, spring' }).fields;
    expect(fields).not.toBeNull();
    expect(await model.actions.save(fields ?? ({} as never))).toBe(true);
    expect(model.store.get()).toMatchObject({ selected: 'g_00000001', message: 'Saved “Wickr, spring”.' });
    expect(model.store.get().gaps.map((one) => one.title)).toEqual(['Wickr, spring']);
  });

  it('runs the detectors once, and shows each answer given afterwards without running them again', async () => {
    const { client, model } = setup();
    await model.actions.detect();
    expect(model.store.get().message).toBe('1 proposal(s), 1 to review, from 1,200 records in 0.8 s.');
    await model.actions.accept(proposal.key);
    expect(model.store.get().selected).toBe('g_000000aa');
    expect(model.store.get().detection?.proposals[0]?.review?.decision).toBe('accepted');
    await model.actions.reject(proposal.key, 'not a gap');
    expect(model.store.get().detection?.proposals[0]?.review).toMatchObject({ decision: 'rejected', reason: 'not a gap' });
    await model.actions.undo();
    expect(model.store.get().detection?.proposals[0]?.review).toBeNull();
    await model.actions.reject(proposal.key, 'again');
    await model.actions.reopen(proposal.key);
    expect(model.store.get().detection?.proposals[0]?.review).toBeNull();
    expect(model.store.get().detection?.recordCount).toBe(1200);
    // The detectors read every message of the case: only the explicit run ran them.
    expect(client.callNames().filter((name) => name === 'gaps.detect')).toHaveLength(1);
  });

  it('shows an answer given while the detectors ran, though the run read the answers before it', async () => {
    const { client, model } = setup();
    client.handlers['gaps.detect'] = (): GapDetection => ({ proposals: [{ ...proposal, review: null }], ranAt: '', recordCount: 1200, durationMs: 800 });
    client.handlers['gaps.reviews'] = () => [{ key: proposal.key, detector: 'silent-period' as const, decision: 'rejected' as const, gapId: null, reason: 'seen', decidedBy: 'officer', decidedAt: '' }];
    await model.actions.detect();
    expect(model.store.get().detection?.proposals[0]?.review).toMatchObject({ decision: 'rejected', reason: 'seen' });
    expect(model.store.get().message).toBe('1 proposal(s), 0 to review, from 1,200 records in 0.8 s.');
  });

  it('shows a refused call as the error line and keeps the register', async () => {
    const { client, model } = setup();
    await model.actions.load();
    client.handlers['gaps.create'] = () => {
      throw new Error('The gap "x" cannot be saved: Evidence 1: no record r_1 in this case.');
    };
    const fields = readGapDraft({ ...EMPTY_GAP_DRAFT, title: 'x' }).fields;
    expect(await model.actions.save(fields ?? ({} as never))).toBe(false);
    expect(model.store.get().error).toMatch(/no record r_1/);
    expect(model.store.get().gaps).toEqual([]);
  });

  it('shows the detection’s progress and cancels it by its job id', async () => {
    const { client } = setup();
    let finish: (value: GapDetection) => void = () => undefined;
    client.handlers['gaps.detect'] = () => new Promise<GapDetection>((resolve) => (finish = resolve));
    client.handlers['task.cancel'] = () => ({ cancelled: true });
    const model = createGapsModel({ client, makeJobId: () => 'job-1' });
    const running = model.actions.detect();
    client.emit('task.progress', { jobId: 'job-1', kind: 'gap-detection', stage: 'Running “Silent periods”', done: 2, total: 6 });
    client.emit('task.progress', { jobId: 'other', kind: 'packet', stage: 'Drawing pages', done: 9, total: 10 });
    expect(model.store.get()).toMatchObject({ detecting: true, progress: { stage: 'Running “Silent periods”', done: 2 } });
    await model.actions.cancelDetection();
    expect(client.calls.at(-1)).toEqual({ name: 'task.cancel', args: { jobId: 'job-1' } });
    finish({ proposals: [], ranAt: '', recordCount: 0, durationMs: 0 });
    await running;
    expect(model.store.get()).toMatchObject({ detecting: false, progress: null });
  });
});
