/**
 * The nine exemptions of the US Freedom of Information Act, 5 U.S.C. 552(b), as officers cite
 * them. FOIA asks that the exemption be shown "at the place in the record where such deletion is
 * made" where technically feasible (the sentences after 552(b)(9)), which is why every entry
 * carries the label an agency prints on the redaction box.
 *
 * Summaries paraphrase the statute as amended by the FOIA Improvement Act of 2016; they are a
 * reminder for the officer, not a substitute for the text or the case law.
 */
import type { ExemptionCatalogue, ExemptionEntry, ExemptionGroup } from './exemption-catalogue.js';

export type UsFoiaExemption = ExemptionEntry & {
  /**
   * Whether withholding under this exemption must meet the foreseeable-harm standard of
   * 552(a)(8)(A)(i), added by the FOIA Improvement Act of 2016: an agency may withhold only if it
   * (I) reasonably foresees that disclosure would harm an interest the exemption protects, or
   * (II) disclosure is prohibited by law.
   *
   * False only for (b)(3): information it covers is by definition information another statute
   * forbids disclosing, so limb (II) always holds, and 552(a)(8)(B) says the paragraph does not
   * require disclosing information "exempted from disclosure under subsection (b)(3)".
   *
   * True everywhere else, and deliberately so: for other exemptions some items may also be
   * protected by a law that prohibits disclosure (see the notes on (b)(1) and (b)(4)), but that is
   * decided item by item, not by the exemption, so the catalogue does not assume it.
   */
  readonly foreseeableHarmApplies: boolean;
};

/**
 * (b)(7) is a group, not an exemption an officer can cite. Its opening words only set a
 * threshold (records "compiled for law enforcement purposes"); the statute then protects them
 * "but only to the extent that" production would cause one of six harms, (A) to (F). Citing
 * (b)(7) alone names the threshold but not the harm, so it tells the requester, and a court
 * reading the Vaughn index, nothing about why the information was withheld.
 */
export const US_FOIA_GROUPS: readonly ExemptionGroup[] = [
  {
    code: 'b7',
    label: '(b)(7)',
    title: 'Law enforcement records',
    summary:
      'Records or information compiled for law enforcement purposes, but only to the extent that producing them would cause one of the harms listed in subparagraphs (A) to (F).',
    whyPickAPart:
      'being compiled for law enforcement purposes is only the threshold; what justifies withholding is one of the harms in subparagraphs (A) to (F), so the subparagraph must be named.',
  },
];

