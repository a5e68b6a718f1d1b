import { describe, expect, it } from 'vitest';
import { parseCellStyleKinds, parseWorkbook } from '../../../../../../main/core/documents/xlsx/workbook-parts.js';

describe('workbook parts', () => {
  it('reads sheets in tab order with their state, and the date system of the workbook itself', () => {
    const xml = '<workbook xmlns:r="r"><workbookPr date1904="1"/><sheets><sheet name="B" sheetId="2" r:id="rId2"/><sheet name="A" sheetId="1" state="hidden" r:id="rId1"/></sheets>' +
      '<extLst><ext><x15:workbookPr xmlns:x15="x" chartTrackingRefBase="1"/></ext></extLst></workbook>';
    expect(parseWorkbook(xml)).toEqual({
      sheets: [{ name: 'B', state: 'visible', relationshipId: 'rId2' }, { name: 'A', state: 'hidden', relationshipId: 'rId1' }],
      date1904: true,
    });
  });

  it('gives each cell style the kind of its number format', () => {
    const xml = '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
      '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/><xf numFmtId="21"/></cellXfs></styleSheet>';
    expect(parseCellStyleKinds(xml)).toEqual(['number', 'date', 'percent', 'time']);
  });
});
