/**
 * A records request as a FOIA office takes it in and tracks it: who asked, for what, when the
 * clock started, the processing track, the status, and the rules its review follows.
 */
import type { DeadlineStatus } from '../deadlines/statutory-deadline.js';
import type { TollingPeriod } from '../deadlines/tolling-period.js';
import type { Decision, FamilyRule } from './review.js';

/** FOIA's multitrack processing (5 U.S.C. 552(a)(6)(D), (E)). */
export const PROCESSING_TRACKS = ['simple', 'complex', 'expedited'] as const;
export type ProcessingTrack = (typeof PROCESSING_TRACKS)[number];

/** `on-hold`: waiting on the requester (the clock may be tolled); `closed`: answered or withdrawn. */
export const REQUEST_STATUSES = ['received', 'in-review', 'on-hold', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Which law sets the deadline and whose exemption catalogue applies. */
export const REQUEST_REGIMES = ['us-foia', 'uk-foia'] as const;
export type RequestRegime = (typeof REQUEST_REGIMES)[number];

/** What intake records and the officer can edit later. Dates are calendar dates, YYYY-MM-DD. */
export type RequestIntake = {
  trackingNumber: string;
  title: string;
  requester: string;
  description: string;
  receivedOn: string | null;
  /** When a request that needed clarification became perfected; the clock runs from it. */
  perfectedOn: string | null;
  /** The period of the records asked for. */
  dateFrom: string | null;
  dateTo: string | null;
  custodians: string[];
  track: ProcessingTrack;
  status: RequestStatus;
  regime: RequestRegime;
  /** Written notice of unusual circumstances was given (US: ten more working days). */
  unusualCircumstances: boolean;
  tolling: TollingPeriod[];
  familyRule: FamilyRule;
};

/** Reviewed of total, by decision. The review set is the records of the request's batches and every record coded for it. */
export type RequestProgress = {
  total: number;
  reviewed: number;
  byDecision: Partial<Record<Decision, number>>;
};

export type RequestInfo = RequestIntake & {
  id: string;
  createdAt: string;
  /** Records coded as part of the response (released, withheld or referred), and set aside as not responsive. */
  responsiveCount: number;
  notResponsiveCount: number;
  progress: RequestProgress;
  /** The statutory clock as of today; null without a received date, or when the dates cannot be read. */
  deadline: DeadlineStatus | null;
};

export const DEFAULT_INTAKE: RequestIntake = {
  trackingNumber: '',
  title: '',
  requester: '',
  description: '',
  receivedOn: null,
  perfectedOn: null,
  dateFrom: null,
  dateTo: null,
  custodians: [],
  track: 'simple',
  status: 'received',
  regime: 'us-foia',
  unusualCircumstances: false,
  tolling: [],
  familyRule: 'independent',
};
