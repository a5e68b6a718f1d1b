/**
 * The shape of `case.json`, the case's work product. Everything here is a human decision or
 * provenance that cannot be rebuilt from the sources; everything derivable lives in the index.
 */
import type { SourceInfo } from '../../../shared/model/case.js';
import type { PacketFile, PacketVariant } from '../../../shared/model/packet.js';
import type { RequestIntake } from '../../../shared/model/request.js';
import type { Gap, GapProposalReview, GapSettings } from '../../../shared/model/gap.js';
import type { Coding, Redaction, ReviewBatch } from '../../../shared/model/review.js';
import type { SavedSearch } from '../../../shared/model/search.js';

export const CASE_SCHEMA_VERSION = 7;

export type StoredSource = Omit<SourceInfo, 'recordCount' | 'errorCount'> & {
  recordCount: number;
  errorCount: number;
};

export type StoredRequest = RequestIntake & {
  id: string;
  createdAt: string;
};

export type StoredPacket = {
  id: string;
  requestId: string;
  path: string;
  sha256: string;
  createdAt: string;
  batesFirst: string;
  batesLast: string;
  pageCount: number;
  recordIds: string[];
  /** Absent for packets built before packets became folders (one PDF at `path`). */
  variant?: PacketVariant;
  folder?: string;
  files?: PacketFile[];
  manifestPath?: string;
};

export type CaseData = {
  schemaVersion: number;
  caseId: string;
  name: string;
  createdAt: string;
  sources: StoredSource[];
  requests: StoredRequest[];
  codings: Coding[];
  packets: StoredPacket[];
  savedSearches: SavedSearch[];
  redactions: Redaction[];
  batches: ReviewBatch[];
  /** The gap register: what is missing, why, and the proof. */
  gaps: Gap[];
  /** Reviewers' answers to detector proposals, by proposal key (a rejection is remembered across runs). */
  gapReviews: GapProposalReview[];
  /** What the detectors are told about this case (official domains, the off-the-record lexicon). */
  gapSettings: GapSettings;
};
