/**
 * Runs the gap detectors over one input: all of them or the ones the officer chose, each with
 * its options, and returns their proposals in one order that does not depend on how records were
 * loaded (detector order as the issue lists them, then period, then key), so the register lists
 * the same proposals the same way on every run. Pure.
 */
import { GAP_DETECTORS } from '../../../shared/model/gap.js';
import type { GapDetector, GapProposal } from '../../../shared/model/gap.js';
import type { GapInput } from './detector-input.js';
import { detectEphemeralMarkers } from './ephemeral-markers.js';
import type { EphemeralMarkerOptions } from './ephemeral-markers.js';
import { detectMissingParents } from './missing-parent.js';
import type { MissingParentOptions } from './missing-parent.js';
import { detectOffRecordMoves } from './off-record-move.js';
import type { OffRecordOptions } from './off-record-move.js';
import { detectOneSidedConversations } from './one-sided-conversation.js';
import type { OneSidedOptions } from './one-sided-conversation.js';
import { detectPersonalAccountNoCopy } from './personal-account-no-copy.js';
import type { PersonalAccountOptions } from './personal-account-no-copy.js';
import { detectSilentPeriods } from './silent-period.js';
import type { SilentPeriodOptions } from './silent-period.js';

export type DetectorOptions = {
  'ephemeral-markers': Partial<EphemeralMarkerOptions>;
  'missing-parent': Partial<MissingParentOptions>;
  'silent-period': Partial<SilentPeriodOptions>;
  'off-record-move': Partial<OffRecordOptions>;
  'personal-account-no-copy': Partial<PersonalAccountOptions>;
  'one-sided-conversation': Partial<OneSidedOptions>;
};

export type RunDetectorsOptions = {
  /** The detectors to run; all by default. */
  detectors?: readonly GapDetector[];
  options?: Partial<DetectorOptions>;
};

const RUNNERS: { [K in GapDetector]: (input: GapInput, options: DetectorOptions[K]) => GapProposal[] } = {
  'ephemeral-markers': detectEphemeralMarkers,
  'missing-parent': detectMissingParents,
  'silent-period': detectSilentPeriods,
  'off-record-move': detectOffRecordMoves,
  'personal-account-no-copy': detectPersonalAccountNoCopy,
  'one-sided-conversation': detectOneSidedConversations,
};

function runOne<K extends GapDetector>(detector: K, input: GapInput, options: Partial<DetectorOptions>): GapProposal[] {
  const runner: (input: GapInput, options: DetectorOptions[K]) => GapProposal[] = RUNNERS[detector];
  return runner(input, (options[detector] ?? {}) as DetectorOptions[K]);
}

/** Orders proposals by detector (GAP_DETECTORS order), then period start (undated last), then key. */
export function compareProposals(a: GapProposal, b: GapProposal): number {
  const byDetector = GAP_DETECTORS.indexOf(a.detector) - GAP_DETECTORS.indexOf(b.detector);
  if (byDetector !== 0) {
    return byDetector;
  }
  const startA = a.periodStart ?? '\uffff';
  const startB = b.periodStart ?? '\uffff';
  if (startA !== startB) {
    return startA < startB ? -1 : 1;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The proposals of the chosen detectors. A key proposed twice (two detectors never share keys;
 * one detector may meet the same gap twice) is kept once.
 */
export function runDetectors(input: GapInput, run: RunDetectorsOptions = {}): GapProposal[] {
  const chosen = GAP_DETECTORS.filter((detector) => (run.detectors ?? GAP_DETECTORS).includes(detector));
  const byKey = new Map<string, GapProposal>();
  for (const detector of chosen) {
    for (const proposal of runOne(detector, input, run.options ?? {})) {
      if (!byKey.has(proposal.key)) {
        byKey.set(proposal.key, proposal);
      }
    }
  }
  return [...byKey.values()].sort(compareProposals);
}
