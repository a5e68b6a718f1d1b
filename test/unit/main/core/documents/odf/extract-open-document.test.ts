/**
 * OpenDocument extraction on the corpus files. Expected text was checked by unzipping them and
 * reading content.xml, styles.xml, meta.xml and META-INF/manifest.xml. The corpus has no ODP, so
 * presentations are checked on a constructed one; comments on cells, hidden sheets and hostile
 * markup are checked on changed copies of corpus files, each marked "constructed".
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../../main/core/documents/extract-document.js';
import { DocumentError, type ExtractedDocument } from '../../../../../../main/core/documents/extracted-document.js';
import { buildZip } from '../../../../../support/zip-writer.js';
import { corpusZipEntries, docsBytes, extractCorpus, problemLines, withPart } from '../corpus-document.js';

async function documentError(promise: Promise<unknown>): Promise<DocumentError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

async function extractBytes(bytes: Uint8Array, fileName: string, limits = {}): Promise<ExtractedDocument> {
  const document = await extractDocument(bytes, { fileName, mimeType: '' }, { limits });
  if (document === null) {
    throw new Error(`${fileName} was not recognised`);
  }
  return document;
}

const NAMESPACES = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:officeooo="http://openoffice.org/2009/office" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"';

/** A two-slide presentation with a list, speaker notes, a slide comment and a footer (constructed: the corpus has no ODP). */
function constructedPresentation(): Uint8Array {
  const frame = (body: string): string => `<draw:frame><draw:text-box>${body}</draw:text-box></draw:frame>`;
  return buildZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.presentation', deflate: false },
    {
      name: 'META-INF/manifest.xml',
      data: '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.presentation"/>' +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    },
    {
      name: 'content.xml',
      data: `<office:document-content ${NAMESPACES}><office:body><office:presentation>` +
        '<presentation:footer-decl presentation:name="ftr1">City Clerk – internal</presentation:footer-decl>' +
        `<draw:page draw:name="page1">${frame('<text:p>Records retention</text:p>')}` +
        `${frame('<text:list><text:list-item><text:p>Email: 3 years</text:p></text:list-item><text:list-item><text:p>Chat: 1 year</text:p></text:list-item></text:list>')}` +
        `<presentation:notes><draw:page-thumbnail/>${frame('<text:p>Ask legal about Teams</text:p>')}</presentation:notes></draw:page>` +
        `<draw:page draw:name="page2">${frame('<text:p>Questions</text:p>')}` +
        '<officeooo:annotation><dc:creator>Sam Ortiz</dc:creator><dc:date>2024-05-06T08:15:00</dc:date><text:p>Add contact details</text:p></officeooo:annotation></draw:page>' +
        '</office:presentation></office:body></office:document-content>',
    },
    { name: 'meta.xml', data: `<office:document-meta ${NAMESPACES}><office:meta><dc:title>Retention briefing</dc:title><meta:initial-creator>Sam Ortiz</meta:initial-creator></office:meta></office:document-meta>` },
  ]);
}

describe('ODT text', () => {
  it('reads headings, paragraphs, lists, frames and a bibliography; footnotes after the body; comments apart with their author', async () => {
    const document = await extractCorpus('odt/tika/testODFwithOOo3.odt');
    expect(document.format).toBe('odt');
    expect(document.text.startsWith('Apache Tika Test Document\nThis is a rather difficult test document, with interesting features.\nA rectangle\n')).toBe(true);
    expect(document.text).toContain('Reference to the title: Apache Tika Test Document\nFirst item\nSecond item\nThird item\nLucene website\nBibliography\nSolr: Various, Solr website, 2009, http://lucene.apache.org/solr');
    expect(document.text).toContain('Notes:\n[1] This is of course a simple footnote');
    // The rectangle's description, the bibliography templates and the deleted word are not text.
    expect(document.text).not.toContain('blue background');
    expect(document.text).not.toContain('complex');
    expect(document.comments).toEqual([{ where: '', author: 'Bart Hanssens', date: '2009-10-05T19:10:26', kind: 'comment', text: 'Tika is part of the Lucene project.' }]);
  });

  it('reads an embedded spreadsheet, names the formula it does not read, and counts tracked changes', async () => {
    const document = await extractCorpus('odt/tika/testODFwithOOo3.odt');
    expect(document.text).toContain('Embedded object Object 1:\nSheet: Sheet1\nNumber\tName\n1\tone embedded\n2\ttwo embedded\n3\tthree embedded');
    expect(problemLines(document)).toEqual([
      '1 embedded object is not extracted: Object 2 (formula)',
      'tracked changes: 2 insertions, 1 deletion; the text shows them accepted, and 7 characters of deleted text still in the file are not in it',
    ]);
  });

  it('takes the properties from meta.xml', async () => {
    const document = await extractCorpus('odt/tika/testODFwithOOo3.odt');
    expect(document.metadata).toMatchObject({
      title: 'Apache Tika', author: 'Bart Hanssens', subject: 'Test document', keywords: 'Apache, Lucene, Tika', lastModifiedBy: 'Bart Hanssens',
      created: '2009-10-05T19:04:01', modified: '2009-10-05T21:22:38', pageCount: 2,
      application: 'OpenOffice.org/3.1$Unix OpenOffice.org_project/310m19$Build-9420',
    });
  });

  it('reads footers from styles.xml and drops the empty paragraphs between pages', async () => {
    const document = await extractCorpus('odt/tika/testFooter.odt');
    expect(document.text).toBe('Here is some text...\nHere is some text on page 2\n\nHeaders and footers:\nHere is footer text');
    expect(document.metadata).toMatchObject({ author: 'Michael McCandless', pageCount: 2 });
  });

  it('lists what was typed into form controls as form fields', async () => {
    const document = await extractCorpus('odt/pypdf-samples/libreoffice-form.odt');
    expect(document.fields).toEqual([{ name: 'First Name', value: 'Alice', where: '' }, { name: 'First Name', value: 'Bob', where: '' }]);
    expect(document.text).toBe('Example for a Form\nGender:\nNationality:\n\nForm fields:\nFirst Name: Alice\nFirst Name: Bob');
  });

  it('reads a plain LibreOffice document with fractional-second dates', async () => {
    const document = await extractCorpus('odt/pypdf-samples/trivial-libre-office-writer.odt');
    expect(document.text.startsWith('Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor')).toBe(true);
    expect(document.metadata).toMatchObject({ created: '2022-04-03T19:29:38', modified: '2022-04-03T19:30:31', pageCount: 1 });
  });
});

