import { describe, expect, it } from 'vitest';
import { textOfMammothHtml } from '../../../../../../main/core/documents/docx/mammoth-html.js';

describe('textOfMammothHtml', () => {
  it('drops comment marks and the comment list, keeps footnote text without marks and back-links', () => {
    const html = '<p>Ouch<sup><a href="#comment-0" id="comment-ref-0">[MW1]</a></sup>.<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p>' +
      '<ol><li id="footnote-1"><p> A tachyon walks into a bar. <a href="#footnote-ref-1">↑</a></p></li></ol>' +
      '<dl><dt id="comment-0">Comment [MW1]</dt><dd><p>A comment <a href="#comment-ref-0">↑</a></p></dd></dl>';
    expect(textOfMammothHtml(html)).toBe('Ouch.\nA tachyon walks into a bar.');
  });

  it('leaves ordinary superscripts and links alone', () => {
    expect(textOfMammothHtml('<p>E = mc<sup>2</sup>, see <a href="#section-2">section 2</a></p>')).toBe('E = mc2, see section 2');
  });
});
