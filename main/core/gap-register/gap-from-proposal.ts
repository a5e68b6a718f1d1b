/**
 * A detector's proposal as the gap it becomes when a reviewer accepts it: the proposal's facts,
 * its explanation as the first note (why the software thought so stays with the gap), status
 * "suspected" until the reviewer confirms it, and any change the reviewer made while accepting.
 */
import { GAP_DETECTOR_LABELS } from '../../../shared/model/gap.js';
import type { GapFields, GapProposal } from '../../../shared/model/gap.js';

export const EMPTY_GAP_FIELDS: Omit<GapFields, 'title' | 'channel' | 'cause'> = {
  custodians: [],
  periodStart: null,
  periodEnd: null,
  volume: null,
  evidence: [],
  salvage: [],
  safeguards: '',
  office: '',
  circumstances: '',
  status: 'suspected',
  notes: '',
  requestIds: [],
};

export function gapFromProposal(proposal: GapProposal, changes: Partial<GapFields>): GapFields {
  return {
    ...EMPTY_GAP_FIELDS,
    title: proposal.title,
    channel: proposal.channel,
    cause: proposal.cause,
    custodians: [...proposal.custodians],
    periodStart: proposal.periodStart,
    periodEnd: proposal.periodEnd,
    volume: proposal.volume,
    evidence: proposal.evidence.map((evidence) => ({ ...evidence })),
    notes: `Proposed by the detector "${GAP_DETECTOR_LABELS[proposal.detector]}": ${proposal.explanation}`,
    ...changes,
  };
}
