import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../../main/core/text/html-to-text.js';

describe('htmlToText', () => {
  it('keeps the words and line structure, drops markup', () => {
    expect(htmlToText('<p>Hello&nbsp;<b>world</b></p><p>Line&#32;two &amp; more<br>three</p>')).toBe('Hello\u00a0world\nLine two & more\nthree');
  });
  it('drops scripts, styles and comments entirely', () => {
    expect(htmlToText('<style>p{}</style><script>alert(1)</script><!-- x --><p>kept</p>')).toBe('kept');
  });
  it('leaves unknown entities as written rather than guessing', () => {
    expect(htmlToText('a &bogus; b &#x1F600;')).toBe('a &bogus; b 😀');
  });
});

describe('htmlToText layout', () => {
  it('collapses source whitespace outside <pre>, keeps it inside', () => {
    expect(htmlToText('<p>one\n   two</p><pre>a  b\n  c</pre><p>end</p>')).toBe('one two\na  b\n  c\nend');
  });

  it('lays tables out as tab-separated rows, even with paragraphs in the cells', () => {
    expect(htmlToText('<table><tr><td><p>a</p></td><td><p>b</p></td></tr><tr><th>c</th><td>d</td></tr></table>after')).toBe('a\tb\nc\td\nafter');
  });

  it('hides the head (title, styles, Word <xml> islands) and noscript fallbacks', () => {
    expect(htmlToText('<html><head><title>T</title><xml><o:Settings>Clean</o:Settings></xml></head><body><noscript>enable JS</noscript>Body</body></html>')).toBe('Body');
  });

  it('treats text after an unclosed head as the body, as browsers do', () => {
    expect(htmlToText('<head><title>T</title><meta charset="utf-8">Hello <b>there</b>')).toBe('Hello there');
  });

  it('decodes the HTML 4 entities, windows-1252 numeric references, and leaves prototype names alone', () => {
    expect(htmlToText('&Eacute;t&eacute; &frac12; &mdash; &#150; &#x80; &constructor; &toString;')).toBe('Été ½ — – € &constructor; &toString;');
  });

  it('makes blank lines from consecutive <br>, never more than one', () => {
    expect(htmlToText('a<br><br>b<br><br><br><br>c')).toBe('a\n\nb\n\nc');
  });
});
