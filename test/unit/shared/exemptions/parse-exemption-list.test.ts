import { describe, expect, it } from 'vitest';
import { formatExemptionList, parseExemptionList } from '../../../../shared/exemptions/parse-exemption-list.js';

describe('parseExemptionList', () => {
  it('reads codes separated by commas, semicolons or spaces', () => {
    expect(parseExemptionList('b5, b6;b7C  b7E', 'us-foia')).toEqual({
      exemptions: ['b5', 'b6', 'b7C', 'b7E'].map((code) => ({ catalogue: 'us-foia', code })),
      problems: [],
    });
  });

  it('reads the statute after a colon, up to the next comma or semicolon', () => {
    const parsed = parseExemptionList('b6 b3: 26 U.S.C. 6103; b3: 50 U.S.C. 3024(i)(1), b5', 'us-foia');
    expect(parsed.problems).toEqual([]);
    expect(parsed.exemptions).toEqual([
      { catalogue: 'us-foia', code: 'b6' },
      { catalogue: 'us-foia', code: 'b3', statute: '26 U.S.C. 6103' },
      { catalogue: 'us-foia', code: 'b3', statute: '50 U.S.C. 3024(i)(1)' },
      { catalogue: 'us-foia', code: 'b5' },
    ]);
  });

  it('names a (b)(3) without its statute, an unknown code and a statute with no code, and keeps the rest', () => {
    const parsed = parseExemptionList('b3, b6, b11, : 26 U.S.C. 6103', 'us-foia');
    expect(parsed.exemptions).toEqual([{ catalogue: 'us-foia', code: 'b6' }]);
    expect(parsed.problems).toHaveLength(3);
    expect(parsed.problems[0]).toMatch(/statute/i);
    expect(parsed.problems[1]).toMatch(/b11/);
    expect(parsed.problems[2]).toMatch(/no exemption code/i);
  });

  it('refuses a statute on an exemption that takes none', () => {
    const parsed = parseExemptionList('b6: 5 U.S.C. 552a', 'us-foia');
    expect(parsed.exemptions).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
  });

  it('reads UK sections and counts a repeated code once', () => {
    expect(parseExemptionList('s40(2), s40(2); s43(2)', 'uk-foia').exemptions).toEqual([
      { catalogue: 'uk-foia', code: 's40(2)' },
      { catalogue: 'uk-foia', code: 's43(2)' },
    ]);
  });

  it('gives nothing and no problem for a blank line', () => {
    expect(parseExemptionList('  , ; ', 'us-foia')).toEqual({ exemptions: [], problems: [] });
  });

  it('formats saved exemptions so that parsing them gives them back', () => {
    const saved = [
      { catalogue: 'us-foia' as const, code: 'b3', statute: '26 U.S.C. 6103' },
      { catalogue: 'us-foia' as const, code: 'b7C' },
    ];
    const text = formatExemptionList(saved);
    expect(text).toBe('b3: 26 U.S.C. 6103; b7C');
    expect(parseExemptionList(text, 'us-foia').exemptions).toEqual(saved);
  });
});
