/**
 * What the search language's case-level fields resolve against: each source's channel and the
 * codings, from case.json. Decisions are read in one request when the search names one (what
 * the officer is reviewing for), else across every request.
 */
import type { SearchScope } from '../index/record-index.js';
import type { CaseData } from '../case/case-data.js';

export function searchScope(data: CaseData, requestId: string | null): SearchScope {
  const sourceChannels: Record<string, CaseData['sources'][number]['channel']> = {};
  for (const source of data.sources) {
    sourceChannels[source.id] = source.channel;
  }
  const responsive = new Set<string>();
  const notResponsive = new Set<string>();
  for (const coding of data.codings) {
    if (requestId === null || coding.requestId === requestId) {
      (coding.responsiveness === 'responsive' ? responsive : notResponsive).add(coding.recordId);
    }
  }
  return { sourceChannels, decisions: { responsive: [...responsive], 'not-responsive': [...notResponsive] }, exemptions: {} };
}
