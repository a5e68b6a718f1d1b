/**
 * Exemptions as a form sends them, checked against the request's catalogue: a US request cites
 * FOIA exemptions, a UK request sections of the FOI Act. Anything wrong is refused with the
 * catalogue's own message (unknown code with a suggestion, (b)(3) without its statute…).
 */
import { AppError } from '../../../shared/errors.js';
import type { ExemptionApplication, ExemptionApplicationInput } from '../../../shared/exemptions/exemption-application.js';
import { checkExemptionApplication } from '../../../shared/exemptions/validate-exemption-application.js';
import type { RequestRegime } from '../../../shared/model/request.js';

export function checkedExemptions(regime: RequestRegime, inputs: readonly ExemptionApplicationInput[]): ExemptionApplication[] {
  const checked: ExemptionApplication[] = [];
  const problems: string[] = [];
  inputs.forEach((input, index) => {
    if (input.catalogue !== regime) {
      problems.push(`exemption ${index + 1} (${input.code}) is from the ${input.catalogue} catalogue, but this request follows ${regime}`);
      return;
    }
    const check = checkExemptionApplication(input);
    if (check.ok) {
      checked.push(check.application);
    } else {
      problems.push(...check.problems.map((problem) => `exemption ${index + 1}: ${problem.message}`));
    }
  });
  if (problems.length > 0) {
    throw new AppError('invalid-args', problems.join('; '), { problems });
  }
  // The same exemption twice says nothing more.
  const seen = new Set<string>();
  return checked.filter((application) => {
    const key = JSON.stringify(application);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
