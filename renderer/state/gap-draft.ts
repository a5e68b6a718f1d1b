/**
 * The gap form as the reviewer types it (strings and choices), and its reading into gap fields:
 * blank dates become unknown, custodians are one per line, the volume range is two whole
 * numbers or none, and every problem is named with its field before anything is sent. Pure, so
 * the rules are tested without a DOM. Evidence is not typed: it is kept as it came (from a
 * proposal or a record) and can only be removed here.
 */
import type { Gap, GapCause, GapChannel, GapEvidence, GapFields, GapStatus, SalvageAction, VolumeRange } from '../../shared/model/gap.js';
import { isCalendarDate } from './intake-draft.js';

export type GapDraft = {
  title: string;
  channel: GapChannel;
  cause: GapCause;
  status: GapStatus;
  /** One custodian per line. */
  custodians: string;
  periodStart: string;
  periodEnd: string;
  volumeLow: string;
  volumeHigh: string;
  volumeUnit: VolumeRange['unit'];
  office: string;
  circumstances: string;
  safeguards: string;
  notes: string;
  requestIds: string[];
  salvage: SalvageAction[];
  evidence: GapEvidence[];
};

export type GapDraftField = keyof GapDraft;
export type GapDraftProblem = { field: GapDraftField; message: string };

export const EMPTY_GAP_DRAFT: GapDraft = {
  title: '',
  channel: 'whatsapp',
  cause: 'auto-delete',
  status: 'suspected',
  custodians: '',
  periodStart: '',
  periodEnd: '',
  volumeLow: '',
  volumeHigh: '',
  volumeUnit: 'messages',
  office: '',
  circumstances: '',
  safeguards: '',
  notes: '',
  requestIds: [],
  salvage: [],
  evidence: [],
};

/** The draft of a stored gap, for editing it. */
export function gapDraftOf(gap: Gap): GapDraft {
  return {
    title: gap.title,
    channel: gap.channel,
    cause: gap.cause,
    status: gap.status,
    custodians: gap.custodians.join('\n'),
    periodStart: gap.periodStart ?? '',
    periodEnd: gap.periodEnd ?? '',
    volumeLow: gap.volume === null ? '' : String(gap.volume.low),
    volumeHigh: gap.volume === null ? '' : String(gap.volume.high),
    volumeUnit: gap.volume?.unit ?? (gap.channel.endsWith('email') ? 'emails' : 'messages'),
    office: gap.office,
    circumstances: gap.circumstances,
    safeguards: gap.safeguards,
    notes: gap.notes,
    requestIds: [...gap.requestIds],
    salvage: gap.salvage.map((action) => ({ ...action })),
    evidence: gap.evidence.map((evidence) => ({ ...evidence })),
  };
}

const WHOLE = /^\d{1,9}$/;

/** The gap fields the draft stands for, or every problem with it. */
export function readGapDraft(draft: GapDraft): { fields: GapFields; problems: [] } | { fields: null; problems: GapDraftProblem[] } {
  const problems: GapDraftProblem[] = [];
  if (draft.title.trim() === '') {
    problems.push({ field: 'title', message: 'Give the gap a title: what records are missing.' });
  }
  for (const field of ['periodStart', 'periodEnd'] as const) {
    const value = draft[field].trim();
    if (value !== '' && !isCalendarDate(value)) {
      problems.push({ field, message: `“${value}” is not a date: write it as YYYY-MM-DD, or leave it blank when unknown.` });
    }
  }
  const start = draft.periodStart.trim();
  const end = draft.periodEnd.trim();
  if (isCalendarDate(start) && isCalendarDate(end) && end < start) {
    problems.push({ field: 'periodEnd', message: `The period ends (${end}) before it starts (${start}).` });
  }
  const low = draft.volumeLow.trim();
  const high = draft.volumeHigh.trim();
  let volume: VolumeRange | null = null;
  if (low !== '' || high !== '') {
    if (!WHOLE.test(low) || !WHOLE.test(high)) {
      problems.push({ field: 'volumeLow', message: 'Give the estimated volume as two whole numbers, lowest and highest (the same number twice when it is known), or leave both blank.' });
    } else if (Number(high) < Number(low)) {
      problems.push({ field: 'volumeHigh', message: `The highest estimate (${high}) is below the lowest (${low}).` });
    } else {
      volume = { low: Number(low), high: Number(high), unit: draft.volumeUnit };
    }
  }
  draft.salvage.forEach((action, index) => {
    if (!isCalendarDate(action.date.trim()) || action.action.trim() === '') {
      problems.push({ field: 'salvage', message: `Salvage action ${index + 1} needs its date (YYYY-MM-DD) and what was done.` });
    }
  });
  if (problems.length > 0) {
    return { fields: null, problems };
  }
  return {
    fields: {
      title: draft.title.trim(),
      channel: draft.channel,
      cause: draft.cause,
      status: draft.status,
      custodians: [...new Set(draft.custodians.split('\n').map((line) => line.trim()).filter((line) => line !== ''))],
      periodStart: start === '' ? null : start,
      periodEnd: end === '' ? null : end,
      volume,
      office: draft.office.trim(),
      circumstances: draft.circumstances,
      safeguards: draft.safeguards,
      notes: draft.notes,
      requestIds: [...draft.requestIds],
      salvage: draft.salvage.map((action) => ({ date: action.date.trim(), action: action.action.trim(), result: action.result.trim() })),
      evidence: draft.evidence,
    },
    problems: [],
  };
}
