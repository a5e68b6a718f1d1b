/**
 * The shape every exemption catalogue shares: the provisions of one access-to-information law an
 * officer may cite when withholding information, as data. The catalogues themselves live in
 * us-foia-exemptions.ts and uk-foia-exemptions.ts; lookup, checking and printing work on this
 * shape only, so a new law is a new data file, not new logic.
 */

/** The laws the application knows. The id is stored with every application of an exemption. */
export const EXEMPTION_CATALOGUE_IDS = ['us-foia', 'uk-foia'] as const;
export type ExemptionCatalogueId = (typeof EXEMPTION_CATALOGUE_IDS)[number];

export function isExemptionCatalogueId(value: string): value is ExemptionCatalogueId {
  return (EXEMPTION_CATALOGUE_IDS as readonly string[]).includes(value);
}

/**
 * Whether an application of the exemption names a statute. 'required': the exemption only
 * incorporates another law's prohibition, so the citation is the reason ((b)(3)). 'optional': it
 * usually should, but the prohibition need not be an enactment (s44 also covers contempt of
 * court). 'none': the exemption stands on its own; a statute beside it would mislead.
 */
export const STATUTE_RULES = ['required', 'optional', 'none'] as const;
export type StatuteRule = (typeof STATUTE_RULES)[number];

/** One citable provision. */
export type ExemptionEntry = {
  /**
   * Stored in case data and searched with `exemption:CODE`: never reuse or rename one once it has
   * been released, or past codings would change meaning.
   */
  readonly code: string;
  /** As agencies print it on a redaction box or in a Vaughn index: '(b)(7)(C)', 'Section 40(2)'. */
  readonly label: string;
  /** A few words for pickers and reports. */
  readonly title: string;
  /** What the provision covers, in one sentence; a paraphrase, not the statutory text. */
  readonly summary: string;
  /** The group this entry is a part of ('b7' for 'b7C'); null when it stands alone. */
  readonly group: string | null;
  readonly statute: StatuteRule;
  /** Something an officer applying it should know; null when there is nothing to add. */
  readonly note: string | null;
};

/**
 * A provision that cannot be cited on its own: its parts are different exemptions with
 * different tests, and the response must say which one applies.
 */
export type ExemptionGroup = {
  readonly code: string;
  readonly label: string;
  readonly title: string;
  readonly summary: string;
  /** Why the officer must pick a part; shown when the group's code is used. */
  readonly whyPickAPart: string;
};

/** A number in the catalogue's range that is not an exemption, kept so a citation of it is explained. */
export type NotAnExemption = {
  readonly code: string;
  readonly label: string;
  readonly reason: string;
  /** Codes the officer probably meant. */
  readonly instead: readonly string[];
};

/**
 * A statute citation that can never support the statute-carrying exemption, with why. Matched
 * against what the officer typed, so the patterns allow the usual spellings ('5 U.S.C. § 552b').
 */
export type UnusableStatute = {
  readonly pattern: RegExp;
  readonly reason: string;
};

export type ExemptionCatalogue<Entry extends ExemptionEntry = ExemptionEntry> = {
  readonly id: ExemptionCatalogueId;
  /** The law, as a heading: 'US Freedom of Information Act'. */
  readonly name: string;
  /** Where the exemptions are: '5 U.S.C. 552(b)'. */
  readonly citation: string;
  /** Every citable entry, in the statute's order. */
  readonly exemptions: readonly Entry[];
  readonly groups: readonly ExemptionGroup[];
  readonly notExemptions: readonly NotAnExemption[];
  /** The code of the exemption that carries other laws' prohibitions ('b3', 's44'). */
  readonly statuteCode: string;
  readonly unusableStatutes: readonly UnusableStatute[];
  /** How codes look, for messages about a code that is not in the catalogue. */
  readonly codeHint: string;
};
