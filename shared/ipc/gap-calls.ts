/**
 * The gap register's calls, kept beside the contract (which spreads them in) so the register's
 * schemas read as one piece: a gap as a form sends it, proposals, settings and the report.
 */
import { z } from 'zod';
import type { WrittenReport } from '../model/search.js';
import { GAP_CAUSES, GAP_CHANNELS, GAP_DETECTORS, GAP_STATUSES } from '../model/gap.js';
import type { Gap, GapDetection, GapProposalReview, GapSettingsView, GapTimeline } from '../model/gap.js';
import { defineCall } from './define.js';

const id = z.string().regex(/^[a-z]_[0-9a-f]{8,64}$/, 'not a valid id');
const calendarDate = z.iso.date();
const text = (max: number) => z.string().max(max);
const proposalKey = z.string().regex(/^[a-z-]+:[0-9a-f]{8,64}$/, 'not a gap proposal key');

const gapFields = z.object({
  title: z.string().trim().min(1).max(300),
  channel: z.enum(GAP_CHANNELS),
  custodians: z.array(z.string().trim().min(1).max(300)).max(500),
  periodStart: calendarDate.nullable(),
  periodEnd: calendarDate.nullable(),
  cause: z.enum(GAP_CAUSES),
  volume: z
    .object({ low: z.number().int().min(0), high: z.number().int().min(0), unit: z.enum(['messages', 'emails', 'calls', 'records']) })
    .nullable(),
  evidence: z.array(z.object({ recordId: id, quote: text(5_000), why: text(2_000) })).max(5_000),
  salvage: z.array(z.object({ date: calendarDate, action: z.string().trim().min(1).max(5_000), result: text(5_000) })).max(500),
  safeguards: text(20_000),
  office: text(1_000),
  circumstances: text(50_000),
  status: z.enum(GAP_STATUSES),
  notes: text(50_000),
  requestIds: z.array(id).max(1_000),
});

/** What a new gap may leave out: everything but its title, channel and cause. */
const newGap = gapFields.partial().required({ title: true, channel: true, cause: true });

const offRecordEntry = z.object({
  id: z.string().trim().min(1).max(100),
  pattern: z.string().trim().min(2).max(300),
  channel: z.union([z.enum(GAP_CHANNELS), z.literal('same')]),
  cause: z.enum(GAP_CAUSES),
  label: z.string().trim().min(1).max(200),
  unless: z.array(z.string().trim().min(2).max(300)).max(20).optional(),
});

export const GAP_CALLS = {
  'gaps.list': defineCall<Gap[]>()(z.object({})),
  'gaps.create': defineCall<Gap>()(z.object({ fields: newGap })),
  'gaps.update': defineCall<Gap>()(z.object({ gapId: id, changes: gapFields.partial() })),
  'gaps.delete': defineCall<{ deleted: string }>()(z.object({ gapId: id })),
  /** Makes the proposal a gap (of the latest run), with the reviewer's changes. */
  'gaps.accept': defineCall<Gap>()(z.object({ key: proposalKey, changes: gapFields.partial().default({}) })),
  /** Rejects a proposal; the detectors do not propose it again. */
  'gaps.reject': defineCall<GapProposalReview>()(z.object({ key: proposalKey, reason: text(5_000).default('') })),
  /** Takes back an answer to a proposal (an accepted one's gap stays in the register). */
  'gaps.reopen': defineCall<{ reopened: string }>()(z.object({ key: proposalKey })),
  /** Every answer given to a proposal, so that a screen can show them without running the detectors again. */
  'gaps.reviews': defineCall<GapProposalReview[]>()(z.object({})),
  'gaps.settings': defineCall<GapSettingsView>()(z.object({})),
  'gaps.updateSettings': defineCall<GapSettingsView>()(
    z.object({
      officialDomains: z.array(z.string().trim().toLowerCase().min(3).max(253)).max(200).optional(),
      offRecordLexicon: z.array(offRecordEntry).max(500).nullable().optional(),
    }),
  ),
};

/** Detection, the timeline and the report. */
export const GAP_DETECTION_CALLS = {
  /** Runs the detectors (all, or the ones named) and lists their proposals with each one's review. */
  'gaps.detect': defineCall<GapDetection>()(
    z.object({
      detectors: z.array(z.enum(GAP_DETECTORS)).max(GAP_DETECTORS.length).optional(),
      /** Names the run for `task.progress` events and `task.cancel`. */
      jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
    }),
  ),
  'gaps.timeline': defineCall<GapTimeline>()(z.object({})),
  /** The register (or the gaps named) as a 36 CFR 1230.14 report, PDF, in the case's reports/ folder. */
  'gaps.exportReport': defineCall<WrittenReport>()(
    z.object({
      gapIds: z.array(id).max(10_000).optional(),
      agency: text(500).default(''),
      preparedBy: text(500).default(''),
      correctiveActions: text(50_000).default(''),
    }),
  ),
};
