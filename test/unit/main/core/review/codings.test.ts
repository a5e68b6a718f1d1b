import { describe, expect, it } from 'vitest';
import { applyCoding, revertCodings } from '../../../../../main/core/review/codings.js';
import type { CodingInput, CodingRelatives } from '../../../../../main/core/review/codings.js';
import type { Coding } from '../../../../../shared/model/review.js';

const base: Omit<CodingInput, 'recordIds' | 'decision'> = { requestId: 'q_1', exemptions: [], note: '', at: '2026-01-01T00:00:00.000Z', by: 'officer' };
const B6 = { catalogue: 'us-foia', code: 'b6' } as const;

/** r_mail holds r_att (which holds r_inner); r_att2 is the same file as r_att, sent elsewhere. */
function relatives(familyRule: CodingRelatives['familyRule']): CodingRelatives {
  return {
    familyRule,
    duplicatesOf: new Map([
      ['r_att', ['r_att2']],
      ['r_att2', ['r_att']],
    ]),
    descendantsOf: new Map([
      ['r_mail', ['r_att', 'r_inner']],
      ['r_att', ['r_inner']],
    ]),
  };
}

const decisions = (codings: readonly Coding[]) => Object.fromEntries(codings.map((coding) => [coding.recordId, `${coding.decision}/${coding.basis.kind}`]));

describe('applyCoding', () => {
  it('codes new records and reports one change each', () => {
    const { next, changes } = applyCoding([], { ...base, recordIds: ['r_a', 'r_b'], decision: 'release-in-full' });
    expect(next).toHaveLength(2);
    expect(changes.map((change) => [change.recordId, change.before, change.after?.decision])).toEqual([
      ['r_a', null, 'release-in-full'],
      ['r_b', null, 'release-in-full'],
    ]);
  });

  it('replaces a decision, keeping codings of other requests', () => {
    const other: Coding = { requestId: 'q_2', recordId: 'r_a', decision: 'release-in-full', exemptions: [], note: '', basis: { kind: 'direct' }, updatedAt: '', updatedBy: 'x' };
    const first = applyCoding([other], { ...base, recordIds: ['r_a'], decision: 'release-in-full' }).next;
    const { next, changes } = applyCoding(first, { ...base, at: 'later', recordIds: ['r_a'], decision: 'withhold-in-full', exemptions: [B6], note: 'personal' });
    expect(next).toContainEqual(other);
    expect(next.filter((coding) => coding.requestId === 'q_1')).toEqual([
      expect.objectContaining({ recordId: 'r_a', decision: 'withhold-in-full', exemptions: [B6], note: 'personal', updatedAt: 'later' }),
    ]);
    expect(changes[0]?.before?.decision).toBe('release-in-full');
  });

  it('treats re-applying the same decision as no change', () => {
    const first = applyCoding([], { ...base, recordIds: ['r_a'], decision: 'not-responsive' }).next;
    const { next, changes } = applyCoding(first, { ...base, at: 'later', recordIds: ['r_a'], decision: 'not-responsive' });
    expect(changes).toEqual([]);
    expect(next).toEqual(first);
  });

  it('clears a coding', () => {
    const first = applyCoding([], { ...base, recordIds: ['r_a'], decision: 'release-in-full' }).next;
    const { next, changes } = applyCoding(first, { ...base, recordIds: ['r_a'], decision: null });
    expect(next).toEqual([]);
    expect(changes[0]?.after).toBeNull();
  });

  it('follows to exact duplicates, and under "withheld parent" to attachments only when the parent is withheld', () => {
    const released = applyCoding([], { ...base, recordIds: ['r_mail'], decision: 'release-in-full' }, relatives('attachments-follow-withheld-parent'));
    expect(decisions(released.next)).toEqual({ r_mail: 'release-in-full/direct' });
    const withheld = applyCoding([], { ...base, recordIds: ['r_mail'], decision: 'withhold-in-full', exemptions: [B6] }, relatives('attachments-follow-withheld-parent'));
    expect(decisions(withheld.next)).toEqual({ r_mail: 'withhold-in-full/direct', r_att: 'withhold-in-full/family', r_inner: 'withhold-in-full/family' });
    expect(withheld.next.find((coding) => coding.recordId === 'r_att')?.basis).toEqual({ kind: 'family', of: 'r_mail' });
    expect(withheld.next.every((coding) => coding.exemptions[0]?.code === 'b6')).toBe(true);

    const attachment = applyCoding([], { ...base, recordIds: ['r_att'], decision: 'not-responsive' }, relatives('independent'));
    expect(decisions(attachment.next)).toEqual({ r_att: 'not-responsive/direct', r_att2: 'not-responsive/duplicate' });
  });

  it('never lets a follower override a record coded directly, and clearing takes the followers with it', () => {
    const direct = applyCoding([], { ...base, recordIds: ['r_att'], decision: 'release-in-full' }, relatives('independent')).next;
    const withParent = applyCoding(direct, { ...base, recordIds: ['r_mail'], decision: 'withhold-in-full', exemptions: [B6] }, relatives('attachments-follow-parent'));
    expect(decisions(withParent.next)).toEqual({
      r_att: 'release-in-full/direct',
      r_att2: 'release-in-full/duplicate',
      r_mail: 'withhold-in-full/direct',
      r_inner: 'withhold-in-full/family',
    });
    const cleared = applyCoding(withParent.next, { ...base, recordIds: ['r_mail'], decision: null }, relatives('attachments-follow-parent'));
    expect(decisions(cleared.next)).toEqual({ r_att: 'release-in-full/direct', r_att2: 'release-in-full/duplicate' });
  });

  it('reverts a step exactly', () => {
    const first = applyCoding([], { ...base, recordIds: ['r_att'], decision: 'release-in-full' }, relatives('independent')).next;
    const step = applyCoding(first, { ...base, recordIds: ['r_att'], decision: 'withhold-in-full', exemptions: [B6] }, relatives('independent'));
    const reverted = revertCodings(step.next, 'q_1', step.changes);
    expect(new Set(reverted)).toEqual(new Set(first));
  });
});
