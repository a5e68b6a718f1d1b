/**
 * The intake form as the officer types it (every field a string or a flag), and its reading
 * into a request: blank dates become null, custodians are one per line, and every problem is
 * named with its field before anything is sent. Pure, so the rules are tested without a DOM.
 */
import type { CallInput } from '../../shared/ipc/contract.js';
import { DEFAULT_INTAKE } from '../../shared/model/request.js';
import type { ProcessingTrack, RequestIntake, RequestRegime, RequestStatus } from '../../shared/model/request.js';
import type { FamilyRule } from '../../shared/model/review.js';

export type IntakeDraft = {
  trackingNumber: string;
  title: string;
  requester: string;
  description: string;
  receivedOn: string;
  perfectedOn: string;
  dateFrom: string;
  dateTo: string;
  /** One custodian per line. */
  custodians: string;
  track: ProcessingTrack;
  status: RequestStatus;
  regime: RequestRegime;
  unusualCircumstances: boolean;
  familyRule: FamilyRule;
};

export type DraftField = keyof IntakeDraft;
export type DraftProblem = { field: DraftField; message: string };

export const EMPTY_DRAFT: IntakeDraft = {
  trackingNumber: '',
  title: '',
  requester: '',
  description: '',
  receivedOn: '',
  perfectedOn: '',
  dateFrom: '',
  dateTo: '',
  custodians: '',
  track: DEFAULT_INTAKE.track,
  status: DEFAULT_INTAKE.status,
  regime: DEFAULT_INTAKE.regime,
  unusualCircumstances: false,
  familyRule: DEFAULT_INTAKE.familyRule,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real YYYY-MM-DD day (not 2021-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) {
    return false;
  }
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The draft of an existing request, for editing it. */
export function draftOf(intake: RequestIntake): IntakeDraft {
  return {
    ...intake,
    receivedOn: intake.receivedOn ?? '',
    perfectedOn: intake.perfectedOn ?? '',
    dateFrom: intake.dateFrom ?? '',
    dateTo: intake.dateTo ?? '',
    custodians: intake.custodians.join('\n'),
  };
}

/** The request a draft describes, or the problems that stop it, each with its field. */
export function readDraft(draft: IntakeDraft): { ok: true; intake: Omit<CallInput<'requests.create'>, 'tolling'> } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  if (draft.title.trim() === '') {
    problems.push({ field: 'title', message: 'Give the request a title.' });
  }
  const date = (field: 'receivedOn' | 'perfectedOn' | 'dateFrom' | 'dateTo', label: string): string | null => {
    const text = draft[field].trim();
    if (text === '') {
      return null;
    }
    if (!isCalendarDate(text)) {
      problems.push({ field, message: `${label} is not a date (YYYY-MM-DD): ${text}` });
      return null;
    }
    return text;
  };
  const receivedOn = date('receivedOn', 'Received');
  const perfectedOn = date('perfectedOn', 'Perfected');
  const dateFrom = date('dateFrom', 'Records from');
  const dateTo = date('dateTo', 'Records to');
  if (perfectedOn !== null && receivedOn === null) {
    problems.push({ field: 'receivedOn', message: 'A perfected request was received first: give the received date.' });
  }
  if (receivedOn !== null && perfectedOn !== null && perfectedOn < receivedOn) {
    problems.push({ field: 'perfectedOn', message: 'Perfected cannot be before received.' });
  }
  if (dateFrom !== null && dateTo !== null && dateTo < dateFrom) {
    problems.push({ field: 'dateTo', message: 'The records’ period ends before it starts.' });
  }
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    intake: {
      trackingNumber: draft.trackingNumber.trim(),
      title: draft.title.trim(),
      requester: draft.requester.trim(),
      description: draft.description,
      receivedOn,
      perfectedOn,
      dateFrom,
      dateTo,
      custodians: [...new Set(draft.custodians.split('\n').map((line) => line.trim()).filter((line) => line !== ''))],
      track: draft.track,
      status: draft.status,
      regime: draft.regime,
      unusualCircumstances: draft.unusualCircumstances,
      familyRule: draft.familyRule,
    },
  };
}
