/**
 * The exemptions of Part II (sections 21 to 44) of the UK Freedom of Information Act 2000, which
 * covers public authorities in England, Wales and Northern Ireland and UK-wide ones; Scottish
 * authorities answer under the Freedom of Information (Scotland) Act 2002, a different catalogue.
 *
 * Codes follow the section number, with the subsection or paragraph where officers and the
 * Information Commissioner cite parts separately ('s40(2)', 's43(1)', 's37(1)(a)').
 *
 * Section 25 is left out on purpose: it only makes supplementary provision about the ministerial
 * certificates that support sections 23 and 24, and exempts nothing itself. It is listed under
 * `notExemptions` so that a citation of it is explained rather than merely refused.
 */
import type { ExemptionCatalogue, ExemptionEntry, ExemptionGroup } from './exemption-catalogue.js';

/**
 * How the public interest bears on an exemption, under s.2. 'absolute': once the exemption
 * applies the information is withheld. 'qualified': it is withheld only if the public interest
 * in maintaining the exemption outweighs the public interest in disclosure (s.2(2)(b)).
 */
export const UK_EXEMPTION_CLASSES = ['absolute', 'qualified'] as const;
export type UkExemptionClass = (typeof UK_EXEMPTION_CLASSES)[number];

export type UkFoiaExemption = ExemptionEntry & {
  /**
   * From s.2(3), which lists the absolute exemptions "and no others": s21, s23, s32, s34, s36 so
   * far as it relates to information held by either House of Parliament, s37(1)(a) to (ab),
   * s40(1), s40(2) where the first condition is met, s41 and s44. Everything else is qualified.
   */
  readonly exemptionClass: UkExemptionClass;
  /** Where the other class applies instead, for the provisions s.2(3) splits; null otherwise. */
  readonly classException: string | null;
};

/** Sections whose parts are different exemptions; the officer cites a part. */
export const UK_FOIA_GROUPS: readonly ExemptionGroup[] = [
  {
    code: 's37',
    label: 'Section 37',
    title: 'Royal communications and honours',
    summary:
      'Information relating to communications with the Sovereign, the heir, the second in line, other members of the Royal Family or the Royal Household, or to the conferring by the Crown of any honour or dignity.',
    whyPickAPart:
      'paragraphs (a) to (ab) of s37(1) are absolute and the others qualified, so the paragraph decides whether a public interest test is owed.',
  },
  {
    code: 's40',
    label: 'Section 40',
    title: 'Personal information',
    summary: "Personal data: the requester's own under s40(1), anyone else's under s40(2).",
    whyPickAPart:
      "the requester's own data (s40(1)) is handled as a subject access request, while other people's data (s40(2)) turns on data protection law; name the subsection.",
  },
  {
    code: 's43',
    label: 'Section 43',
    title: 'Commercial interests',
    summary: 'Trade secrets (s43(1)) and information whose disclosure would prejudice commercial interests (s43(2)).',
    whyPickAPart: 's43(1) needs only a trade secret, while s43(2) needs prejudice to commercial interests; name the subsection.',
  },
];

/**
 * s37(1)(a) to (ab) became absolute on 19 January 2011 (s.2(3)(ea), inserted by the
 * Constitutional Reform and Governance Act 2010). That amendment was not extended to Northern
 * Ireland public authorities, which still apply the original, qualified s37(1)(a).
 */
const ROYAL_AMENDMENT_EXCEPTION =
  'Qualified for Northern Ireland public authorities, to which the 2010 amendment making s37(1)(a) to (ab) absolute does not apply.';