export const US_FOIA_EXEMPTIONS = [
  {
    code: 'b1',
    label: '(b)(1)',
    title: 'Classified national security information',
    summary:
      'Matters specifically authorised under criteria set by an Executive order to be kept secret in the interest of national defense or foreign policy, and in fact properly classified under that order.',
    group: null,
    statute: 'none',
    note: 'Classification rests on an Executive order, not a statute; where a statute also forbids disclosure (for example 50 U.S.C. 3024(i)(1) for intelligence sources and methods), cite (b)(3) with it as well.',
    foreseeableHarmApplies: true,
  },
  {
    code: 'b2',
    label: '(b)(2)',
    title: 'Internal personnel rules and practices',
    summary: 'Matters related solely to the internal personnel rules and practices of an agency.',
    group: null,
    statute: 'none',
    note: 'Since Milner v. Department of the Navy, 562 U.S. 562 (2011), this covers only records about employee relations and human resources.',
    foreseeableHarmApplies: true,
  },
  {
    code: 'b3',
    label: '(b)(3)',
    title: 'Exempted by another statute',
    summary:
      'Matters specifically exempted from disclosure by another statute (other than the Government in the Sunshine Act, 5 U.S.C. 552b) that either leaves no discretion on withholding or sets particular criteria for it or particular types of matters to be withheld.',
    group: null,
    statute: 'required',
    note: 'Name the statute. One enacted after the OPEN FOIA Act of 2009 (28 October 2009) qualifies only if it specifically cites 5 U.S.C. 552(b)(3).',
    foreseeableHarmApplies: false,
  },
  {
    code: 'b4',
    label: '(b)(4)',
    title: 'Trade secrets and confidential commercial information',
    summary: 'Trade secrets, and commercial or financial information obtained from a person that is privileged or confidential.',
    group: null,
    statute: 'none',
    note: 'Where the Trade Secrets Act (18 U.S.C. 1905) bars release, disclosure is prohibited by law; courts have nonetheless applied the foreseeable-harm test to this exemption (Seife v. FDA, 43 F.4th 231 (2d Cir. 2022)), so be ready to show harm to the submitter.',
    foreseeableHarmApplies: true,
  },
  {
    code: 'b5',
    label: '(b)(5)',
    title: 'Privileged inter- or intra-agency records',
    summary:
      'Inter-agency or intra-agency memorandums or letters that would not be available by law to a party in litigation with the agency (such as deliberative process, attorney work product and attorney-client material), except that the deliberative process privilege does not reach records created 25 years or more before the request.',
    group: null,
    statute: 'none',
    note: null,
    foreseeableHarmApplies: true,
  },
  {
    code: 'b6',
    label: '(b)(6)',
    title: 'Personal privacy',
    summary: 'Personnel and medical files and similar files whose disclosure would constitute a clearly unwarranted invasion of personal privacy.',
    group: null,
    statute: 'none',
    note: null,
    foreseeableHarmApplies: true,
  },
  {
    code: 'b7A',
    label: '(b)(7)(A)',
    title: 'Interference with enforcement proceedings',
    summary: 'Law enforcement records or information whose production could reasonably be expected to interfere with enforcement proceedings.',
    group: 'b7',
    statute: 'none',
    note: null,
    foreseeableHarmApplies: true,
  },
  {
    code: 'b7B',
    label: '(b)(7)(B)',
    title: 'Fair trial or impartial adjudication',
    summary: 'Law enforcement records or information whose production would deprive a person of a right to a fair trial or an impartial adjudication.',
    group: 'b7',
    statute: 'none',
    note: null,
    foreseeableHarmApplies: true,
  },
  {
    code: 'b7C',
    label: '(b)(7)(C)',
    title: 'Personal privacy in law enforcement records',
    summary: 'Law enforcement records or information whose production could reasonably be expected to constitute an unwarranted invasion of personal privacy.',
    group: 'b7',
    statute: 'none',
    note: null,
    foreseeableHarmApplies: true,
  },
  {
    code: 'b7D',
    label: '(b)(7)(D)',
    title: 'Confidential sources',
    summary:
      'Law enforcement records or information whose production could reasonably be expected to disclose the identity of a confidential source and, in a criminal investigation or a lawful national security intelligence investigation, the information that source furnished.',
    group: 'b7',
    statute: 'none',
    note: null,
    foreseeableHarmApplies: true,
  },
  {
    code: 'b7E',
    label: '(b)(7)(E)',
    title: 'Law enforcement techniques and procedures',
    summary:
      'Law enforcement records or information whose production would disclose techniques and procedures for law enforcement investigations or prosecutions, or guidelines for them where disclosure could reasonably be expected to risk circumvention of the law.',
    group: 'b7',
    statute: 'none',
    note: null,
    foreseeableHarmApplies: true,
  },
  {
    code: 'b7F',
    label: '(b)(7)(F)',
    title: 'Life or physical safety',
    summary: 'Law enforcement records or information whose production could reasonably be expected to endanger the life or physical safety of any individual.',
    group: 'b7',
    statute: 'none',
    note: null,
    foreseeableHarmApplies: true,
  },
  {
    code: 'b8',
    label: '(b)(8)',
    title: 'Financial institution reports',
    summary:
      'Matters contained in or related to examination, operating or condition reports prepared by, on behalf of, or for the use of an agency that regulates or supervises financial institutions.',
    group: null,
    statute: 'none',
    note: null,
    foreseeableHarmApplies: true,
  },
  {
    code: 'b9',
    label: '(b)(9)',
    title: 'Geological information on wells',
    summary: 'Geological and geophysical information and data, including maps, concerning wells.',
    group: null,
    statute: 'none',
    note: null,
    foreseeableHarmApplies: true,
  },
] as const satisfies readonly UsFoiaExemption[];

export type UsFoiaCode = (typeof US_FOIA_EXEMPTIONS)[number]['code'];

export const US_FOIA_CATALOGUE: ExemptionCatalogue<UsFoiaExemption> = {
  id: 'us-foia',
  name: 'US Freedom of Information Act',
  citation: '5 U.S.C. 552(b)',
  exemptions: US_FOIA_EXEMPTIONS,
  groups: US_FOIA_GROUPS,
  notExemptions: [],
  statuteCode: 'b3',
  unusableStatutes: [
    {
      // (b)(3) itself says "(other than section 552b of this title)".
      pattern: /^\s*(?:5\s*U\.?\s*S\.?\s*C\.?\s*(?:§+\s*)?552b\b|(?:the\s+)?(?:Government\s+in\s+the\s+)?Sunshine\s+Act\b)/i,
      reason: 'the Government in the Sunshine Act (5 U.S.C. 552b) is excluded from (b)(3) by its own words',
    },
    {
      // A statute that names FOIA itself is circular: (b)(3) needs another law's prohibition.
      pattern: /^\s*(?:5\s*U\.?\s*S\.?\s*C\.?\s*(?:§+\s*)?552\s*(?:\(|$)|\(b\)\s*\(3\)|FOIA\b|(?:the\s+)?Freedom\s+of\s+Information\s+Act\b)/i,
      reason: "that is FOIA itself, and (b)(3) rests on another statute's prohibition",
    },
  ],
  codeHint: "codes are 'b1' to 'b9', with (b)(7) cited by subparagraph as 'b7A' to 'b7F'",
};
