/**
 * Statutes commonly cited with (b)(3), offered as suggestions when an officer applies it. The
 * officer may cite any statute: this list only saves typing and spelling. It is kept short and
 * limited to citations whose status as (b)(3) statutes is well established; agencies' annual FOIA
 * reports list hundreds more.
 */

export type B3Statute = {
  /** As printed after the label: '(b)(3): 26 U.S.C. 6103'. */
  readonly citation: string;
  /** What it protects, in a few words. */
  readonly subject: string;
  readonly note: string | null;
};

export const US_FOIA_B3_STATUTES: readonly B3Statute[] = [
  { citation: '26 U.S.C. 6103', subject: 'Tax returns and return information', note: null },
  {
    citation: '50 U.S.C. 3024(i)(1)',
    subject: 'Intelligence sources and methods (National Security Act of 1947)',
    note: null,
  },
  {
    citation: '50 U.S.C. 3507',
    subject: 'CIA organisation, functions, names, official titles, salaries and numbers of personnel (Central Intelligence Agency Act of 1949)',
    note: null,
  },
  {
    citation: 'Fed. R. Crim. P. 6(e)',
    subject: 'Matters occurring before a grand jury',
    // Court rules made under the Rules Enabling Act are not statutes (Founding Church of
    // Scientology v. Bell, 603 F.2d 945 (D.C. Cir. 1979), on Civil Rule 26(c)). Rule 6(e) is the
    // exception because Congress itself enacted its current form (Pub. L. 95-78, 1977).
    note: 'A court rule, not a statute, but accepted under (b)(3) because Congress enacted Rule 6(e) in substantially its present form by statute (Pub. L. 95-78, 1977): Fund for Constitutional Government v. National Archives & Records Service, 656 F.2d 856 (D.C. Cir. 1981).',
  },
  { citation: '35 U.S.C. 122', subject: 'Patent applications', note: null },
  {
    citation: '41 U.S.C. 4702',
    subject: 'Contractor proposals not set out or incorporated by reference in the contract',
    note: 'Agencies that contract under title 10 rather than title 41 cite the parallel provision there.',
  },
  { citation: '8 U.S.C. 1202(f)', subject: 'Department of State records of visa issuance and refusal', note: null },
  { citation: '13 U.S.C. 9', subject: 'Census information that could identify a person or establishment', note: null },
];
