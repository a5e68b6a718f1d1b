/**
 * The gap register: records that should exist and do not, why, and the proof. A gap is the
 * reviewer's statement; detectors only propose gaps (`GapProposal`), which become gaps when a
 * reviewer accepts them. The register feeds the 36 CFR 1230.14 unauthorized-disposition report
 * and the gap appendix of response packets.
 */

/** Where the records were kept. `personal-email` is an account outside the agency's systems. */
export const GAP_CHANNELS = ['whatsapp', 'wickr', 'signal', 'sms', 'personal-email', 'official-email', 'linkedin', 'phone-calls', 'other'] as const;
export type GapChannel = (typeof GAP_CHANNELS)[number];

export const GAP_CHANNEL_LABELS: Readonly<Record<GapChannel, string>> = {
  whatsapp: 'WhatsApp',
  wickr: 'Wickr',
  signal: 'Signal',
  sms: 'SMS / text messages',
  'personal-email': 'Personal email',
  'official-email': 'Official email',
  linkedin: 'LinkedIn',
  'phone-calls': 'Phone calls',
  other: 'Other',
};

export const GAP_CAUSES = ['auto-delete', 'device-lost-or-wiped', 'not-retained', 'personal-account-not-copied', 'export-incomplete', 'other'] as const;
export type GapCause = (typeof GAP_CAUSES)[number];

export const GAP_CAUSE_LABELS: Readonly<Record<GapCause, string>> = {
  'auto-delete': 'Auto-delete or ephemeral setting',
  'device-lost-or-wiped': 'Device lost or wiped',
  'not-retained': 'Not retained',
  'personal-account-not-copied': 'Personal account not copied to an official account',
  'export-incomplete': 'Export incomplete',
  other: 'Other',
};

/** A gap moves forward through these; `closed` once reported and acted on (or found not to be a gap). */
export const GAP_STATUSES = ['suspected', 'confirmed', 'reported', 'closed'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

/** An estimate, because nobody can count what is gone: low ≤ high, both whole records. */
export type VolumeRange = { low: number; high: number; unit: 'messages' | 'emails' | 'calls' | 'records' };

/** A record that shows the gap, with the passage that shows it (quoted exactly from the record's text). */
export type GapEvidence = {
  recordId: string;
  /** The passage as it stands in the record ('' when the record as a whole is the evidence, e.g. a timer event). */
  quote: string;
  /** Why this record is evidence, in a sentence. */
  why: string;
};

/** Something done to salvage, retrieve or reconstruct the records, and how it went. */
export type SalvageAction = {
  /** YYYY-MM-DD */
  date: string;
  action: string;
  result: string;
};

/** The reviewer-editable part of a gap. Dates are calendar dates, YYYY-MM-DD; null when unknown. */
export type GapFields = {
  title: string;
  channel: GapChannel;
  custodians: string[];
  periodStart: string | null;
  periodEnd: string | null;
  cause: GapCause;
  volume: VolumeRange | null;
  evidence: GapEvidence[];
  salvage: SalvageAction[];
  safeguards: string;
  /** The office that maintains (or should have maintained) the records. */
  office: string;
  /** The circumstances of the loss as the report states them. */
  circumstances: string;
  status: GapStatus;
  notes: string;
  /** The requests that cite this gap: their packets carry it in the gap appendix. */
  requestIds: string[];
};

export type Gap = GapFields & {
  id: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  /** The detector proposal this gap was accepted from; null when a reviewer wrote it. */
  proposalKey: string | null;
};

/** The detectors, in the order the issue lists them. */
export const GAP_DETECTORS = ['ephemeral-markers', 'missing-parent', 'silent-period', 'off-record-move', 'personal-account-no-copy', 'one-sided-conversation'] as const;
export type GapDetector = (typeof GAP_DETECTORS)[number];

export const GAP_DETECTOR_LABELS: Readonly<Record<GapDetector, string>> = {
  'ephemeral-markers': 'Disappearing-message timers and deleted messages',
  'missing-parent': 'Replies whose original is missing',
  'silent-period': 'Silent periods',
  'off-record-move': 'Moves off the record',
  'personal-account-no-copy': 'Personal account with no official copy (44 U.S.C. 2911)',
  'one-sided-conversation': 'Conversation missing from a participant’s export',
};

/**
 * A gap a detector proposes. `key` is stable across re-runs over the same evidence, so a
 * rejection (stored by key) is remembered when the detectors run again.
 */
export type GapProposal = {
  key: string;
  detector: GapDetector;
  title: string;
  channel: GapChannel;
  custodians: string[];
  periodStart: string | null;
  periodEnd: string | null;
  cause: GapCause;
  volume: VolumeRange | null;
  evidence: GapEvidence[];
  /** Plain-language reason, including the statistic where there is one. */
  explanation: string;
};

/** A reviewer's answer to a proposal, kept by its key so a re-run does not propose it again. */
export type GapProposalReview = {
  key: string;
  detector: GapDetector;
  decision: 'accepted' | 'rejected';
  /** The gap an accepted proposal became; null for a rejection. */
  gapId: string | null;
  /** Why it was rejected (or anything the reviewer adds); '' when none given. */
  reason: string;
  decidedBy: string;
  decidedAt: string;
};

/**
 * A phrase that suggests moving a conversation off the record, and where it points. `pattern` is
 * words separated by spaces, each word a choice of spellings separated by `|` ("text|txt me");
 * it matches without regard to case and never inside a word.
 */
export type OffRecordEntry = {
  /** Stable id, so a proposal can say which entry matched. */
  id: string;
  pattern: string;
  /** Where the phrase sends the conversation; 'same' when it destroys records in the channel it is written in. */
  channel: GapChannel | 'same';
  cause: GapCause;
  label: string;
  /** Patterns that, found in the same sentence, mean the match is not a move off the record ("call me back"). */
  unless?: readonly string[];
};

/** What the detectors are told about a case; the officer edits it. */
export type GapSettings = {
  /** The agency's own mail domains ('enron.com'); mail from anything else is not official. */
  officialDomains: string[];
  /** The off-the-record lexicon; null means the built-in one. */
  offRecordLexicon: OffRecordEntry[] | null;
};

export const DEFAULT_GAP_SETTINGS: GapSettings = { officialDomains: [], offRecordLexicon: null };

/** The settings as the screens see them: with the built-in lexicon, to show and to start editing from. */
export type GapSettingsView = GapSettings & { builtInLexicon: OffRecordEntry[] };

/** A proposal with what the reviewer made of it (null: not yet looked at). */
export type GapProposalView = GapProposal & { review: GapProposalReview | null };

/** One run of the detectors over the case. */
export type GapDetection = {
  proposals: GapProposalView[];
  ranAt: string;
  /** Records the detectors read, and how long the run took. */
  recordCount: number;
  durationMs: number;
};

/** A custodian's daily message volume in one channel: the timeline's row. */
export type GapTimelineRow = {
  custodian: string;
  channel: GapChannel;
  /** Days with at least one message, oldest first: [YYYY-MM-DD, count]. */
  counts: Array<[string, number]>;
  total: number;
};

export type GapTimeline = {
  rows: GapTimelineRow[];
  /** The span of every row, for one shared axis; null when the case holds no dated message. */
  firstDay: string | null;
  lastDay: string | null;
  /** The day of each evidence record of the register's gaps, to mark it on its row. */
  evidenceDays: Record<string, string>;
};
