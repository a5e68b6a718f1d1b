import { describe, expect, it } from 'vitest';
import { EXEMPTION_CATALOGUE_IDS } from '../../../../shared/exemptions/exemption-catalogue.js';
import type { ExemptionApplicationInput } from '../../../../shared/exemptions/exemption-application.js';
import { EXEMPTION_CATALOGUES } from '../../../../shared/exemptions/exemption-catalogues.js';
import { checkExemptionApplication, validateExemptionApplication } from '../../../../shared/exemptions/validate-exemption-application.js';

/** The one problem an input has; fails when it has none or several. */
function problemWith(input: ExemptionApplicationInput) {
  const problems = validateExemptionApplication(input);
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  if (!problem) {
    throw new Error('no problem');
  }
  return problem;
}

describe('validateExemptionApplication', () => {
  it('accepts every citable code of every catalogue, with a statute where one is required', () => {
    for (const id of EXEMPTION_CATALOGUE_IDS) {
      for (const entry of EXEMPTION_CATALOGUES[id].exemptions) {
        const statute = entry.statute === 'required' ? '26 U.S.C. 6103' : undefined;
        expect(validateExemptionApplication({ catalogue: id, code: entry.code, statute }), entry.code).toEqual([]);
      }
    }
  });

  it('requires (b)(3) to name its statute, and offers the common ones', () => {
    for (const statute of [undefined, null, '', '   ']) {
      const problem = problemWith({ catalogue: 'us-foia', code: 'b3', statute });
      expect(problem).toMatchObject({ kind: 'statute-required', field: 'statute' });
      expect(problem.message).toBe(
        "(b)(3) Exempted by another statute must name the statute that forbids disclosure, for example '26 U.S.C. 6103' (tax returns and return information).",
      );
      expect(problem.suggestions).toEqual(expect.arrayContaining(['26 U.S.C. 6103', '50 U.S.C. 3024(i)(1)', 'Fed. R. Crim. P. 6(e)']));
    }
  });

  it('refuses (b)(7) on its own and suggests its subparagraphs', () => {
    for (const code of ['b7', '(b)(7)', 'B7', 'Exemption 7']) {
      const problem = problemWith({ catalogue: 'us-foia', code });
      expect(problem).toMatchObject({ kind: 'part-required', field: 'code', suggestions: ['b7A', 'b7B', 'b7C', 'b7D', 'b7E', 'b7F'] });
      expect(problem.message).toMatch(/^\(b\)\(7\) cannot be cited on its own: being compiled for law enforcement purposes is only the threshold/);
      expect(problem.message).toContain("'b7C' (Personal privacy in law enforcement records)");
      expect(problem.message).toMatch(/'b7E' \(Law enforcement techniques and procedures\) or 'b7F' \(Life or physical safety\)\.$/);
    }
  });

  it('refuses UK sections cited without the part that decides the test', () => {
    expect(problemWith({ catalogue: 'uk-foia', code: 's40' })).toMatchObject({ kind: 'part-required', suggestions: ['s40(1)', 's40(2)'] });
    expect(problemWith({ catalogue: 'uk-foia', code: 'Section 43' })).toMatchObject({ kind: 'part-required', suggestions: ['s43(1)', 's43(2)'] });
    expect(problemWith({ catalogue: 'uk-foia', code: 's37' }).message).toMatch(/\(a\) to \(ab\) of s37\(1\) are absolute/);
  });

  it('names an unknown code and suggests the nearest one', () => {
    const problem = problemWith({ catalogue: 'us-foia', code: 'b10' });
    expect(problem).toMatchObject({ kind: 'unknown-code', field: 'code', suggestions: ['b1'] });
    expect(problem.message).toBe(
      "'b10' is not a code in the US Freedom of Information Act (5 U.S.C. 552(b)). Did you mean 'b1' ((b)(1) Classified national security information)? In the US Freedom of Information Act (5 U.S.C. 552(b)), codes are 'b1' to 'b9', with (b)(7) cited by subparagraph as 'b7A' to 'b7F'.",
    );
    expect(problemWith({ catalogue: 'us-foia', code: 'b7CC' }).suggestions).toEqual(['b7C']);
    expect(problemWith({ catalogue: 'uk-foia', code: 's4O(2)' }).suggestions).toEqual(['s40(2)', 's43(2)']);
    expect(problemWith({ catalogue: 'uk-foia', code: 's40(3)' }).message).toContain("Did you mean 's40(1)' (Section 40(1) Requester's own personal data) or 's40(2)'");
  });

  it('gives the code for a label or a differently written code', () => {
    const cases: [string, string, string][] = [
      ['us-foia', '(b)(6)', 'b6'],
      ['us-foia', 'B6', 'b6'],
      ['us-foia', '(b)(7)(C)', 'b7C'],
      ['us-foia', 'b7c', 'b7C'],
      ['us-foia', 'Exemption 7(E)', 'b7E'],
      ['us-foia', '5 U.S.C. 552(b)(5)', 'b5'],
      ['uk-foia', 'Section 40(2)', 's40(2)'],
      ['uk-foia', 's.42', 's42'],
      ['uk-foia', 'S22a', 's22A'],
    ];
    for (const [catalogue, code, expected] of cases) {
      const problem = problemWith({ catalogue, code });
      expect(problem, code).toMatchObject({ kind: 'unknown-code', suggestions: [expected] });
    }
    expect(problemWith({ catalogue: 'us-foia', code: '(b)(6)' }).message).toBe("'(b)(6)' is not the code itself: the code for (b)(6) Personal privacy is 'b6'.");
  });

  it('maps every printed label back to its own code', () => {
    for (const id of EXEMPTION_CATALOGUE_IDS) {
      for (const entry of EXEMPTION_CATALOGUES[id].exemptions) {
        expect(problemWith({ catalogue: id, code: entry.label }).suggestions, entry.label).toEqual([entry.code]);
      }
    }
  });

  it('points a finer citation at the entry it falls under', () => {
    const problem = problemWith({ catalogue: 'uk-foia', code: 's36(2)(b)(i)' });
    expect(problem).toMatchObject({ kind: 'unknown-code', suggestions: ['s36'] });
    expect(problem.message).toMatch(/^'s36\(2\)\(b\)\(i\)' is finer than the catalogue goes: cite 's36'/);
    expect(problemWith({ catalogue: 'uk-foia', code: 's40(2)(a)' }).suggestions).toEqual(['s40(2)']);
    expect(problemWith({ catalogue: 'us-foia', code: '(b)(7)(C)(i)' }).suggestions).toEqual(['b7C']);
  });

  it('offers no guess when nothing is close, but says what codes look like', () => {
    const problem = problemWith({ catalogue: 'uk-foia', code: 'privacy' });
    expect(problem).toMatchObject({ kind: 'unknown-code', suggestions: [] });
    expect(problem.message).toBe(
      "'privacy' is not a code in the UK Freedom of Information Act 2000 (Part II, sections 21 to 44). In the UK Freedom of Information Act 2000 (Part II, sections 21 to 44), codes are 's21' to 's44' (there is no s25), with s37, s40 and s43 cited by part, e.g. 's40(2)'.",
    );
    // Every (b)(7) subparagraph is one edit from 'b7G': six guesses would be noise.
    expect(problemWith({ catalogue: 'us-foia', code: 'b7G' }).suggestions).toEqual([]);
    expect(problemWith({ catalogue: 'uk-foia', code: ' ' })).toMatchObject({ kind: 'missing-code', suggestions: [] });
  });

  it('explains that s25 is not an exemption', () => {
    for (const code of ['s25', 'Section 25']) {
      const problem = problemWith({ catalogue: 'uk-foia', code });
      expect(problem).toMatchObject({ kind: 'not-an-exemption', suggestions: ['s23', 's24'] });
      expect(problem.message).toContain('ministerial certificates under sections 23 and 24');
    }
  });

  it('refuses a statute on an exemption that takes none, pointing to the one that does', () => {
    expect(problemWith({ catalogue: 'us-foia', code: 'b5', statute: '26 U.S.C. 6103' })).toEqual({
      kind: 'statute-not-taken',
      field: 'statute',
      message: "(b)(5) Privileged inter- or intra-agency records does not take a statute, but '26 U.S.C. 6103' was given: remove it, or, if that statute is what forbids disclosure, cite (b)(3) with it instead.",
      suggestions: [],
    });
    expect(problemWith({ catalogue: 'uk-foia', code: 's40(2)', statute: 'Data Protection Act 2018' }).message).toMatch(/cite Section 44 with it instead\.$/);
  });

  it('refuses statutes that can never support (b)(3)', () => {
    for (const statute of ['5 U.S.C. 552b', '5 U.S.C. § 552b(c)(9)', 'Government in the Sunshine Act']) {
      const problem = problemWith({ catalogue: 'us-foia', code: 'b3', statute });
      expect(problem, statute).toMatchObject({ kind: 'statute-not-usable', field: 'statute' });
      expect(problem.message).toMatch(/^'.*' cannot support \(b\)\(3\): the Government in the Sunshine Act \(5 U\.S\.C\. 552b\) is excluded from \(b\)\(3\) by its own words\. Name the statute/);
    }
    for (const statute of ['5 U.S.C. 552(b)(3)', '(b)(3)', 'FOIA', '5 USC 552']) {
      expect(problemWith({ catalogue: 'us-foia', code: 'b3', statute }).message, statute).toMatch(/that is FOIA itself/);
    }
    // The Privacy Act is 552a: not caught by the FOIA pattern.
    expect(validateExemptionApplication({ catalogue: 'us-foia', code: 'b3', statute: '5 U.S.C. 552a' })).toEqual([]);
  });

  it('lets s44 name its enactment or not', () => {
    expect(validateExemptionApplication({ catalogue: 'uk-foia', code: 's44' })).toEqual([]);
    expect(validateExemptionApplication({ catalogue: 'uk-foia', code: 's44', statute: 'Official Secrets Act 1989' })).toEqual([]);
  });

  it('names an unknown catalogue and lists the known ones', () => {
    const problem = problemWith({ catalogue: 'foisa', code: 's38' });
    expect(problem).toMatchObject({ kind: 'unknown-catalogue', field: 'catalogue', suggestions: ['us-foia', 'uk-foia'] });
    expect(problem.message).toBe("'foisa' is not an exemption catalogue: choose 'us-foia' (US Freedom of Information Act) or 'uk-foia' (UK Freedom of Information Act 2000).");
    expect(problemWith({ catalogue: 'US FOIA', code: 'b6' }).suggestions).toEqual(['us-foia']);
  });
});

describe('checkExemptionApplication', () => {
  it('returns the application with the statute tidied onto one line, and drops a blank one', () => {
    expect(checkExemptionApplication({ catalogue: 'us-foia', code: 'b3', statute: '  26 U.S.C.\n 6103 ' })).toEqual({
      ok: true,
      application: { catalogue: 'us-foia', code: 'b3', statute: '26 U.S.C. 6103' },
    });
    expect(checkExemptionApplication({ catalogue: 'uk-foia', code: 's44', statute: ' ' })).toEqual({ ok: true, application: { catalogue: 'uk-foia', code: 's44' } });
    expect(checkExemptionApplication({ catalogue: 'us-foia', code: 'b6', statute: '' })).toEqual({ ok: true, application: { catalogue: 'us-foia', code: 'b6' } });
    expect(checkExemptionApplication({ catalogue: 'us-foia', code: 'b7' })).toMatchObject({ ok: false, problems: [{ kind: 'part-required' }] });
  });
});