describe('ODS sheets', () => {
  it('writes rows as tab-separated displayed values, expanding repeated cells that hold a value', async () => {
    const document = await extractCorpus('ods/tika/test-columnar.ods');
    expect(document.format).toBe('ods');
    const lines = document.text.split('\n');
    expect(lines[0]).toBe('Sheet: testing');
    expect(lines[1]).toBe('Record Number\tSquare of the Record Number\tDescription of the Row\tPercent Done\tPercent Increment\tdate\tdatetime\ttime');
    // "This is row <text:s text:c="11"/>2 of <text:s text:c="10"/>10": the typed spaces are kept.
    const description = (row: number): string => `This is row${' '.repeat(12)}${row} of${' '.repeat(11)}10`;
    // The first row stores "0" once, with number-columns-repeated="2"; its fifth cell is empty.
    expect(lines[2]).toBe(`0\t0\t${description(0)}\t0%\t\t01-01-1960\t01Jan60:00:00:01\t00:00`);
    expect(lines[4]).toBe(`2\t4\t${description(2)}\t20%\t50.0%\t17-01-1960\t01Jan60:00:01:40\t00:00`);
    expect(lines).toHaveLength(13);
    expect(document.metadata).toMatchObject({ author: 'henry feldman', lastModifiedBy: 'Nick Burch', created: '2011-02-11T15:45:55', pageCount: null });
  });

  it('skips a million repeated empty rows by arithmetic', async () => {
    const document = await extractCorpus('ods/sheetjs/sushi.ods');
    expect(document.text).toBe('Sheet: Sheet1\n🍣');
    expect(document.metadata).toMatchObject({ author: 'God', lastModifiedBy: 'god', created: '2014-06-14T07:42:46Z' });
  });

  it('reads every sheet of a workbook in tab order', async () => {
    const document = await extractCorpus('ods/sheetjs/formula_stress_test.ods');
    expect(document.text.match(/^Sheet: .*$/gm)).toEqual(['Database', 'Date', 'Engineering', 'Finance', 'Information', 'Logical', 'Lookup', 'Math', 'Statistical', 'Text'].map((name) => `Sheet: ${name}`));
    expect(document.text).toContain('DATEDIF\t395\t6/9/2013\t7/9/2014\tD');
  });

  it('stops at the cell limit and says so', async () => {
    const document = await extractCorpus('ods/sheetjs/formula_stress_test.ods', { limits: { maxCells: 50 } });
    expect(problemLines(document)).toContain('cells after the first 50 were not read');
    expect(document.text.length).toBeLessThan(2000);
  });

  it('keeps a cell comment at its cell and marks a hidden sheet (constructed from the corpus file)', async () => {
    const entries = withPart(await corpusZipEntries('ods/sheetjs/sushi.ods'), 'content.xml', (xml) => xml
      .replace('table:display="true"', 'table:display="false"')
      .replace('<text:p>🍣</text:p>', '<office:annotation><dc:creator>Chef</dc:creator><dc:date>2014-06-14T08:00:00</dc:date><text:p>fresh today</text:p></office:annotation><text:p>🍣</text:p>'));
    const document = await extractBytes(buildZip(entries), 'sushi.ods');
    expect(document.text.split('\n\n')[0]).toBe('Sheet: Sheet1 (hidden)\n🍣');
    expect(document.comments).toEqual([{ where: 'Sheet1!A1', author: 'Chef', date: '2014-06-14T08:00:00', kind: 'comment', text: 'fresh today' }]);
  });
});

