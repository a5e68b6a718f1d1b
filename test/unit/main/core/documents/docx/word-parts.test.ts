import { describe, expect, it } from 'vitest';
import { trackedChanges, wordComments, wordPartText } from '../../../../../../main/core/documents/docx/word-parts.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('Word parts', () => {
  it('reads a header: runs, tabs and paragraphs, never deleted text', () => {
    const xml = `<w:hdr ${W}><w:p><w:r><w:t>Page</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> 1</w:t></w:r></w:p>` +
      `<w:p><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:t>CONFIDENTIAL</w:t></w:r></w:p></w:hdr>`;
    expect(wordPartText(xml)).toBe('Page\t 1\nCONFIDENTIAL');
  });

  it('reads comments with author, date and paragraphs', () => {
    const xml = `<w:comments ${W}><w:comment w:id="3" w:author="vbiryukova" w:date="2008-01-21T14:33:00Z" w:initials="v">` +
      '<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>First</w:t></w:r></w:p><w:p><w:r><w:t>second line</w:t></w:r></w:p></w:comment>' +
      '<w:comment w:id="4" w:initials="X"><w:p/></w:comment></w:comments>';
    expect(wordComments(xml)).toEqual([{ where: '', author: 'vbiryukova', date: '2008-01-21T14:33:00Z', kind: 'comment', text: 'First\nsecond line' }]);
  });

  it('counts revisions and the deleted characters', () => {
    const xml = `<w:document ${W}><w:body><w:p><w:ins w:id="1"><w:r><w:t>new</w:t></w:r></w:ins>` +
      '<w:del w:id="2"><w:r><w:delText>old text</w:delText></w:r></w:del><w:moveFrom w:id="3"/></w:p></w:body></w:document>';
    expect(trackedChanges(xml)).toEqual({ insertions: 1, deletions: 1, moves: 1, deletedCharacters: 8 });
  });
});
