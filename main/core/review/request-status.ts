/**
 * What the requests dashboard shows for each request: progress of its review and its statutory
 * clock. Pure: the case's data and today's date in, figures out.
 */
import { AppError } from '../../../shared/errors.js';
import type { DeadlineStatus } from '../../../shared/deadlines/statutory-deadline.js';
import { ukFoiDeadline } from '../../../shared/deadlines/uk-foi-deadline.js';
import { usFoiaDeadline } from '../../../shared/deadlines/us-foia-deadline.js';
import type { RequestInfo, RequestIntake, RequestProgress } from '../../../shared/model/request.js';
import { isResponsiveDecision } from '../../../shared/model/review.js';
import type { Coding, Decision, ReviewBatch } from '../../../shared/model/review.js';
import type { StoredRequest } from '../case/case-data.js';

/** Reviewed of total over the request's review set: its batches' records and every record coded for it. */
export function requestProgress(requestId: string, codings: readonly Coding[], batches: readonly ReviewBatch[]): RequestProgress {
  const set = new Set<string>();
  for (const batch of batches) {
    if (batch.requestId === requestId) {
      batch.recordIds.forEach((id) => set.add(id));
    }
  }
  const byDecision: Partial<Record<Decision, number>> = {};
  let reviewed = 0;
  for (const coding of codings) {
    if (coding.requestId === requestId) {
      set.add(coding.recordId);
      reviewed += 1;
      byDecision[coding.decision] = (byDecision[coding.decision] ?? 0) + 1;
    }
  }
  return { total: set.size, reviewed, byDecision };
}

/** The statutory clock of a received request on `today`, by its regime; throws AppError when the rules refuse its dates. */
export function statutoryClock(request: RequestIntake & { receivedOn: string }, today: string): DeadlineStatus {
  const perfectedOn = request.perfectedOn ?? undefined;
  return request.regime === 'uk-foia'
    ? ukFoiDeadline({ receivedOn: request.receivedOn, perfectedOn, tolling: request.tolling }, today)
    : usFoiaDeadline({ receivedOn: request.receivedOn, perfectedOn, unusualCircumstances: request.unusualCircumstances, tolling: request.tolling }, today);
}

/** The statutory clock on `today`; null without a received date or when the dates do not hold together. */
export function requestDeadline(request: StoredRequest, today: string): DeadlineStatus | null {
  if (request.receivedOn === null) {
    return null;
  }
  try {
    return statutoryClock({ ...request, receivedOn: request.receivedOn }, today);
  } catch (error) {
    // Dates the intake form let through but the deadline rules refuse (a tolling period before
    // receipt…): the dashboard shows no clock rather than failing to list the case.
    if (error instanceof AppError) {
      return null;
    }
    throw error;
  }
}

export function requestInfo(request: StoredRequest, codings: readonly Coding[], batches: readonly ReviewBatch[], today: string): RequestInfo {
  const progress = requestProgress(request.id, codings, batches);
  let responsiveCount = 0;
  for (const [decision, count] of Object.entries(progress.byDecision) as Array<[Decision, number]>) {
    if (isResponsiveDecision(decision)) {
      responsiveCount += count;
    }
  }
  return {
    ...request,
    responsiveCount,
    notResponsiveCount: progress.byDecision['not-responsive'] ?? 0,
    progress,
    deadline: requestDeadline(request, today),
  };
}

/** The calendar date of `now` where the officer is (the machine's zone): deadlines count office days. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
