/**
 * Whole days on which a President closed the executive departments by executive order: days of
 * mourning and extra days at Christmas. OPM treats each as a holiday for pay and leave (each order
 * brings its day within Executive Order 11582 and 5 U.S.C. 6103(b)), but none is a "legal public
 * holiday" under 5 U.S.C. 6103(a), the words 5 U.S.C. 552(a)(6)(A) uses. Whether a FOIA clock skips
 * them is therefore the agency's call, so the US calendar counts them only when asked
 * (`executiveOrderClosures: true`); a closure missing here can be passed as an extra closure.
 *
 * Only orders whose text or Federal Register entry we checked are listed, and only full-day
 * closures: a half-day closure (e.g. Executive Order 13713, the afternoon of 24 December 2015)
 * leaves the day a working day. The list starts in 2007; earlier closures (such as the days of
 * mourning for Presidents Reagan and Ford) are left out because we did not check their dates.
 */
import type { Holiday } from './holiday.js';

export type ExecutiveOrderClosure = Holiday & {
  /** The order that closed the day, as cited in the Federal Register where we have the citation. */
  source: string;
};

export const US_EXECUTIVE_ORDER_CLOSURES: readonly ExecutiveOrderClosure[] = [
  { date: '2007-12-24', name: 'Christmas Eve closure', source: 'Executive Order 13453 of December 6, 2007 (3 CFR, 2007 Comp.)' },
  { date: '2012-12-24', name: 'Christmas Eve closure', source: 'Executive Order 13633 of December 21, 2012 (77 FR 76339)' },
  { date: '2014-12-26', name: 'Day after Christmas closure', source: 'Executive Order 13682 of December 5, 2014 (79 FR 73459)' },
  { date: '2018-12-05', name: 'National day of mourning for President George H. W. Bush', source: 'Executive Order 13852 of December 1, 2018 (83 FR 62687)' },
  { date: '2018-12-24', name: 'Christmas Eve closure', source: 'Executive Order 13854 of December 18, 2018 (83 FR 65481)' },
  { date: '2019-12-24', name: 'Christmas Eve closure', source: 'Executive Order 13900 of December 17, 2019 (84 FR 69983)' },
  { date: '2020-12-24', name: 'Christmas Eve closure', source: 'Executive order signed December 11, 2020' },
  { date: '2024-12-24', name: 'Christmas Eve closure', source: 'Executive order signed December 19, 2024' },
  { date: '2025-01-09', name: 'National day of mourning for President Jimmy Carter', source: 'Executive Order 14133 of December 30, 2024 (90 FR 187)' },
  { date: '2025-12-24', name: 'Christmas Eve closure', source: 'Executive order signed December 18, 2025' },
  { date: '2025-12-26', name: 'Day after Christmas closure', source: 'Executive order signed December 18, 2025' },
];
