import { describe, expect, it } from 'vitest';
import { assertGapFields, gapProblems } from '../../../../../main/core/gap-register/check-gap.js';
import { EMPTY_GAP_FIELDS, gapFromProposal } from '../../../../../main/core/gap-register/gap-from-proposal.js';
import type { GapFields, GapProposal } from '../../../../../shared/model/gap.js';

const fields: GapFields = { ...EMPTY_GAP_FIELDS, title: 'Wickr auto-delete', channel: 'wickr', cause: 'auto-delete' };
const context = { requestIds: new Set(['q_00000001']), recordText: new Map([['r_00000001', 'Let us move this to Signal, text me.']]) };

describe('gap checks', () => {
  it('accepts a gap whose quotes stand in their records and whose requests exist', () => {
    const gap = { ...fields, requestIds: ['q_00000001'], evidence: [{ recordId: 'r_00000001', quote: 'text me', why: 'asks to move' }] };
    expect(gapProblems(gap, context)).toEqual([]);
    expect(() => assertGapFields(gap, context)).not.toThrow();
  });

  it('names a backwards period, an inverted volume, an unknown request, a missing record and a misquote', () => {
    const gap: GapFields = {
      ...fields,
      periodStart: '2021-05-02',
      periodEnd: '2021-05-01',
      volume: { low: 50, high: 10, unit: 'messages' },
      requestIds: ['q_00000009'],
      evidence: [
        { recordId: 'r_00000009', quote: '', why: '' },
        { recordId: 'r_00000001', quote: 'call me', why: '' },
      ],
    };
    const problems = gapProblems(gap, context);
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/ends \(2021-05-01\) before it starts/);
    expect(problems.join('\n')).toMatch(/high end \(10\) is below its low end \(50\)/);
    expect(problems.join('\n')).toMatch(/No request q_00000009/);
    expect(problems.join('\n')).toMatch(/Evidence 1: no record r_00000009/);
    expect(problems.join('\n')).toMatch(/Evidence 2: the quoted passage “call me” is not in record r_00000001/);
    expect(() => assertGapFields(gap, context)).toThrow(/cannot be saved/);
  });

  it('turns a proposal into a suspected gap that keeps the detector’s reasoning, with the reviewer’s changes', () => {
    const proposal: GapProposal = {
      key: 'silent-period:abc',
      detector: 'silent-period',
      title: 'Ana: no official email for 9 working days',
      channel: 'official-email',
      custodians: ['Ana'],
      periodStart: '2001-05-01',
      periodEnd: '2001-05-11',
      cause: 'other',
      volume: { low: 80, high: 140, unit: 'emails' },
      evidence: [],
      explanation: 'usually 14 a working day; none on 9 working days',
    };
    const gap = gapFromProposal(proposal, { cause: 'device-lost-or-wiped', office: 'Office of the Chair' });
    expect(gap).toMatchObject({ title: proposal.title, status: 'suspected', cause: 'device-lost-or-wiped', office: 'Office of the Chair', volume: proposal.volume });
    expect(gap.notes).toContain('usually 14 a working day');
  });
});
