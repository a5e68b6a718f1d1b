/**
 * Every catalogue the application ships, by id, and lookups into them. Lookups are exact: a code
 * is data, so 'B6' or '(b)(6)' is not 'b6' here; validateExemptionApplication is what turns such
 * slips into a suggestion for the officer.
 */
import type { ExemptionCatalogue, ExemptionCatalogueId, ExemptionGroup } from './exemption-catalogue.js';
import { UK_FOIA_CATALOGUE } from './uk-foia-exemptions.js';
import type { UkFoiaExemption } from './uk-foia-exemptions.js';
import { US_FOIA_CATALOGUE } from './us-foia-exemptions.js';
import type { UsFoiaExemption } from './us-foia-exemptions.js';

/** The entry type of each catalogue, so lookups keep the law-specific fields. */
export type ExemptionByCatalogue = {
  'us-foia': UsFoiaExemption;
  'uk-foia': UkFoiaExemption;
};

export const EXEMPTION_CATALOGUES: { readonly [Id in ExemptionCatalogueId]: ExemptionCatalogue<ExemptionByCatalogue[Id]> } = {
  'us-foia': US_FOIA_CATALOGUE,
  'uk-foia': UK_FOIA_CATALOGUE,
};

/** The citable exemption with exactly this code, or null (also for a group such as 'b7'). */
export function findExemption<Id extends ExemptionCatalogueId>(catalogue: Id, code: string): ExemptionByCatalogue[Id] | null {
  const exemptions: readonly ExemptionByCatalogue[Id][] = EXEMPTION_CATALOGUES[catalogue].exemptions;
  return exemptions.find((exemption) => exemption.code === code) ?? null;
}

/** The group with exactly this code ('b7', 's40'), or null. */
export function findExemptionGroup(catalogue: ExemptionCatalogueId, code: string): ExemptionGroup | null {
  return EXEMPTION_CATALOGUES[catalogue].groups.find((group) => group.code === code) ?? null;
}

/** The citable parts of a group, in the statute's order. */
export function exemptionsInGroup<Id extends ExemptionCatalogueId>(catalogue: Id, groupCode: string): ExemptionByCatalogue[Id][] {
  const exemptions: readonly ExemptionByCatalogue[Id][] = EXEMPTION_CATALOGUES[catalogue].exemptions;
  return exemptions.filter((exemption) => exemption.group === groupCode);
}
