import { describe, expect, it } from 'vitest';
import type { ExemptionApplication } from '../../../../shared/exemptions/exemption-application.js';
import { formatExemptionApplication } from '../../../../shared/exemptions/format-exemption-application.js';
import { checkExemptionApplication } from '../../../../shared/exemptions/validate-exemption-application.js';

describe('formatExemptionApplication', () => {
  it('prints what goes on the redaction box and in the Vaughn index', () => {
    const examples: [ExemptionApplication, string][] = [
      [{ catalogue: 'us-foia', code: 'b6' }, '(b)(6)'],
      [{ catalogue: 'us-foia', code: 'b7C' }, '(b)(7)(C)'],
      [{ catalogue: 'us-foia', code: 'b3', statute: '26 U.S.C. 6103' }, '(b)(3): 26 U.S.C. 6103'],
      [{ catalogue: 'us-foia', code: 'b3', statute: 'Fed. R. Crim. P. 6(e)' }, '(b)(3): Fed. R. Crim. P. 6(e)'],
      [{ catalogue: 'uk-foia', code: 's40(2)' }, 'Section 40(2)'],
      [{ catalogue: 'uk-foia', code: 's22A' }, 'Section 22A'],
      [{ catalogue: 'uk-foia', code: 's37(1)(aa)' }, 'Section 37(1)(aa)'],
      [{ catalogue: 'uk-foia', code: 's44' }, 'Section 44'],
      [{ catalogue: 'uk-foia', code: 's44', statute: 'Official Secrets Act 1989' }, 'Section 44: Official Secrets Act 1989'],
    ];
    for (const [application, printed] of examples) {
      expect(formatExemptionApplication(application)).toBe(printed);
    }
  });

  it('prints a checked application, keeping a statute on one line', () => {
    const check = checkExemptionApplication({ catalogue: 'us-foia', code: 'b3', statute: '50 U.S.C.\n3024(i)(1)' });
    if (!check.ok) {
      throw new Error('expected a valid application');
    }
    expect(formatExemptionApplication(check.application)).toBe('(b)(3): 50 U.S.C. 3024(i)(1)');
    expect(formatExemptionApplication({ catalogue: 'us-foia', code: 'b3', statute: '  8 U.S.C.   1202(f) ' })).toBe('(b)(3): 8 U.S.C. 1202(f)');
  });

  it('is typed so that an incomplete application does not compile', () => {
    // @ts-expect-error -- (b)(3) without its statute is not an application.
    const noStatute: ExemptionApplication = { catalogue: 'us-foia', code: 'b3' };
    // @ts-expect-error -- (b)(6) takes no statute.
    const extraStatute: ExemptionApplication = { catalogue: 'us-foia', code: 'b6', statute: '26 U.S.C. 6103' };
    // @ts-expect-error -- (b)(7) is a group, not a code.
    const group: ExemptionApplication = { catalogue: 'us-foia', code: 'b7' };
    // @ts-expect-error -- a UK code under the US catalogue.
    const wrongLaw: ExemptionApplication = { catalogue: 'us-foia', code: 's40(2)' };
    expect([noStatute, extraStatute, group, wrongLaw]).toHaveLength(4);
  });

  it('refuses a code its catalogue does not have, should stored data outlive a catalogue', () => {
    const stale = { catalogue: 'us-foia', code: 'b10' } as unknown as ExemptionApplication;
    expect(() => formatExemptionApplication(stale)).toThrow("No exemption 'b10' in the us-foia catalogue");
  });
});
