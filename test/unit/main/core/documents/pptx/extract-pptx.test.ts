/**
 * PPTX extraction on the corpus presentations. Expected text was checked by unzipping the files
 * and reading ppt/slides/slide1.xml, the notes slides, ppt/comments/comment1.xml,
 * ppt/commentAuthors.xml and docProps. The corpus has one slide per file, so order, hidden slides,
 * speaker-notes bodies and modern threaded comments are checked on a constructed presentation.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../../main/core/documents/extract-document.js';
import { DocumentError } from '../../../../../../main/core/documents/extracted-document.js';
import { buildZip } from '../../../../../support/zip-writer.js';
import { corpusZipEntries, docsBytes, extractCorpus, problemLines, withPart } from '../corpus-document.js';

async function documentError(promise: Promise<unknown>): Promise<DocumentError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

const P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function shape(text: string, placeholder = ''): string {
  const ph = placeholder === '' ? '' : `<p:ph type="${placeholder}"/>`;
  return `<p:sp><p:nvSpPr><p:cNvPr id="2" name="s"/><p:cNvSpPr/><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr/>` +
    `<p:txBody><a:bodyPr/><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sp>`;
}

/**
 * Two slides whose show order is the reverse of their part names, the first hidden, with a notes
 * page and a modern comment thread (constructed: the corpus has no such presentation).
 */