export const UK_FOIA_EXEMPTIONS = [
  {
    code: 's21',
    label: 'Section 21',
    title: 'Information accessible by other means',
    summary: 'Information reasonably accessible to the applicant otherwise than under the Act, for example through the publication scheme.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'absolute',
    classException: null,
  },
  {
    code: 's22',
    label: 'Section 22',
    title: 'Information intended for future publication',
    summary:
      'Information held, at the time of the request, with a view to publication at a future date, where it is reasonable in all the circumstances to withhold it until then.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's22A',
    label: 'Section 22A',
    title: 'Research',
    summary:
      'Information obtained in a continuing programme of research intended to lead to a published report, where disclosure would or would be likely to prejudice the programme, the participants or the authority.',
    group: null,
    statute: 'none',
    note: 'Inserted by the Intellectual Property Act 2014.',
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's23',
    label: 'Section 23',
    title: 'Security bodies',
    summary:
      'Information directly or indirectly supplied by, or relating to, the security bodies listed in s23(3), such as the Security Service, the Secret Intelligence Service and GCHQ.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'absolute',
    classException: null,
  },
  {
    code: 's24',
    label: 'Section 24',
    title: 'National security',
    summary: 'Information outside s23 whose exemption is required for the purpose of safeguarding national security.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's26',
    label: 'Section 26',
    title: 'Defence',
    summary:
      'Information whose disclosure would or would be likely to prejudice the defence of the British Islands or any colony, or the capability, effectiveness or security of the armed forces.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's27',
    label: 'Section 27',
    title: 'International relations',
    summary:
      "Information whose disclosure would or would be likely to prejudice the UK's relations with another State or an international organisation or court, or its interests abroad, and confidential information obtained from such a State, organisation or court.",
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's28',
    label: 'Section 28',
    title: 'Relations within the United Kingdom',
    summary:
      'Information whose disclosure would or would be likely to prejudice relations between any two of the UK Government, the Scottish Administration, the Northern Ireland Executive and the Welsh Government.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's29',
    label: 'Section 29',
    title: 'The economy',
    summary:
      'Information whose disclosure would or would be likely to prejudice the economic interests of the UK or any part of it, or the financial interests of any administration in the UK.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's30',
    label: 'Section 30',
    title: 'Investigations and proceedings',
    summary:
      'Information held at any time for criminal investigations or criminal proceedings the authority has a duty or power to conduct, and information relating to confidential sources obtained for certain investigations and proceedings.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's31',
    label: 'Section 31',
    title: 'Law enforcement',
    summary:
      'Information outside s30 whose disclosure would or would be likely to prejudice the prevention or detection of crime, the prosecution of offenders, the administration of justice, the collection of taxes, or the other law enforcement interests listed in s31.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's32',
    label: 'Section 32',
    title: 'Court records',
    summary:
      'Information held only because it is in a document filed with, served for, or created by a court, inquiry or arbitration for the purposes of its proceedings.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'absolute',
    classException: null,
  },
  {
    code: 's33',
    label: 'Section 33',
    title: 'Audit functions',
    summary:
      "Information held by an authority that audits other authorities' accounts or their use of resources, where disclosure would or would be likely to prejudice those functions.",
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's34',
    label: 'Section 34',
    title: 'Parliamentary privilege',
    summary: 'Information whose exemption is required to avoid an infringement of the privileges of either House of Parliament.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'absolute',
    classException: null,
  },
  {
    code: 's35',
    label: 'Section 35',
    title: 'Formulation of government policy',
    summary:
      "Information held by a government department or the Welsh Government relating to the formulation or development of government policy, ministerial communications, the Law Officers' advice, or the operation of a ministerial private office.",
    group: null,
    statute: 'none',
    note: 'Only government departments and the Welsh Government can use it; other authorities consider s36.',
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's36',
    label: 'Section 36',
    title: 'Prejudice to effective conduct of public affairs',
    summary:
      'Information whose disclosure would, or would be likely to, in the reasonable opinion of a qualified person, prejudice collective ministerial responsibility, inhibit the free and frank provision of advice or exchange of views, or otherwise prejudice the effective conduct of public affairs.',
    group: null,
    statute: 'none',
    note: "Needs the reasonable opinion of the authority's qualified person (s36(5)), except for statistical information (s36(4)); a government department cannot use it for information exempt under s35.",
    exemptionClass: 'qualified',
    // s.2(3)(e): absolute only "so far as relating to information held by the House of Commons
    // or the House of Lords". Every other authority owes the public interest test.
    classException: 'Absolute so far as it relates to information held by the House of Commons or the House of Lords (s.2(3)(e)).',
  },
  {
    code: 's37(1)(a)',
    label: 'Section 37(1)(a)',
    title: 'Communications with the Sovereign',
    summary: 'Information relating to communications with the Sovereign.',
    group: 's37',
    statute: 'none',
    note: null,
    exemptionClass: 'absolute',
    classException: ROYAL_AMENDMENT_EXCEPTION,
  },
  {
    code: 's37(1)(aa)',
    label: 'Section 37(1)(aa)',
    title: 'Communications with the heir or second in line',
    summary: 'Information relating to communications with the heir to the Throne or the person for the time being second in line of succession.',
    group: 's37',
    statute: 'none',
    note: null,
    exemptionClass: 'absolute',
    classException: ROYAL_AMENDMENT_EXCEPTION,
  },
  {
    code: 's37(1)(ab)',
    label: 'Section 37(1)(ab)',
    title: 'Communications with a later Sovereign, heir or second in line',
    summary: 'Information relating to communications with a person who has since acceded to the Throne or become heir or second in line to it.',
    group: 's37',
    statute: 'none',
    note: null,
    exemptionClass: 'absolute',
    classException: ROYAL_AMENDMENT_EXCEPTION,
  },
  {
    code: 's37(1)(ac)',
    label: 'Section 37(1)(ac)',
    title: 'Communications with other members of the Royal Family',
    summary: 'Information relating to communications with other members of the Royal Family, other than those made on behalf of the persons in (a) to (ab).',
    group: 's37',
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's37(1)(ad)',
    label: 'Section 37(1)(ad)',
    title: 'Communications with the Royal Household',
    summary: 'Information relating to communications with the Royal Household, other than those made on behalf of the persons in (a) to (ac).',
    group: 's37',
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's37(1)(b)',
    label: 'Section 37(1)(b)',
    title: 'Honours and dignities',
    summary: 'Information relating to the conferring by the Crown of any honour or dignity.',
    group: 's37',
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's38',
    label: 'Section 38',
    title: 'Health and safety',
    summary: 'Information whose disclosure would or would be likely to endanger the physical or mental health, or the safety, of any individual.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's39',
    label: 'Section 39',
    title: 'Environmental information',
    summary:
      'Information the authority must make available under the Environmental Information Regulations, or would have to but for an exception in them.',
    group: null,
    statute: 'none',
    note: 'Deal with the request, or that part of it, under the Environmental Information Regulations 2004.',
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's40(1)',
    label: 'Section 40(1)',
    title: "Requester's own personal data",
    summary: 'Personal data of which the applicant is the data subject.',
    group: 's40',
    statute: 'none',
    note: 'Handle it as a subject access request under Article 15 of the UK GDPR.',
    exemptionClass: 'absolute',
    classException: null,
  },
  {
    code: 's40(2)',
    label: 'Section 40(2)',
    title: 'Third-party personal data',
    summary:
      'Personal data of someone other than the applicant, where disclosure would contravene the data protection principles or one of the other conditions in s40 is met.',
    group: 's40',
    statute: 'none',
    note: null,
    // s.2(3)(f)(ii) makes s40(2) absolute only "so far as relating to cases where the first
    // condition ... is satisfied": disclosure would contravene a data protection principle
    // (s40(3A)). That is the condition almost every s40(2) refusal relies on, so the entry is
    // absolute; the rarer second and third conditions carry the public interest test.
    exemptionClass: 'absolute',
    classException:
      'Qualified where the authority relies on the second condition (s40(3B): disclosure would contravene the right to object under Article 21 of the UK GDPR) or the third (s40(4A): the data would be exempt from the subject access right) instead of the first.',
  },
  {
    code: 's41',
    label: 'Section 41',
    title: 'Information provided in confidence',
    summary: 'Information obtained from another person whose disclosure would constitute a breach of confidence actionable by that or any other person.',
    group: null,
    statute: 'none',
    note: 'No public interest test applies under the Act, but a breach of confidence is not actionable where the public interest defence would succeed, so the public interest is weighed within the exemption.',
    exemptionClass: 'absolute',
    classException: null,
  },
  {
    code: 's42',
    label: 'Section 42',
    title: 'Legal professional privilege',
    summary:
      'Information in respect of which a claim to legal professional privilege (in Scotland, confidentiality of communications) could be maintained in legal proceedings.',
    group: null,
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's43(1)',
    label: 'Section 43(1)',
    title: 'Trade secrets',
    summary: 'Information that constitutes a trade secret.',
    group: 's43',
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's43(2)',
    label: 'Section 43(2)',
    title: 'Commercial interests',
    summary: 'Information whose disclosure would or would be likely to prejudice the commercial interests of any person, including the authority holding it.',
    group: 's43',
    statute: 'none',
    note: null,
    exemptionClass: 'qualified',
    classException: null,
  },
  {
    code: 's44',
    label: 'Section 44',
    title: 'Prohibitions on disclosure',
    summary:
      'Information whose disclosure, otherwise than under the Act, is prohibited by or under any enactment, is incompatible with an obligation of the kind listed in s44(1)(b), or would be a contempt of court.',
    group: null,
    // Refusals usually name the prohibiting enactment ('Section 44: Official Secrets Act 1989'),
    // but a contempt of court has no enactment to cite, so the citation cannot be required.
    statute: 'optional',
    note: 'Name the enactment, or say that disclosure would be a contempt of court.',
    exemptionClass: 'absolute',
    classException: null,
  },
] as const satisfies readonly UkFoiaExemption[];

export type UkFoiaCode = (typeof UK_FOIA_EXEMPTIONS)[number]['code'];

export const UK_FOIA_CATALOGUE: ExemptionCatalogue<UkFoiaExemption> = {
  id: 'uk-foia',
  name: 'UK Freedom of Information Act 2000',
  citation: 'Part II, sections 21 to 44',
  exemptions: UK_FOIA_EXEMPTIONS,
  groups: UK_FOIA_GROUPS,
  notExemptions: [
    {
      code: 's25',
      label: 'Section 25',
      reason: 'section 25 only makes supplementary provision about the ministerial certificates under sections 23 and 24, and exempts nothing itself.',
      instead: ['s23', 's24'],
    },
  ],
  statuteCode: 's44',
  unusableStatutes: [],
  codeHint: "codes are 's21' to 's44' (there is no s25), with s37, s40 and s43 cited by part, e.g. 's40(2)'",
};
