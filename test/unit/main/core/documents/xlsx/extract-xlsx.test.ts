/**
 * XLSX extraction on the corpus workbooks; expected cells were read from the unzipped sheet XML
 * (cached values of formula cells, shared strings, numFmtIds of the cell styles).
 */
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../../../../../../main/core/archive/zip-archive.js';
import { extractDocument } from '../../../../../../main/core/documents/extract-document.js';
import { DocumentError } from '../../../../../../main/core/documents/extracted-document.js';
import { buildZip, type TestZipEntry } from '../../../../../support/zip-writer.js';
import { docsBytes, extractCorpus, problemLines } from '../corpus-document.js';

/** The entries of a corpus workbook, for building a changed copy. */
async function corpusEntries(path: string): Promise<TestZipEntry[]> {
  const zip = await ZipArchive.open({ bytes: docsBytes(path) });
  try {
    const entries: TestZipEntry[] = [];
    for (const entry of zip.entries) {
      if (entry.path !== null && !entry.isDirectory) {
        entries.push({ name: entry.path, data: await zip.read(entry, 10_000_000) });
      }
    }
    return entries;
  } finally {
    zip.close();
  }
}

function withPart(entries: readonly TestZipEntry[], name: string, edit: (xml: string) => string): TestZipEntry[] {
  return entries.map((entry) => (entry.name === name ? { name, data: edit(new TextDecoder().decode(entry.data as Uint8Array)) } : entry));
}

const SHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

