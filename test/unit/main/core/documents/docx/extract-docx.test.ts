/**
 * DOCX extraction on the corpus documents. Expected words were checked by unzipping the files and
 * reading word/document.xml, comments.xml, headers and docProps.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../../main/core/documents/extract-document.js';
import { DocumentError } from '../../../../../../main/core/documents/extracted-document.js';
import { buildZip } from '../../../../../support/zip-writer.js';
import { docsBytes, extractCorpus, problemLines } from '../corpus-document.js';

async function documentError(promise: Promise<unknown>): Promise<DocumentError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

describe('DOCX tracked changes', () => {
  it('shows insertions accepted, keeps deleted text out, and warns that deleted text is still in the file', async () => {
    const document = await extractCorpus('docx/poi/delins.docx');
    expect(document.text).toContain('March 2009: Apache Tika Release');
    expect(document.text).toContain('Lucene Boot Camp - A two day training session, March 23 & 24th');
    // Both come only from <w:delText> runs.
    expect(document.text).not.toContain('Maang Tika');
    expect(document.text).not.toContain('DragonLance');
    expect(problemLines(document)).toEqual([
      'tracked changes: 32 insertions, 4 deletions; the text shows them accepted, and 458 characters of deleted text still in the file are not in it',
    ]);
  });

  it('handles Mac Word revisions the same way', async () => {
    const document = await extractCorpus('docx/poi/58067.docx');
    expect(document.text).toContain('This is a whole paragraph where one word is deleted.');
    expect(document.text).not.toContain('This is another Test.');
    expect(problemLines(document)[0]).toMatch(/^tracked changes: 4 insertions, 3 deletions; .* 26 characters of deleted text/);
  });
});

describe('DOCX comments, notes, headers', () => {
  it('lists a comment with its author and date, outside the body text, and keeps it in the HTML', async () => {
    const document = await extractCorpus('docx/tika/testComment.docx');
    expect(document.text).toBe('Here is some text.\n\nComments:\n[comment, Michael McCandless] Here is a comment');
    expect(document.comments).toEqual([{ where: '', author: 'Michael McCandless', date: expect.stringMatching(/^2011-09-17T/), kind: 'comment', text: 'Here is a comment' }]);
    expect(document.html).toContain('Here is some text<sup><a href="#comment-0" id="comment-ref-0">[MM1]</a></sup>.');
    expect(document.html).toContain('<dt id="comment-0">Comment [MM1]</dt><dd><p>Here is a comment');
  });

  it('keeps several comments in order, and Cyrillic ones', async () => {
    expect((await extractCorpus('mammoth/comments.docx')).comments.map((comment) => comment.text)).toEqual(['A tachyon walks into a bar.', 'Fin.']);
    const cyrillic = await extractCorpus('docx/poi/WordWithAttachments.docx');
    expect(cyrillic.comments.map((comment) => [comment.author, comment.text])).toEqual([
      ['vbiryukova', 'Первое четверостишье'], ['vbiryukova', 'иккинчитўғри'], ['vbiryukova', 'Third'],
    ]);
  });

  it('keeps footnote and endnote text (mammoth\'s raw text would lose it), without reference marks', async () => {
    expect((await extractCorpus('mammoth/footnotes.docx')).text).toBe('Ouch.\nA tachyon walks into a bar.\nFin.');
    expect((await extractCorpus('mammoth/endnotes.docx')).text).toBe('Ouch.\nA tachyon walks into a bar.\nFin.');
  });

  it('adds header and footer text, which mammoth leaves out', async () => {
    const document = await extractCorpus('docx/poi/WordWithAttachments.docx');
    expect(document.text).toContain('Headers and footers:\n');
    expect(document.text).toContain('Страница 1');
  });

  it('lays table rows out as tab-separated lines and keeps text boxes', async () => {
    expect((await extractCorpus('mammoth/tables.docx')).text).toBe('Above\nTop left\tTop right\nBottom left\tBottom right\nBelow');
    expect((await extractCorpus('docx/poi/WordWithAttachments.docx')).text).toContain('Таблица\tСначала\tВсе\tНа\tрусском\nTable\t...\t123\t456\t789');
    expect((await extractCorpus('mammoth/text-box.docx')).text).toBe('Datum plane');
  });

  it('names embedded files that are not extracted', async () => {
    expect(problemLines(await extractCorpus('docx/tika/EmbeddedPDF.docx'))).toEqual(['1 embedded file is not extracted: oleObject1.bin']);
  });
});

describe('DOCX properties and variants', () => {
  it('reads docProps/core.xml and app.xml', async () => {
    const document = await extractCorpus('docx/tika/testWORD_multi_authors.docx');
    expect(document.text).toBe('');
    expect(document.metadata).toMatchObject({
      author: 'Allison, Timothy B.;author2;author3', subject: 'subject', keywords: 'tag', lastModifiedBy: 'Allison, Timothy B.',
      created: '2015-10-07T18:14:00Z', modified: '2015-10-07T18:18:00Z', pageCount: 1, application: 'Microsoft Office Word 15.0000',
    });
    expect((await extractCorpus('docx/poi/WordWithAttachments.docx')).metadata).toMatchObject({ title: 'Русский вариант', subject: 'Тема', keywords: 'к_слово1, к_слово2' });
  });

  it('reads Strict OOXML, a part with a byte-order mark, and a long Russian document', async () => {
    expect((await extractCorpus('mammoth/strict-format.docx')).text).toBe('Test');
    expect((await extractCorpus('mammoth/utf8-bom.docx')).text).toBe('This XML has a byte order mark.');
    const russian = await extractCorpus('docx/poi/bib-chernigovka.netdo.ru_download_docs_17459.docx');
    expect(russian.text).toContain('Календарь знаменательных и памятных дат на 2017 год.');
    expect(russian.html).toContain('<p>');
  });

  it('never fetches an externally linked picture', async () => {
    const document = await extractCorpus('mammoth/external-picture.docx');
    expect(document.html).not.toMatch(/src="[^"]/);
  });
});

describe('DOCX that cannot be read', () => {
  it('names a password-protected DOCX (an OLE2 EncryptedPackage, not a zip)', async () => {
    const error = await documentError(extractCorpus('docx/tika/testWORD_protected_passtika.docx'));
    expect(error.reason).toBe('encrypted');
    expect(error.message).toMatch(/^encrypted: this Word document is password-protected/);
  });

  it('refuses zips that are not Word documents', async () => {
    for (const path of ['mammoth/hello.zip', 'mammoth/empty.zip', 'xlsx/poi/DataTableCities.xlsx']) {
      const error = await documentError(extractDocument(docsBytes(path), { fileName: 'renamed.docx', mimeType: '' }));
      expect(error.reason).toBe('wrong-format');
    }
  });

  it('refuses parts above the size cap before mammoth inflates them', async () => {
    const error = await documentError(extractCorpus('docx/poi/bib-chernigovka.netdo.ru_download_docs_17459.docx', { limits: { maxPartBytes: 100_000 } }));
    expect(error.reason).toBe('too-large');
    expect(error.message).toContain('word/');
  });

  it('refuses a part whose header lies about its size', async () => {
    const documentXml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${'x'.repeat(50_000)}</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
      { name: '_rels/.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: 'word/document.xml', data: documentXml, declaredSize: 100 },
    ]);
    const error = await documentError(extractDocument(bytes, { fileName: 'lying.docx', mimeType: '' }));
    expect(['damaged', 'too-large']).toContain(error.reason);
  });

  it('reads the runs directly when mammoth cannot convert the document (constructed: a footnote part that is missing)', async () => {
    const bytes = buildZip([
      { name: '_rels/.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: 'word/_rels/document.xml.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>' },
      { name: 'word/document.xml', data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:footnoteReference w:id="5"/></w:r><w:r><w:t>Still read</w:t></w:r></w:p></w:body></w:document>' },
    ]);
    const document = await extractDocument(bytes, { fileName: 'odd.docx', mimeType: '' });
    expect(document?.text).toBe('Still read');
    expect(document?.html).toBeNull();
    expect(document?.problems[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/^the document cannot be converted \(.*\); its text was read directly/) });
  });

  it('reads a minimal hand-made DOCX (so the cases above fail for their reason)', async () => {
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
      { name: '_rels/.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: 'word/document.xml', data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hand made</w:t></w:r></w:p></w:body></w:document>' },
    ]);
    expect((await extractDocument(bytes, { fileName: 'made.docx', mimeType: '' }))?.text).toBe('Hand made');
  });
});
