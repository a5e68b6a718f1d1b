import { describe, expect, it } from 'vitest';
import { loadFileDocuments } from '../../../../../main/core/packet/load-files.js';
import { concordanceDat, datValue } from '../../../../../main/core/packet/load-files-dat.js';
import { loadFileScenario } from './load-files-fixtures.js';

/** The field delimiter, ASCII 20: invisible, so spelled out. */
const D = '\u0014';

// Checked by hand against Concordance's defaults: þ around every value, ASCII 20 between them,
// CR LF after every line including the last, and a UTF-8 byte-order mark first.
const GOLDEN = [
  `\uFEFFþBEGBATESþ${D}þENDBATESþ${D}þBEGATTACHþ${D}þENDATTACHþ${D}þPAGECOUNTþ${D}þCUSTODIANþ${D}þDATESENTþ${D}þFROMþ${D}þTOþ${D}þCCþ${D}þSUBJECTþ${D}þFILENAMEþ${D}þFILEPATHþ${D}þRECORDIDþ${D}þDECISIONþ${D}þEXEMPTIONSþ${D}þSHA256þ`,
  `þABC000001þ${D}þABC000001þ${D}þþ${D}þþ${D}þ1þ${D}þþ${D}þþ${D}þþ${D}þþ${D}þþ${D}þCover letterþ${D}þþ${D}þABC000001-ABC000001.pdfþ${D}þþ${D}þþ${D}þþ${D}þþ`,
  `þABC000002þ${D}þABC000002þ${D}þþ${D}þþ${D}þ1þ${D}þþ${D}þþ${D}þþ${D}þþ${D}þþ${D}þIndex of recordsþ${D}þþ${D}þABC000002-ABC000002.pdfþ${D}þþ${D}þþ${D}þþ${D}þþ`,
  `þABC000003þ${D}þABC000004þ${D}þABC000003þ${D}þABC000005þ${D}þ2þ${D}þDana Clerkþ${D}þ20240305þ${D}þDana Clerk <dana@city.example>þ${D}þSam Planner <sam@city.example>, [redacted (b)(6)]þ${D}þþ${D}þRoad budgetþ${D}þþ${D}þABC000003-ABC000004.pdfþ${D}þr-mailþ${D}þReleased in partþ${D}þ(b)(6)þ${D}þ${'1'.repeat(64)}þ`,
  `þABC000005þ${D}þABC000005þ${D}þABC000003þ${D}þABC000005þ${D}þ1þ${D}þSam Plannerþ${D}þ20240305þ${D}þDana Clerk <dana@city.example>þ${D}þSam Planner <sam@city.example>þ${D}þþ${D}þbudget.xlsxþ${D}þbudget.xlsxþ${D}þABC000005-ABC000005.pdfþ${D}þr-attþ${D}þReleased in fullþ${D}þþ${D}þ${'2'.repeat(64)}þ`,
  `þABC000006þ${D}þABC000007þ${D}þþ${D}þþ${D}þ2þ${D}þDana Clerkþ${D}þ20240306þ${D}þÓlafur Þórssonþ${D}þþ${D}þþ${D}þCrew chat with thþ${D}þþ${D}þABC000006-ABC000007.pdfþ${D}þm-1; m-2þ${D}þReleased in fullþ${D}þþ${D}þ${'3'.repeat(64)}þ`,
  `þABC000008þ${D}þABC000008þ${D}þþ${D}þþ${D}þ1þ${D}þDana Clerkþ${D}þþ${D}þþ${D}þþ${D}þþ${D}þ[title withheld]þ${D}þþ${D}þABC000008-ABC000008.pdfþ${D}þr-heldþ${D}þWithheld (slip sheet)þ${D}þ(b)(5); (b)(6)þ${D}þ${'4'.repeat(64)}þ`,
  `þABC000009þ${D}þABC000009þ${D}þþ${D}þþ${D}þ1þ${D}þþ${D}þþ${D}þþ${D}þþ${D}þþ${D}þWithholding index (Vaughn index)þ${D}þþ${D}þABC000009-ABC000009.pdfþ${D}þþ${D}þþ${D}þþ${D}þþ`,
  '',
].join('\r\n');

describe('concordanceDat', () => {
  const { input, plan, parts } = loadFileScenario();
  const dat = concordanceDat(loadFileDocuments(input, parts, plan.entries));

  it('matches the golden DAT', () => {
    expect(dat).toBe(GOLDEN);
  });

  it('is UTF-8 with a byte-order mark, þ as two bytes', () => {
    const bytes = new TextEncoder().encode(dat);
    expect([...bytes.subarray(0, 5)]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xbe]);
  });

  it('never shows the redacted recipient', () => {
    expect(dat).not.toContain('Jane');
  });
});

describe('datValue', () => {
  it('keeps delimiters out of values: þ, ®, ASCII 20, line breaks and control characters', () => {
    expect(datValue('Þór þing® a\u0014b\r\nc\nd\te')).toBe('Þór thing(R) a b®c®d e');
  });
});
