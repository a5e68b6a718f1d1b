/**
 * One exemption applied to one redaction or withheld record: which law, which provision, and for
 * the provisions that incorporate another law's prohibition, which law that is.
 */
import type { ExemptionCatalogueId, StatuteRule } from './exemption-catalogue.js';
import type { UK_FOIA_EXEMPTIONS } from './uk-foia-exemptions.js';
import type { US_FOIA_EXEMPTIONS } from './us-foia-exemptions.js';

/** What a form, an import or a stored coding supplies: anything may be wrong with it. */
export type ExemptionApplicationInput = {
  catalogue: string;
  code: string;
  /** The statute relied on; blank counts as absent. */
  statute?: string | null;
};

type CodesWithStatute<Entries extends { code: string; statute: StatuteRule }, Rule extends StatuteRule> = Extract<
  Entries,
  { statute: Rule }
>['code'];

/**
 * A checked application. The statute's presence follows the catalogue's `statute` rule, so the
 * compiler refuses `{ catalogue: 'us-foia', code: 'b3' }` without one: a (b)(3) withholding that
 * does not name its statute is incomplete, not merely unlabelled.
 */
type ApplicationIn<Id extends ExemptionCatalogueId, Entries extends { code: string; statute: StatuteRule }> =
  | { catalogue: Id; code: CodesWithStatute<Entries, 'required'>; statute: string }
  | { catalogue: Id; code: CodesWithStatute<Entries, 'optional'>; statute?: string }
  | { catalogue: Id; code: CodesWithStatute<Entries, 'none'>; statute?: undefined };

export type ExemptionApplication =
  | ApplicationIn<'us-foia', (typeof US_FOIA_EXEMPTIONS)[number]>
  | ApplicationIn<'uk-foia', (typeof UK_FOIA_EXEMPTIONS)[number]>;

/** Runs of white space, line breaks included, become one space: a citation is printed on one line. */
export function normaliseStatute(statute: string | null | undefined): string | null {
  const text = (statute ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** What can be wrong with an application; the UI switches on `kind`, and shows `message`. */
export const EXEMPTION_PROBLEM_KINDS = [
  'unknown-catalogue',
  'missing-code',
  'unknown-code',
  'not-an-exemption',
  'part-required',
  'statute-required',
  'statute-not-taken',
  'statute-not-usable',
] as const;
export type ExemptionProblemKind = (typeof EXEMPTION_PROBLEM_KINDS)[number];

export type ExemptionProblem = {
  kind: ExemptionProblemKind;
  /** The input field to fix, so a form can show the message beside it. */
  field: 'catalogue' | 'code' | 'statute';
  /** A sentence the officer can act on: what is wrong and what to do instead. */
  message: string;
  /**
   * Values for `field` that would fix it, best first: catalogue ids, exemption codes, or statute
   * citations. Empty when nothing specific can be offered.
   */
  suggestions: readonly string[];
};
