import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../support/corpus.js';
import { EXEMPTION_CATALOGUE_IDS, isExemptionCatalogueId } from '../../../../shared/exemptions/exemption-catalogue.js';
import { EXEMPTION_CATALOGUES, exemptionsInGroup, findExemption, findExemptionGroup } from '../../../../shared/exemptions/exemption-catalogues.js';
import { UK_FOIA_EXEMPTIONS } from '../../../../shared/exemptions/uk-foia-exemptions.js';
import { US_FOIA_B3_STATUTES } from '../../../../shared/exemptions/us-foia-b3-statutes.js';
import { US_FOIA_EXEMPTIONS } from '../../../../shared/exemptions/us-foia-exemptions.js';

const catalogues = EXEMPTION_CATALOGUE_IDS.map((id) => EXEMPTION_CATALOGUES[id]);

/** '(b)(7)(C)' from 'b7C': the label is the code spelled the way agencies print it. */
function usLabelFromCode(code: string): string {
  return code.replace(/^b(\d)([A-F])?$/, (_match, paragraph: string, subparagraph: string | undefined) =>
    subparagraph === undefined ? `(b)(${paragraph})` : `(b)(${paragraph})(${subparagraph})`,
  );
}

describe('exemption catalogues', () => {
  it('are keyed by their own ids', () => {
    expect(Object.keys(EXEMPTION_CATALOGUES).sort()).toEqual([...EXEMPTION_CATALOGUE_IDS].sort());
    for (const id of EXEMPTION_CATALOGUE_IDS) {
      expect(EXEMPTION_CATALOGUES[id].id).toBe(id);
      expect(isExemptionCatalogueId(id)).toBe(true);
    }
    expect(isExemptionCatalogueId('foisa')).toBe(false);
  });

  it.each(catalogues.map((catalogue) => [catalogue.id, catalogue]))('%s: every code and label is unique, groups and non-exemptions included', (_id, catalogue) => {
    const codes = [...catalogue.exemptions, ...catalogue.groups, ...catalogue.notExemptions].map((entry) => entry.code);
    const labels = [...catalogue.exemptions, ...catalogue.groups, ...catalogue.notExemptions].map((entry) => entry.label);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each(catalogues.map((catalogue) => [catalogue.id, catalogue]))('%s: every entry is complete and refers only to codes that exist', (_id, catalogue) => {
    const groupCodes = catalogue.groups.map((group) => group.code);
    for (const entry of catalogue.exemptions) {
      expect(entry.title.length).toBeGreaterThan(0);
      // One sentence: starts with a capital and ends with the only full stop.
      expect(entry.summary).toMatch(/^[A-Z][\s\S]*\.$/);
      expect(entry.summary.slice(0, -1)).not.toMatch(/\.\s+[A-Z]/);
      if (entry.group !== null) {
        expect(groupCodes).toContain(entry.group);
      }
    }
    for (const group of catalogue.groups) {
      expect(catalogue.exemptions.filter((entry) => entry.group === group.code).length).toBeGreaterThan(1);
    }
    for (const notExemption of catalogue.notExemptions) {
      for (const code of notExemption.instead) {
        expect(findExemption(catalogue.id, code)).not.toBeNull();
      }
    }
    expect(findExemption(catalogue.id, catalogue.statuteCode)?.statute).not.toBe('none');
    expect(catalogue.exemptions.filter((entry) => entry.statute === 'required').map((entry) => entry.code)).toEqual(
      catalogue.id === 'us-foia' ? ['b3'] : [],
    );
  });

  it('finds exemptions and groups by exact code only', () => {
    expect(findExemption('us-foia', 'b6')?.label).toBe('(b)(6)');
    expect(findExemption('us-foia', 'b7C')?.title).toBe('Personal privacy in law enforcement records');
    expect(findExemption('uk-foia', 's40(2)')?.exemptionClass).toBe('absolute');
    expect(findExemption('us-foia', 'B6')).toBeNull();
    expect(findExemption('us-foia', '(b)(6)')).toBeNull();
    expect(findExemption('us-foia', 's40(2)')).toBeNull();
    expect(findExemption('us-foia', 'b7')).toBeNull();
    expect(findExemptionGroup('us-foia', 'b7')?.label).toBe('(b)(7)');
    expect(exemptionsInGroup('us-foia', 'b7').map((entry) => entry.code)).toEqual(['b7A', 'b7B', 'b7C', 'b7D', 'b7E', 'b7F']);
    expect(exemptionsInGroup('uk-foia', 's43').map((entry) => entry.code)).toEqual(['s43(1)', 's43(2)']);
  });

  it('keeps shared/exemptions pure: no Node, Electron, DOM, main/ or renderer/ imports, and no default exports', () => {
    const folder = `${REPO_ROOT}/shared/exemptions`;
    for (const name of readdirSync(folder)) {
      const source = readFileSync(`${folder}/${name}`, 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');
      expect(imports.every((path) => /^\.\/[a-z0-9-]+\.js$/.test(path)), name).toBe(true);
      expect(source, name).not.toMatch(/export default|\b(?:window|document|process)\./);
    }
  });
});

describe('US FOIA catalogue', () => {
  it('has (b)(1) to (b)(9), with (b)(7) only as subparagraphs (A) to (F), in statutory order', () => {
    expect(US_FOIA_EXEMPTIONS.map((entry) => entry.code)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7A', 'b7B', 'b7C', 'b7D', 'b7E', 'b7F', 'b8', 'b9']);
    expect(EXEMPTION_CATALOGUES['us-foia'].groups.map((group) => group.code)).toEqual(['b7']);
  });

  it('prints labels as agencies do, derived from the code', () => {
    for (const entry of US_FOIA_EXEMPTIONS) {
      expect(entry.code).toMatch(/^b\d[A-F]?$/);
      expect(entry.label).toMatch(/^\(b\)\(\d\)(\([A-F]\))?$/);
      expect(entry.label).toBe(usLabelFromCode(entry.code));
    }
  });

  it('applies the foreseeable-harm standard to every exemption but (b)(3)', () => {
    expect(US_FOIA_EXEMPTIONS.filter((entry) => !entry.foreseeableHarmApplies).map((entry) => entry.code)).toEqual(['b3']);
  });

  it('offers (b)(3) statutes with well-formed, distinct citations', () => {
    const citations = US_FOIA_B3_STATUTES.map((statute) => statute.citation);
    expect(new Set(citations).size).toBe(citations.length);
    for (const citation of citations) {
      expect(citation).toMatch(/^(?:\d+ U\.S\.C\. \d+[a-z]?(?:\([a-z0-9]+\))*|Fed\. R\. Crim\. P\. 6\(e\))$/);
    }
    expect(citations).toEqual(
      expect.arrayContaining(['26 U.S.C. 6103', '50 U.S.C. 3024(i)(1)', '50 U.S.C. 3507', 'Fed. R. Crim. P. 6(e)', '35 U.S.C. 122', '41 U.S.C. 4702', '8 U.S.C. 1202(f)']),
    );
    // The one rule, not a statute, says why it is accepted.
    expect(US_FOIA_B3_STATUTES.find((statute) => statute.citation === 'Fed. R. Crim. P. 6(e)')?.note).toMatch(/Pub\. L\. 95-78/);
  });
});

describe('UK FOIA catalogue', () => {
  it('covers every Part II exemption from s21 to s44, omitting s25, which exempts nothing', () => {
    const catalogue = EXEMPTION_CATALOGUES['uk-foia'];
    const sections = new Set(UK_FOIA_EXEMPTIONS.map((entry) => /^s(\d+)/.exec(entry.code)?.[1]));
    const expected = Array.from({ length: 24 }, (_, index) => String(21 + index)).filter((section) => section !== '25');
    expect([...sections].sort()).toEqual(expected);
    expect(UK_FOIA_EXEMPTIONS.map((entry) => entry.code)).toContain('s22A');
    expect(findExemption('uk-foia', 's25')).toBeNull();
    expect(catalogue.notExemptions.map((entry) => entry.code)).toEqual(['s25']);
    expect(catalogue.groups.map((group) => group.code)).toEqual(['s37', 's40', 's43']);
  });

  it('prints labels as "Section N(n)(x)", derived from the code', () => {
    for (const entry of UK_FOIA_EXEMPTIONS) {
      expect(entry.code).toMatch(/^s\d{2}A?(\(\d\))?(\([a-z]{1,2}\))?$/);
      expect(entry.label).toMatch(/^Section \d{2}A?(\(\d\))?(\([a-z]{1,2}\))?$/);
      expect(entry.label).toBe(entry.code.replace(/^s/, 'Section '));
    }
  });

  it('classes exactly the s.2(3) provisions as absolute', () => {
    const absolute = UK_FOIA_EXEMPTIONS.filter((entry) => entry.exemptionClass === 'absolute').map((entry) => entry.code);
    expect(absolute).toEqual(['s21', 's23', 's32', 's34', 's37(1)(a)', 's37(1)(aa)', 's37(1)(ab)', 's40(1)', 's40(2)', 's41', 's44']);
    const qualified = UK_FOIA_EXEMPTIONS.filter((entry) => entry.exemptionClass === 'qualified').map((entry) => entry.code);
    expect(qualified).toEqual([
      's22',
      's22A',
      's24',
      's26',
      's27',
      's28',
      's29',
      's30',
      's31',
      's33',
      's35',
      's36',
      's37(1)(ac)',
      's37(1)(ad)',
      's37(1)(b)',
      's38',
      's39',
      's42',
      's43(1)',
      's43(2)',
    ]);
  });

  it('records where s.2(3) splits a provision between the classes', () => {
    expect(findExemption('uk-foia', 's36')?.classException).toMatch(/House of Commons or the House of Lords/);
    expect(findExemption('uk-foia', 's40(2)')?.classException).toMatch(/second condition.*third/);
    expect(findExemption('uk-foia', 's37(1)(a)')?.classException).toMatch(/Northern Ireland/);
    const split = UK_FOIA_EXEMPTIONS.filter((entry) => entry.classException !== null).map((entry) => entry.code);
    expect(split).toEqual(['s36', 's37(1)(a)', 's37(1)(aa)', 's37(1)(ab)', 's40(2)']);
  });

  it('notes that s36 needs the qualified person and takes a statute only on s44', () => {
    expect(findExemption('uk-foia', 's36')?.note).toMatch(/qualified person/);
    expect(UK_FOIA_EXEMPTIONS.filter((entry) => entry.statute !== 'none').map((entry) => entry.code)).toEqual(['s44']);
  });
});
