/**
 * What the search language's case-level fields resolve against: each source's channel and the
 * codings, from case.json. Decisions are read in one request when the search names one (what
 * the officer is reviewing for), else across every request.
 */
import type { SearchScope } from '../index/record-index.js';
import type { CaseData } from '../case/case-data.js';
import type { Decision } from '../../../shared/model/review.js';

export function searchScope(data: CaseData, requestId: string | null): SearchScope {
  const sourceChannels: Record<string, CaseData['sources'][number]['channel']> = {};
  for (const source of data.sources) {
    sourceChannels[source.id] = source.channel;
  }
  const decisions: Partial<Record<Decision, string[]>> = {};
  for (const coding of data.codings) {
    if (requestId === null || coding.requestId === requestId) {
      (decisions[coding.decision] ??= []).push(coding.recordId);
    }
  }
  const exemptions: Record<string, string[]> = {};
  for (const coding of data.codings) {
    if (requestId === null || coding.requestId === requestId) {
      for (const exemption of coding.exemptions) {
        (exemptions[exemption.code] ??= []).push(coding.recordId);
      }
    }
  }
  for (const redaction of data.redactions) {
    if (requestId === null || redaction.requestId === requestId) {
      for (const exemption of redaction.exemptions) {
        (exemptions[exemption.code] ??= []).push(redaction.recordId);
      }
    }
  }
  return { sourceChannels, decisions, exemptions: Object.fromEntries(Object.entries(exemptions).map(([code, ids]) => [code, [...new Set(ids)]])) };
}
