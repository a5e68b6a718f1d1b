/**
 * What a FOIA office decides about records: the decision per record and request, the
 * exemptions behind it, redaction spans, and review batches. Stored in case.json.
 */
import type { ExemptionApplication } from '../exemptions/exemption-application.js';

/**
 * The decisions of a release review. A record is responsive when it is released in full or in
 * part, withheld in full or referred to another agency; `duplicate` sets aside a copy of a record
 * decided elsewhere, `not-responsive` a record outside the request.
 */
export const DECISIONS = ['release-in-full', 'release-in-part', 'withhold-in-full', 'referral', 'duplicate', 'not-responsive'] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<Decision, string> = {
  'release-in-full': 'Release in full',
  'release-in-part': 'Release in part',
  'withhold-in-full': 'Withhold in full',
  referral: 'Referral / consult',
  duplicate: 'Duplicate',
  'not-responsive': 'Not responsive',
};

/** What `decision:` accepts: a decision, `responsive` (any decision of the response) or `uncoded`. */
export const DECISION_SEARCH_VALUES = [...DECISIONS, 'responsive', 'uncoded'] as const;

/** Decisions that make the record part of the response (released, withheld or referred). */
export function isResponsiveDecision(decision: Decision): boolean {
  return decision === 'release-in-full' || decision === 'release-in-part' || decision === 'withhold-in-full' || decision === 'referral';
}

/**
 * Decisions that carry exemptions: what is withheld, and a referral's reasons. A record released
 * in part takes its exemptions from its redactions, or from the coding when the officer gives
 * them there.
 */
export function decisionTakesExemptions(decision: Decision): boolean {
  return decision === 'release-in-part' || decision === 'withhold-in-full' || decision === 'referral';
}

/** Withholding a whole record must say which law allows it. */
export function decisionNeedsExemption(decision: Decision): boolean {
  return decision === 'withhold-in-full';
}

/**
 * How family members (an email and its attachments) are coded, set per request:
 * - `independent`: each record is decided on its own;
 * - `attachments-follow-withheld-parent`: withholding a parent in full withholds its attachments
 *   with the same exemptions (they would reveal what the parent does);
 * - `attachments-follow-parent`: every decision on a parent is copied to its attachments.
 */
export const FAMILY_RULES = ['independent', 'attachments-follow-withheld-parent', 'attachments-follow-parent'] as const;
export type FamilyRule = (typeof FAMILY_RULES)[number];

/** Why a record carries its coding: decided itself, or following an exact duplicate or its parent. */
export type CodingBasis = { kind: 'direct' } | { kind: 'duplicate'; of: string } | { kind: 'family'; of: string };

export type Coding = {
  requestId: string;
  recordId: string;
  decision: Decision;
  exemptions: ExemptionApplication[];
  note: string;
  basis: CodingBasis;
  updatedAt: string;
  updatedBy: string;
};

/** The parts of a record's text a redaction can cover, as the viewer shows them. */
export const REDACTABLE_FIELDS = ['subject', 'from', 'to', 'cc', 'body'] as const;
export type RedactableField = (typeof REDACTABLE_FIELDS)[number];

/**
 * A span of a record's text to be blacked out, with its exemptions. It is anchored to the text
 * it was drawn on: the SHA-256 of the whole field and the characters covered. A re-index that
 * changes the field marks the span for re-checking; it is never moved silently.
 */
export type Redaction = {
  id: string;
  requestId: string;
  recordId: string;
  field: RedactableField;
  /** UTF-16 offsets into the field's text, start inclusive, end exclusive. */
  start: number;
  end: number;
  /** The covered text when the span was drawn. */
  quote: string;
  /** SHA-256 (hex) of the field's whole text when the span was drawn. */
  fieldSha256: string;
  exemptions: ExemptionApplication[];
  note: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

/** A redaction as the viewer lists it: `needs-recheck` when the field's text changed since. */
export type RedactionView = Redaction & { status: 'ok' | 'needs-recheck' };

/** A set of records assigned to one reviewer within a request. */
export type ReviewBatch = {
  id: string;
  requestId: string;
  name: string;
  reviewer: string;
  recordIds: string[];
  createdAt: string;
  createdBy: string;
};