/** A one-sheet workbook with the given sheetData, for cell types the corpus lacks in one place (constructed). */
function constructedWorkbook(sheetData: string, sharedStrings: string): Uint8Array {
  return buildZip([
    { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>' },
    { name: '_rels/.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { name: 'xl/workbook.xml', data: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Made" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { name: 'xl/_rels/workbook.xml.rels', data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${SHEET_TYPE}" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>` },
    { name: 'xl/sharedStrings.xml', data: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sharedStrings}</sst>` },
    { name: 'xl/worksheets/sheet1.xml', data: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>` },
  ]);
}

describe('XLSX sheets as text', () => {
  it('writes one block per sheet in tab order, rows as tab-separated cells, € and £ from shared strings, percentages', async () => {
    const document = await extractCorpus('xlsx/poi/AverageTaxRates.xlsx');
    expect(document.format).toBe('xlsx');
    expect(document.text.match(/^Sheet: .*$/gm)).toEqual(['Sheet: Avgtxfull', 'Sheet: Avgtxmod', 'Sheet: Avgselemp']);
    expect(document.text).toContain('€\t£\t1997\t1998\t1999\t2000\t2001\t2002\t2003\t2004\t2005\t2006\t2007');
    // Row 6 of Avgtxfull: 6000, 4726 and rates stored as fractions with a percent format.
    expect(document.text).toContain('6000\t4726\t6.17%\t3.93%\t0%');
    expect(document.metadata).toMatchObject({ lastModifiedBy: 'slevinv', created: '2006-12-05T23:53:56Z', application: 'Microsoft Excel 12.0000' });
  });

  it('shows formula cells by their cached values, without binary noise', async () => {
    const document = await extractCorpus('xlsx/poi/DataTableCities.xlsx');
    expect(document.text).toContain('25.3966666666667\t70.4666666666667\t\t198905700');
    expect(document.text).toContain('Shanghai, China\t31.23\t121.5\t24256800');
  });

  it('shows dates, times and date-times of the Date sheet as ISO, next to the parts they were built from', async () => {
    const document = await extractCorpus('xlsx/sheetjs/formula_stress_test.xlsx');
    expect(document.text).toContain('DATE\t2013-06-09\t2013\t6\t9');
    expect(document.text).toContain('TIME\t06:09:23\t6\t9\t23');
    expect(document.text).toContain('NOW\t2013-05-05 21:06:02');
    expect(document.text).toContain('DATEDIF\t395\t2013-06-09\t2014-07-09\tD');
    expect(document.text).toContain('TODAY\t2013-05-05');
  });

  it('marks hidden sheets and chart sheets, and reads every sheet of a 30-sheet workbook', async () => {
    const calls = await extractCorpus('xlsx/poi/57181.xlsm');
    expect(calls.text).toMatch(/^Sheet: CCSInfo \(hidden\)$/m);
    expect(calls.text).toMatch(/^Sheet: Detailed_graph \(chart\)$/m);
    expect(calls.text).toContain('Aufgliederung der für alle Piloten empfangenen Anrufe');
    const kyc = await extractCorpus('xlsx/tika/CVLKRA-KYC_Download_File_Structure_V3.1.xlsx');
    expect(kyc.text.match(/^Sheet: /gm)).toHaveLength(30);
    expect(kyc.text).toContain('Sheet: Document & EXEMPTED &  PAN COPY');
    expect(kyc.text).toContain('1\tPOS CODE\tVARCHAR\t20\tM\tM\tALL INTERMEDIARIES TO ENTER THEIR OWN POS CODE');
  });

  it('lists cell comments with their cell and author, decoding _x000D_ escapes', async () => {
    const document = await extractCorpus('xlsx/sheetjs/comments_stress_test.xlsx');
    expect(document.comments).toHaveLength(26);
    expect(document.comments).toContainEqual({
      where: 'Sheet3!A1', author: 'Author', date: null, kind: 'comment',
      text: 'If I did this right,\n\nThis comment should be haiku:\n\nfive, seven, and five',
    });
    expect(document.text).not.toContain('_x000D_');
  });
});

describe('XLSX date systems', () => {
  it('reads serials in the 1900 system by default', async () => {
    const document = await extractCorpus('xlsx/tika/testEXCEL_dateFormats.xlsx');
    expect(document.text).toBe('Sheet: Munka1\ndate\n2018-09-20\n1996-08-10');
  });

  it('reads the same serials 1,462 days later when the workbook says date1904 (constructed from the corpus file)', async () => {
    const entries = withPart(await corpusEntries('xlsx/tika/testEXCEL_dateFormats.xlsx'), 'xl/workbook.xml', (xml) => xml.replace('<workbookPr ', '<workbookPr date1904="1" '));
    const document = await extractDocument(buildZip(entries), { fileName: 'dates-1904.xlsx', mimeType: '' });
    expect(document?.text).toBe('Sheet: Munka1\ndate\n2022-09-21\n2000-08-11');
  });
});

describe('XLSX cell types (constructed workbook)', () => {
  it('reads inline and rich strings, booleans, errors, formula strings, escapes, and skips phonetic guides', async () => {
    const bytes = constructedWorkbook(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>inline</t></is></c><c r="B1" t="s"><v>0</v></c><c r="D1" t="b"><v>1</v></c></row>' +
      '<row r="3"><c r="A3" t="e"><v>#DIV/0!</v></c><c r="B3" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="C3" t="s"><v>1</v></c></row>' +
      '<row r="4"><c r="A4"/></row>',
      '<si><r><t>rich</t></r><r><rPr><b/></rPr><t xml:space="preserve"> text</t></r></si><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
    );
    const document = await extractDocument(bytes, { fileName: 'made.xlsx', mimeType: '' });
    expect(document?.text).toBe('Sheet: Made\ninline\trich text\t\tTRUE\n#DIV/0!\tab\t東京');
  });

  it('stops at the cell limit and says so', async () => {
    const document = await extractCorpus('xlsx/tika/CVLKRA-KYC_Download_File_Structure_V3.1.xlsx', { limits: { maxCells: 50 } });
    expect(problemLines(document).join('\n')).toMatch(/cells after the first 50 were not read/);
    expect(problemLines(document).join('\n')).toMatch(/not read: the text or cell limit was reached/);
    expect(document.text.length).toBeLessThan(10_000);
  });
});

describe('XLSX that cannot be read', () => {
  it('names a password-protected workbook', async () => {
    const error = await extractCorpus('xlsx/tika/testEXCEL_protected_passtika.xlsx').catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).reason).toBe('encrypted');
  });

  it('refuses a Word document named .xlsx', async () => {
    const error = await extractDocument(docsBytes('docx/tika/testComment.docx'), { fileName: 'renamed.xlsx', mimeType: '' }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).message).toMatch(/^not an Excel workbook/);
  });

  it('keeps the rows before damage in a sheet', async () => {
    const bytes = constructedWorkbook('<row r="1"><c r="A1" t="inlineStr"><is><t>kept</t></is></c></row><row r="2"><c r="A2"><v>1</v></row>', '');
    const document = await extractDocument(bytes, { fileName: 'damaged.xlsx', mimeType: '' });
    expect(document?.text).toBe('Sheet: Made\nkept');
    expect(problemLines(document!).join('\n')).toMatch(/^Made: the sheet is damaged/);
  });
});