function constructedPresentation(): Uint8Array {
  const rels = (items: string): string => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  return buildZip([
    { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>' },
    { name: '_rels/.rels', data: rels(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="ppt/presentation.xml"/>`) },
    { name: 'ppt/presentation.xml', data: `<p:presentation ${P}><p:sldIdLst><p:sldId id="256" r:id="rId3"/><p:sldId id="257" r:id="rId2"/></p:sldIdLst></p:presentation>` },
    {
      name: 'ppt/_rels/presentation.xml.rels',
      data: rels(`<Relationship Id="rId2" Type="${REL}/slide" Target="slides/slide1.xml"/><Relationship Id="rId3" Type="${REL}/slide" Target="slides/slide2.xml"/>` +
        '<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2018/10/relationships/authors" Target="authors.xml"/>'),
    },
    { name: 'ppt/slides/slide1.xml', data: `<p:sld ${P}><p:cSld><p:spTree>${shape('Staffing plan')}</p:spTree></p:cSld></p:sld>` },
    { name: 'ppt/slides/slide2.xml', data: `<p:sld ${P} show="0"><p:cSld><p:spTree>${shape('Budget overview')}${shape('7', 'sldNum')}</p:spTree></p:cSld></p:sld>` },
    {
      name: 'ppt/slides/_rels/slide2.xml.rels',
      data: rels(`<Relationship Id="rId1" Type="${REL}/notesSlide" Target="../notesSlides/notesSlide1.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2018/10/relationships/comments" Target="../comments/modernComment_1.xml"/>'),
    },
    { name: 'ppt/notesSlides/notesSlide1.xml', data: `<p:notes ${P}><p:cSld><p:spTree>${shape('', 'sldImg')}${shape('Mention the hiring freeze', 'body')}${shape('1', 'sldNum')}</p:spTree></p:cSld></p:notes>` },
    {
      name: 'ppt/comments/modernComment_1.xml',
      data: `<p188:cmLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main">` +
        '<p188:cm id="{C1}" authorId="{A}" created="2023-03-01T10:00:00.000"><p188:replyLst><p188:reply id="{R1}" authorId="{B}" created="2023-03-02T09:30:00Z">' +
        '<p188:txBody><a:bodyPr/><a:p><a:r><a:t>Checked.</a:t></a:r></a:p></p188:txBody></p188:reply></p188:replyLst>' +
        '<p188:txBody><a:bodyPr/><a:p><a:r><a:t>Check these numbers</a:t></a:r></a:p></p188:txBody></p188:cm></p188:cmLst>',
    },
    {
      name: 'ppt/authors.xml',
      data: '<p188:authorLst xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main"><p188:author id="{A}" name="Dana Reyes" initials="DR" userId="d" providerId="None"/>' +
        '<p188:author id="{B}" name="Lee Park" initials="LP" userId="l" providerId="None"/></p188:authorLst>',
    },
  ]);
}

describe('PPTX slides as text', () => {
  it('reads a slide with a table, text boxes, lists, Japanese and Gothic text, and its notes page', async () => {
    const document = await extractCorpus('pptx/tika/testPPT_various.pptx');
    expect(document.format).toBe('pptx');
    expect(document.text.startsWith('Slide 1\nRow 1 Col 1\tRow 1 Col 2\tRow 1 Col 3\nRow 2 Col 1\tRow 2 Col 2\tRow 2 Col 3\nHere is a text box\n')).toBe(true);
    expect(document.text).toContain('Here is a list:\nBullet 1\nBullet 2\nBullet 3\nHere is a numbered list:\nNumber bullet 1\nNumber bullet 2\nNumber bullet 3');
    expect(document.text).toContain('Suddenly some Japanese text:\nゾルゲと尾崎、淡々と最期');
    expect(document.text).toContain('And then some Gothic text:\n𐌲𐌿𐍄𐌹𐍃𐌺');
    // The notes page's footer and header placeholders; its slide image and number are left out.
    expect(document.text.endsWith('Speaker notes:\nThis is the footer text.\nThis is the header text.')).toBe(true);
    expect(document.metadata).toMatchObject({
      title: 'Slide 1', author: 'Michael McCandless', subject: 'Subject is here', keywords: 'Keyword1 Keyword2',
      created: '2011-09-05T13:54:41Z', modified: '2011-09-05T14:25:57Z', pageCount: 1, application: 'Microsoft Office PowerPoint 12.0000',
    });
    expect(document.problems).toEqual([]);
  });

  it('keeps a footer the slide carries, and none of the master\'s prompt text or slide-number fields', async () => {
    const document = await extractCorpus('pptx/tika/testPPT_masterFooter.pptx');
    expect(document.text).toBe('Slide 1\nMaster footer is here');
  });

  it('lists a slide comment with its author, slide and date, outside the slide text', async () => {
    const document = await extractCorpus('pptx/tika/testComment.pptx');
    expect(document.comments).toEqual([{ where: 'slide 1', author: 'Michael McCandless', date: '2011-09-17T08:45:16', kind: 'comment', text: 'Here is a comment' }]);
    expect(document.text).toBe('Slide 1\nHere is some text\n\nComments:\n[slide 1, comment, Michael McCandless] Here is a comment');
    expect(document.metadata.title).toBe('Here is some text');
  });

  it('reads a government slide with an embedded chart, naming the embedded file it does not open', async () => {
    const document = await extractCorpus('pptx/tika/testMSChart-govdocs-428996.pptx');
    expect(document.text).toBe('Slide 1\nThin Film Partnership Subcontract Budgets (out the door);\n2002-2005 Actuals\nSubcontract $$$ out the\ndoor has dropped 36%\nsince 2002.');
    expect(problemLines(document)).toEqual(['1 embedded file is not extracted: oleObject1.bin']);
    expect(document.metadata).toMatchObject({ author: 'Ken Zweibel', lastModifiedBy: 'Allison, Timothy B.', created: '2005-07-27T21:00:55Z', pageCount: 1 });
  });
});

describe('PPTX order, hidden slides, notes and threaded comments (constructed presentation)', () => {
  it('follows the show order, marks hidden slides, reads speaker notes and comment replies with their authors', async () => {
    const document = await extractDocument(constructedPresentation(), { fileName: 'board.pptx', mimeType: '' });
    expect(document?.text.split('\n\nComments:\n')[0]).toBe('Slide 1 (hidden)\nBudget overview\nSpeaker notes:\nMention the hiring freeze\n\nSlide 2\nStaffing plan');
    expect(document?.comments).toEqual([
      { where: 'slide 1', author: 'Dana Reyes', date: '2023-03-01T10:00:00', kind: 'comment', text: 'Check these numbers' },
      { where: 'slide 1', author: 'Lee Park', date: '2023-03-02T09:30:00Z', kind: 'reply', text: 'Checked.' },
    ]);
    expect(document?.metadata.pageCount).toBe(2);
  });

  it('leaves the slides after the text limit unread, saying which', async () => {
    const document = await extractDocument(constructedPresentation(), { fileName: 'board.pptx', mimeType: '' }, { limits: { maxTextChars: 30 } });
    expect(document?.text).not.toContain('Staffing plan');
    expect(problemLines(document!)).toEqual(['slide 2 was not read: the text limit was reached', 'text cut at 30 characters']);
  });

  it('reads slides up to the page limit, still counting them all', async () => {
    const document = await extractDocument(constructedPresentation(), { fileName: 'board.pptx', mimeType: '' }, { limits: { maxPages: 1 } });
    expect(document?.text).not.toContain('Staffing plan');
    expect(document?.metadata.pageCount).toBe(2);
    expect(problemLines(document!)).toEqual(['slides after the first 1 were not read (the presentation has 2)']);
  });
});

describe('PPTX limits and damage', () => {
  it('stops at the text limit and says so', async () => {
    const document = await extractCorpus('pptx/tika/testPPT_various.pptx', { limits: { maxTextChars: 100 } });
    expect(document.text.length).toBeLessThanOrEqual(100);
    expect(document.text).toContain('Row 1 Col 1');
    expect(problemLines(document).join('\n')).toMatch(/slide 1: text after the first 100 characters was not read/);
  });

  it('keeps the text before damage in a slide (constructed from the corpus file)', async () => {
    const entries = withPart(await corpusZipEntries('pptx/tika/testComment.pptx'), 'ppt/slides/slide1.xml', (xml) => xml.replace('</p:txBody></p:sp><p:sp>', '</p:sp><p:sp>'));
    const document = await extractDocument(buildZip(entries), { fileName: 'damaged.pptx', mimeType: '' });
    expect(document?.text).toContain('Here is some text');
    expect(problemLines(document!).join('\n')).toMatch(/^slide 1: ppt\/slides\/slide1\.xml is damaged/);
  });

  it('refuses a part that inflates past the size cap', async () => {
    const error = await documentError(extractCorpus('pptx/tika/testPPT_various.pptx', { limits: { maxPartBytes: 2000 } }));
    expect(error.reason).toBe('too-large');
  });
});

describe('PPTX that cannot be read', () => {
  it('names a password-protected Office file given a .pptx name as encrypted', async () => {
    const error = await documentError(extractDocument(docsBytes('docx/tika/testWORD_protected_passtika.docx'), { fileName: 'protected.pptx', mimeType: '' }));
    expect(error.reason).toBe('encrypted');
  });

  it('refuses a Word document named .pptx', async () => {
    const error = await documentError(extractDocument(docsBytes('docx/tika/testComment.docx'), { fileName: 'renamed.pptx', mimeType: '' }));
    expect(error.reason).toBe('wrong-format');
    expect(error.message).toMatch(/^not a PowerPoint presentation/);
  });
});
