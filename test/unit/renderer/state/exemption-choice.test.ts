import { describe, expect, it } from 'vitest';
import { choiceExemptions, choiceFromSaved, NO_EXEMPTIONS, setStatutes, toggleCode } from '../../../../renderer/state/exemption-choice.js';

describe('exemption choice', () => {
  it('sends one application per ticked code, and one per statute typed beside (b)(3)', () => {
    let choice = toggleCode(NO_EXEMPTIONS, 'b6');
    choice = toggleCode(choice, 'b3');
    choice = setStatutes(choice, 'b3', '26 U.S.C. 6103;  50 U.S.C. 3507 ');
    expect(choiceExemptions(choice, 'us-foia')).toEqual({
      exemptions: [
        { catalogue: 'us-foia', code: 'b6' },
        { catalogue: 'us-foia', code: 'b3', statute: '26 U.S.C. 6103' },
        { catalogue: 'us-foia', code: 'b3', statute: '50 U.S.C. 3507' },
      ],
      problems: [],
    });
  });

  it('names a (b)(3) ticked without a statute', () => {
    const { exemptions, problems } = choiceExemptions(toggleCode(NO_EXEMPTIONS, 'b3'), 'us-foia');
    expect(exemptions).toEqual([]);
    expect(problems.join(' ')).toMatch(/statute/i);
  });

  it('takes s44 with or without its enactment, and unticking drops a code', () => {
    const choice = setStatutes(toggleCode(toggleCode(NO_EXEMPTIONS, 's44'), 's40(2)'), 's44', 'Official Secrets Act 1989');
    expect(choiceExemptions(choice, 'uk-foia').exemptions).toEqual([
      { catalogue: 'uk-foia', code: 's44', statute: 'Official Secrets Act 1989' },
      { catalogue: 'uk-foia', code: 's40(2)' },
    ]);
    expect(choiceExemptions(toggleCode(choice, 's44'), 'uk-foia').exemptions).toEqual([{ catalogue: 'uk-foia', code: 's40(2)' }]);
  });

  it('shows a saved coding as it was sent', () => {
    const saved = [
      { code: 'b3', statute: '26 U.S.C. 6103' },
      { code: 'b3', statute: '50 U.S.C. 3507' },
      { code: 'b5' },
    ];
    const choice = choiceFromSaved(saved);
    expect(choice).toEqual({ codes: ['b3', 'b5'], statutes: { b3: '26 U.S.C. 6103; 50 U.S.C. 3507' } });
    expect(choiceExemptions(choice, 'us-foia').exemptions.map(({ code, statute }) => ({ code, ...(statute ? { statute } : {}) }))).toEqual(saved);
  });
});
