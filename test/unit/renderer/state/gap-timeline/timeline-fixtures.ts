/** Small gaps, proposals and timelines for the gap-timeline tests, with only what a test changes spelled out. */
import type { Gap, GapProposalView, GapTimeline, GapTimelineRow } from '../../../../../shared/model/gap.js';

export function makeGap(fields: Partial<Gap> = {}): Gap {
  return {
    id: 'gap-1',
    title: 'Auto-delete',
    channel: 'whatsapp',
    custodians: ['Ana'],
    periodStart: '2021-03-01',
    periodEnd: '2021-05-31',
    cause: 'auto-delete',
    volume: null,
    evidence: [],
    salvage: [],
    safeguards: '',
    office: '',
    circumstances: '',
    status: 'suspected',
    notes: '',
    requestIds: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    createdBy: 'officer',
    updatedAt: '2024-01-01T00:00:00.000Z',
    proposalKey: null,
    ...fields,
  };
}

export function makeProposal(fields: Partial<GapProposalView> = {}): GapProposalView {
  return {
    key: 'silent-period:ana:whatsapp',
    detector: 'silent-period',
    title: 'Silent for 40 days',
    channel: 'whatsapp',
    custodians: ['Ana'],
    periodStart: '2021-04-01',
    periodEnd: '2021-05-10',
    cause: 'other',
    volume: null,
    evidence: [],
    explanation: '',
    review: null,
    ...fields,
  };
}

export function makeRow(custodian: string, counts: Array<[string, number]>, channel: GapTimelineRow['channel'] = 'whatsapp'): GapTimelineRow {
  return { custodian, channel, counts, total: counts.reduce((sum, [, count]) => sum + count, 0) };
}

export function makeTimeline(rows: GapTimelineRow[], firstDay: string, lastDay: string, evidenceDays: Record<string, string> = {}): GapTimeline {
  return { rows, firstDay, lastDay, evidenceDays };
}
