import { describe, expect, it } from 'vitest';
import { applyTag } from '../../../../../main/core/review/codings.js';
import type { Coding } from '../../../../../shared/model/case.js';

const base = { requestId: 'q_1', note: '', at: '2026-01-01T00:00:00.000Z', by: 'officer' };

describe('applyTag', () => {
  it('codes new records and reports one change each', () => {
    const { next, changes } = applyTag([], { ...base, recordIds: ['r_a', 'r_b'], responsiveness: 'responsive' });
    expect(next).toHaveLength(2);
    expect(changes.map((change) => [change.recordId, change.before, change.after?.responsiveness])).toEqual([
      ['r_a', null, 'responsive'],
      ['r_b', null, 'responsive'],
    ]);
  });

  it('replaces a decision, keeping codings of other requests', () => {
    const other: Coding = { ...base, requestId: 'q_2', recordId: 'r_a', responsiveness: 'responsive', updatedAt: '', updatedBy: 'x' };
    const first = applyTag([other], { ...base, recordIds: ['r_a'], responsiveness: 'responsive' }).next;
    const { next, changes } = applyTag(first, { ...base, at: 'later', recordIds: ['r_a'], responsiveness: 'not-responsive', note: 'personal' });
    expect(next).toContainEqual(other);
    expect(next.filter((coding) => coding.requestId === 'q_1')).toEqual([
      expect.objectContaining({ recordId: 'r_a', responsiveness: 'not-responsive', note: 'personal', updatedAt: 'later' }),
    ]);
    expect(changes[0]?.before?.responsiveness).toBe('responsive');
  });

  it('treats re-applying the same decision as no change', () => {
    const first = applyTag([], { ...base, recordIds: ['r_a'], responsiveness: 'responsive' }).next;
    const { next, changes } = applyTag(first, { ...base, at: 'later', recordIds: ['r_a'], responsiveness: 'responsive' });
    expect(changes).toEqual([]);
    expect(next).toEqual(first);
  });

  it('clears a coding', () => {
    const first = applyTag([], { ...base, recordIds: ['r_a'], responsiveness: 'responsive' }).next;
    const { next, changes } = applyTag(first, { ...base, recordIds: ['r_a'], responsiveness: null });
    expect(next).toEqual([]);
    expect(changes[0]?.after).toBeNull();
  });
});
