import { describe, expect, it } from 'vitest';
import {
  assertCoverLetterTemplate,
  COVER_LETTER_FIELDS,
  DEFAULT_COVER_LETTER,
  exemptionsParagraph,
  fillCoverLetter,
  type CoverLetterValues,
} from '../../../../../main/core/packet/cover-letter.js';
import { expectAppError } from './expect-app-error.js';
import { B3_TAX, B6 } from './packet-fixtures.js';

const values = Object.fromEntries(COVER_LETTER_FIELDS.map((field) => [field, `<${field}>`])) as CoverLetterValues;

describe('cover letter template', () => {
  it('fills every placeholder, with or without spaces inside the braces', () => {
    expect(fillCoverLetter('Dear {{requester}}, re {{ trackingNumber }}: {{pageCount}} pages', values)).toBe('Dear <requester>, re <trackingNumber>: <pageCount> pages');
  });

  it('inserts values once: a value that looks like a placeholder stays as written', () => {
    expect(fillCoverLetter('{{requester}}', { ...values, requester: '{{caseName}}' })).toBe('{{caseName}}');
  });

  it('refuses an unknown placeholder, naming it', () => {
    expectAppError(() => fillCoverLetter('Dear {{requestor}},', values), 'invalid-args', /\{\{requestor\}\}/);
    expectAppError(() => assertCoverLetterTemplate('{{ }}'), 'invalid-args', /\{\{\}\}/);
  });

  it('has a default letter that uses only known placeholders, cites the exemptions and gives the counts', () => {
    expect(() => assertCoverLetterTemplate(DEFAULT_COVER_LETTER)).not.toThrow();
    for (const field of ['exemptions', 'releasedInFull', 'releasedInPart', 'withheldInFull', 'referred', 'batesRange', 'pageCount']) {
      expect(DEFAULT_COVER_LETTER).toContain(`{{${field}}}`);
    }
  });

  it('lists each exemption applied once, with its title, or says none was', () => {
    expect(exemptionsParagraph([B6, B3_TAX, B6])).toBe(
      'Information has been withheld under the following exemptions:\n(b)(6) — Personal privacy\n(b)(3): 26 U.S.C. 6103 — Exempted by another statute',
    );
    expect(exemptionsParagraph([])).toBe('No information has been withheld under any exemption.');
  });
});
