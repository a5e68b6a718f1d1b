/**
 * Exemptions typed as one line, the way officers write them on a redaction: "b6, b7C" or
 * "b3: 26 U.S.C. 6103; b5". Codes are separated by commas, semicolons or spaces; a colon after a
 * code starts the statute it relies on, which runs to the next comma or semicolon (citations
 * contain spaces and periods, never those two). Each item is checked against the catalogue, so a
 * typo or a (b)(3) without its statute is named before anything is saved.
 */
import type { ExemptionCatalogueId } from './exemption-catalogue.js';
import { checkExemptionApplication } from './validate-exemption-application.js';

export type ParsedExemption = { catalogue: ExemptionCatalogueId; code: string; statute?: string };

export type ExemptionListParse = {
  /** The items that passed, in the order typed, each code in the catalogue's spelling. */
  exemptions: ParsedExemption[];
  /** One sentence per item that did not; empty when the whole line is usable. */
  problems: string[];
};

/** Splits `text` into code items, each with the statute after its colon. */
function items(text: string): Array<{ code: string; statute: string | null }> {
  const found: Array<{ code: string; statute: string | null }> = [];
  for (const part of text.split(/[,;]/)) {
    const colon = part.indexOf(':');
    const codes = (colon === -1 ? part : part.slice(0, colon)).split(/\s+/).filter((code) => code !== '');
    const statute = colon === -1 ? null : part.slice(colon + 1).trim();
    codes.forEach((code, index) => found.push({ code, statute: index === codes.length - 1 ? statute : null }));
    if (codes.length === 0 && statute !== null && statute !== '') {
      found.push({ code: '', statute });
    }
  }
  return found;
}

/** Reads a typed exemption list in `catalogue`; duplicates (same code and statute) count once. */
export function parseExemptionList(text: string, catalogue: ExemptionCatalogueId): ExemptionListParse {
  const exemptions: ParsedExemption[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const item of items(text)) {
    const check = checkExemptionApplication({ catalogue, code: item.code, statute: item.statute });
    if (!check.ok) {
      problems.push(check.problems.map((problem) => problem.message).join(' '));
      continue;
    }
    const { code, statute } = check.application;
    const key = `${code}\u0000${statute ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      exemptions.push(statute === undefined ? { catalogue, code } : { catalogue, code, statute });
    }
  }
  return { exemptions, problems };
}

/** The inverse, for putting saved exemptions back into a field: "b3: 26 U.S.C. 6103; b6". */
export function formatExemptionList(exemptions: ReadonlyArray<{ code: string; statute?: string | null }>): string {
  return exemptions.map(({ code, statute }) => (statute ? `${code}: ${statute}` : code)).join('; ');
}
