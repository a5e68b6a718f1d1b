/**
 * The coding panel's exemption picker as data: the codes ticked and, for a provision that relies
 * on another law ((b)(3), s44), the statutes typed beside it, several separated by semicolons.
 * Pure, so what the officer ticked and what is sent are tested without a DOM.
 */
import type { ExemptionCatalogueId } from '../../shared/exemptions/exemption-catalogue.js';
import { parseExemptionList } from '../../shared/exemptions/parse-exemption-list.js';
import type { ParsedExemption } from '../../shared/exemptions/parse-exemption-list.js';

export type ExemptionChoice = {
  codes: string[];
  /** Statute text per ticked code that takes one; a code absent here has none typed. */
  statutes: Readonly<Record<string, string>>;
};

export const NO_EXEMPTIONS: ExemptionChoice = { codes: [], statutes: {} };

/** The choice a saved coding shows: its codes in order, a code's statutes joined by "; ". */
export function choiceFromSaved(exemptions: ReadonlyArray<{ code: string; statute?: string | null }>): ExemptionChoice {
  const codes: string[] = [];
  const statutes: Record<string, string> = {};
  for (const { code, statute } of exemptions) {
    if (!codes.includes(code)) {
      codes.push(code);
    }
    if (statute) {
      statutes[code] = statutes[code] ? `${statutes[code]}; ${statute}` : statute;
    }
  }
  return { codes, statutes };
}

export function toggleCode(choice: ExemptionChoice, code: string): ExemptionChoice {
  return choice.codes.includes(code) ? { ...choice, codes: choice.codes.filter((c) => c !== code) } : { ...choice, codes: [...choice.codes, code] };
}

export function setStatutes(choice: ExemptionChoice, code: string, text: string): ExemptionChoice {
  return { ...choice, statutes: { ...choice.statutes, [code]: text } };
}

/**
 * The applications to send, one per code and statute, checked against the catalogue: a (b)(3)
 * without its statute is a problem named here, before the backend refuses it.
 */
export function choiceExemptions(choice: ExemptionChoice, catalogue: ExemptionCatalogueId): { exemptions: ParsedExemption[]; problems: string[] } {
  const line = choice.codes
    .flatMap((code) => {
      const statutes = (choice.statutes[code] ?? '')
        .split(';')
        .map((statute) => statute.trim())
        .filter((statute) => statute !== '');
      // The list syntax ends a statute at a comma, so commas inside one are kept out of it.
      return statutes.length === 0 ? [code] : statutes.map((statute) => `${code}: ${statute.replace(/,/g, ' ')}`);
    })
    .join('; ');
  return parseExemptionList(line, catalogue);
}
