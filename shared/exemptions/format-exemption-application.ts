/**
 * The text printed for an application: on the redaction box over the withheld passage, and in the
 * exemption column of a Vaughn index. One function for both, so the two never disagree.
 */
import { normaliseStatute } from './exemption-application.js';
import type { ExemptionApplication } from './exemption-application.js';
import { findExemption } from './exemption-catalogues.js';

/**
 * The label as agencies print it, followed by the statute where one was relied on:
 * '(b)(6)', '(b)(3): 26 U.S.C. 6103', 'Section 40(2)', 'Section 44: Official Secrets Act 1989'.
 */
export function formatExemptionApplication(application: ExemptionApplication): string {
  const entry = findExemption(application.catalogue, application.code);
  if (!entry) {
    // Unreachable for a value the compiler accepted, unless stored data outlived its catalogue.
    throw new Error(`No exemption '${application.code}' in the ${application.catalogue} catalogue`);
  }
  const statute = normaliseStatute(application.statute);
  return statute === null ? entry.label : `${entry.label}: ${statute}`;
}
