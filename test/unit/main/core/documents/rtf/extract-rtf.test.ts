import { describe, expect, it } from 'vitest';
import { rtfSideText } from '../../../../../../main/core/documents/rtf/rtf-side-text.js';
import { extractCorpus } from '../corpus-document.js';

describe('RTF documents', () => {
  it('reads the body and the \\info title (decoded through \\ansicpg1252), author and dates', async () => {
    const document = await extractCorpus('rtf/tika/testRTF.rtf');
    expect(document.text).toBe('Test d’indexation Word');
    expect(document.metadata).toMatchObject({
      title: 'Test d’indexation Word', author: 'Bibliotheque', lastModifiedBy: 'Bibliotheque',
      created: '2006-05-18T12:19:00', modified: '2006-05-18T12:19:00', pageCount: 1,
    });
  });

  it('keeps a Word comment, which the body reader skips, with its author', async () => {
    const document = await extractCorpus('rtf/tika/testComment.rtf');
    expect(document.comments).toEqual([{ where: '', author: 'Michael McCandless', date: null, kind: 'comment', text: 'Here is a comment' }]);
    expect(document.text).toBe('Here is some text.\n\nComments:\n[comment, Michael McCandless] Here is a comment');
  });

  it('reads Japanese DBCS text and takes the Unicode title over the ANSI one', async () => {
    const document = await extractCorpus('rtf/tika/testRTFJapanese.rtf');
    expect(document.metadata.title).toBe('ゾルゲと尾崎、淡々と最期');
    expect(document.text).toContain('古書店で処刑記録見つかる');
    // NFKC: the full-width digit and equals sign of the original fold to ASCII.
    expect(document.text).toContain('取り乱すことなく死に臨む2人の姿');
  });

  it('decodes Central European code pages', async () => {
    expect((await extractCorpus('rtf/tika/testRTFWindowsCodepage1250.rtf')).text).toBe('zażółć gęślą jaźń\nZAŻÓŁĆ GĘŚLĄ JAŹŃ');
    expect((await extractCorpus('rtf/tika/testRTFWord2010CzechCharacters.rtf')).text).toMatch(/^Článek týdne\nČást svitku s textem Knihy Izajáš/);
  });

  it('collects \\info fields and comments from hand-written RTF', () => {
    const rtf = new TextEncoder().encode('{\\rtf1\\ansi\\ansicpg1251{\\info{\\title \\\'cf\\\'f0\\\'e8}{\\subject S}{\\creatim\\yr2020\\mo2\\dy3\\hr4\\min5}{\\nofpages7}}' +
      'Body{\\*\\atnid AB}{\\*\\atnauthor Ann}\\chatn{\\*\\annotation{\\*\\atnref 1}{\\*\\atndate 5}Looks \\u8364?fine}}');
    expect(rtfSideText(rtf)).toEqual({
      info: { title: 'При', subject: 'S' }, created: '2020-02-03T04:05:00', modified: null, pageCount: 7,
      comments: [{ author: 'Ann', initials: 'AB', text: 'Looks €fine' }],
    });
  });
});
