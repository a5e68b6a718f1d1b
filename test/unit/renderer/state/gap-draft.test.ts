import { describe, expect, it } from 'vitest';
import type { Gap } from '../../../../shared/model/gap.js';
import { EMPTY_GAP_DRAFT, gapDraftOf, readGapDraft } from '../../../../renderer/state/gap-draft.js';

describe('gap draft', () => {
  it('reads a filled form into gap fields: custodians per line, blank dates unknown, the volume range', () => {
    const read = readGapDraft({
      ...EMPTY_GAP_DRAFT,
      title: '  Wickr messages of the Deputy  ',
      channel: 'wickr',
      custodians: 'Dana Diaz\n\n  Lee Park \nDana Diaz',
      periodStart: '2021-03-01',
      volumeLow: '40',
      volumeHigh: '120',
      salvage: [{ date: '2021-06-02', action: ' Asked AWS for the retention bot ', result: 'none was configured' }],
    });
    expect(read.problems).toEqual([]);
    expect(read.fields).toMatchObject({
      title: 'Wickr messages of the Deputy',
      custodians: ['Dana Diaz', 'Lee Park'],
      periodStart: '2021-03-01',
      periodEnd: null,
      volume: { low: 40, high: 120, unit: 'messages' },
      salvage: [{ date: '2021-06-02', action: 'Asked AWS for the retention bot', result: 'none was configured' }],
    });
  });

  it('names every problem with its field', () => {
    const read = readGapDraft({ ...EMPTY_GAP_DRAFT, periodStart: '2021-02-30', periodEnd: '2021-01-01', volumeLow: '10', volumeHigh: 'many', salvage: [{ date: '', action: '', result: '' }] });
    expect(read.problems.map((problem) => problem.field)).toEqual(['title', 'periodStart', 'volumeLow', 'salvage']);
    const backwards = readGapDraft({ ...EMPTY_GAP_DRAFT, title: 'x', periodStart: '2021-02-01', periodEnd: '2021-01-01', volumeLow: '9', volumeHigh: '3' });
    expect(backwards.problems.map((problem) => problem.message)).toEqual([
      'The period ends (2021-01-01) before it starts (2021-02-01).',
      'The highest estimate (3) is below the lowest (9).',
    ]);
  });

  it('gives a stored gap back unchanged when its draft is read', () => {
    const gap: Gap = {
      id: 'g_00000001',
      createdAt: '',
      createdBy: '',
      updatedAt: '',
      proposalKey: null,
      title: 'Personal Gmail of the Director',
      channel: 'personal-email',
      cause: 'personal-account-not-copied',
      status: 'confirmed',
      custodians: ['Ana'],
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
      volume: { low: 5, high: 5, unit: 'emails' },
      office: 'Office of the Director',
      circumstances: 'Used for official business.',
      safeguards: 'Policy reissued.',
      notes: '',
      requestIds: ['q_00000001'],
      salvage: [{ date: '2021-01-05', action: 'Copied to the official account', result: 'All 5 recovered' }],
      evidence: [{ recordId: 'r_00000001', quote: 'from my gmail', why: 'says so' }],
    };
    const { id, createdAt, createdBy, updatedAt, proposalKey, ...fields } = gap;
    expect([id, createdAt, createdBy, updatedAt, proposalKey]).toHaveLength(5);
    expect(readGapDraft(gapDraftOf(gap)).fields).toEqual(fields);
  });
});
