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