describe('ODP slides (constructed presentation)', () => {
  it('reads each slide with its speaker notes, slide comments, the footer, and counts slides', async () => {
    const bytes = constructedPresentation();
    const document = await extractBytes(bytes, 'briefing.odp');
    expect(document.format).toBe('odp');
    expect(document.text.split('\n\nComments:\n')[0]).toBe(
      'Slide 1\nRecords retention\nEmail: 3 years\nChat: 1 year\nSpeaker notes:\nAsk legal about Teams\n\nSlide 2\nQuestions\n\nHeaders and footers:\nCity Clerk – internal',
    );
    expect(document.comments).toEqual([{ where: 'slide 2', author: 'Sam Ortiz', date: '2024-05-06T08:15:00', kind: 'comment', text: 'Add contact details' }]);
    expect(document.metadata).toMatchObject({ title: 'Retention briefing', author: 'Sam Ortiz', pageCount: 2 });
    // The package names its own type: no file name is needed.
    expect((await extractBytes(bytes, 'attachment')).format).toBe('odp');
  });

  it('reads slides up to the page limit, still counting them all', async () => {
    const document = await extractBytes(constructedPresentation(), 'briefing.odp', { maxPages: 1 });
    expect(document.text).not.toContain('Questions');
    expect(document.comments).toEqual([]);
    expect(document.metadata.pageCount).toBe(2);
    expect(problemLines(document)).toEqual(['slides after the first 1 were not read (the presentation has 2)']);
  });
});

describe('OpenDocument that cannot be read', () => {
  it('refuses an encrypted package instead of reading ciphertext', async () => {
    const error = await documentError(extractCorpus('odt/tika/testODTEncrypted.odt'));
    expect(error.reason).toBe('encrypted');
    expect(error.message).toMatch(/^encrypted: this OpenDocument text is password-protected/);
  });

  it('reads a package by the type it declares, not the name it has', async () => {
    expect((await extractBytes(docsBytes('ods/tika/test-columnar.ods'), 'renamed.odt')).format).toBe('ods');
    const graphics = withPart(await corpusZipEntries('odt/tika/testFooter.odt'), 'mimetype', () => 'application/vnd.oasis.opendocument.graphics');
    const error = await documentError(extractBytes(buildZip(graphics), 'drawing.odt'));
    expect(error.message).toBe('not an OpenDocument text: the package says it is application/vnd.oasis.opendocument.graphics');
  });

  it('refuses a Word document named .odt', async () => {
    const error = await documentError(extractBytes(docsBytes('docx/tika/testComment.docx'), 'renamed.odt'));
    expect(error.reason).toBe('wrong-format');
    expect(error.message).toBe('not an OpenDocument text: the package has no content.xml');
  });

  it('keeps the text before damage (constructed from the corpus file)', async () => {
    const entries = withPart(await corpusZipEntries('odt/tika/testFooter.odt'), 'content.xml', (xml) => xml.slice(0, xml.indexOf('on page 2</text:p>') + 18));
    const document = await extractBytes(buildZip(entries), 'cut.odt');
    expect(document.text.startsWith('Here is some text...\nHere is some text on page 2')).toBe(true);
    expect(problemLines(document)[0]).toMatch(/^content\.xml: the document is damaged; text after the damage was not read/);
  });

  it('refuses a part that inflates past the size cap', async () => {
    const error = await documentError(extractCorpus('odt/tika/testODFwithOOo3.odt', { limits: { maxPartBytes: 20_000 } }));
    expect(error.reason).toBe('too-large');
  });
});

describe('hostile OpenDocument markup (constructed)', () => {
  it('stops a repeated-cell bomb at the default cell budget', async () => {
    const entries = withPart(await corpusZipEntries('ods/sheetjs/sushi.ods'), 'content.xml', (xml) => xml.replace(
      '<table:table-cell table:number-columns-repeated="16384"/>',
      '<table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell>',
    ));
    const document = await extractBytes(buildZip(entries), 'bomb.ods');
    expect(problemLines(document)).toContain('cells after the first 2000000 were not read');
    expect(document.text.length).toBeLessThan(5_000_000);
  });

  it('bounds absurd space counts, deep nesting of notes and annotations, and the text limit', async () => {
    const depth = 50_000;
    const content = `<office:document-content ${NAMESPACES}><office:body><office:text><text:p>start<text:s text:c="1000000000"/>end</text:p>` +
      `<text:p>${'<text:note><text:note-body><text:p>'.repeat(depth)}deep${'</text:p></text:note-body></text:note>'.repeat(depth)}</text:p>` +
      `<text:p>${'long '.repeat(10_000)}</text:p></office:text></office:body></office:document-content>`;
    const bytes = buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', deflate: false }, { name: 'content.xml', data: content }]);
    const document = await extractBytes(bytes, 'hostile.odt', { maxTextChars: 5_000 });
    expect(document.text.startsWith(`start${' '.repeat(64)}end`)).toBe(true);
    expect(document.text.length).toBeLessThanOrEqual(5_000);
    expect(problemLines(document)).toContain('text after the first 5000 characters was not read');
  });
});
