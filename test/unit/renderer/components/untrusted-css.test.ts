import { describe, expect, it } from 'vitest';
import { removeRemoteCss } from '../../../../renderer/components/untrusted-css.js';

const PIXEL = 'http://127.0.0.1:8080/pixel.gif';

function cleaned(css: string): { css: string; blocked: number } {
  return removeRemoteCss(css);
}

describe('remote loads in untrusted CSS', () => {
  it('cuts a declaration with a remote url() from a style attribute and keeps the rest', () => {
    expect(cleaned(`color: red; background: url(${PIXEL}) no-repeat; padding: 4px`)).toEqual({ css: 'color: red; padding: 4px', blocked: 1 });
    expect(cleaned(`background-image:url('${PIXEL}')`)).toEqual({ css: '', blocked: 1 });
    expect(cleaned(`background-image: URL( "//tracker.example/x.gif" ) ;color:blue`)).toEqual({ css: 'color:blue', blocked: 1 });
  });

  it('cuts @import in every form, and url() inside rules of a style sheet', () => {
    const sheet = [
      `@import url(http://t.example/a.css);`,
      `@import "https://t.example/b.css" screen;`,
      `@IMPORT 'c.css';`,
      `body { margin: 0; background: #fff url(${PIXEL}); }`,
      `p { color: #333 }`,
    ].join('\n');
    const result = cleaned(sheet);
    expect(result.blocked).toBe(4);
    expect(result.css).not.toMatch(/import|url|t\.example|pixel/i);
    expect(result.css).toContain('body { margin: 0;');
    expect(result.css).toContain('p { color: #333 }');
  });

  it('reads escapes and comments as a browser does', () => {
    for (const css of [
      `background: u\\72l(${PIXEL})`,
      `background: \\75 rl(${PIXEL})`,
      `background: url(ht\\74p://127.0.0.1:8080/p.gif)`,
      `background: url(  ${PIXEL}  )`,
      // Inside an unquoted url( a comment is part of the URL: a relative one, which would load too.
      `background: url(/**/${PIXEL})`,
      `background: /* a */ url(${PIXEL}) /* b */`,
      `background: url(\n${PIXEL}\n)`,
    ]) {
      expect(cleaned(css), css).toEqual({ css: '', blocked: 1 });
    }
    expect(cleaned(`@\\69mport url(${PIXEL});`)).toEqual({ css: '', blocked: 1 });
    expect(cleaned(`@im/**/port url(${PIXEL}); a{}`).css).not.toContain('url');
  });

  it('does not take a url in a comment or a plain string for a load', () => {
    expect(cleaned(`/* url(${PIXEL}) */ color: red`)).toEqual({ css: `/* url(${PIXEL}) */ color: red`, blocked: 0 });
    expect(cleaned(`a[href="${PIXEL}"] { color: red }`).blocked).toBe(0);
    expect(cleaned(`content: "url(${PIXEL})"`).blocked).toBe(0);
  });

  it('finds URLs given as strings to image-set(), src() and image()', () => {
    for (const css of [
      `background-image: image-set("${PIXEL}" 1x, "${PIXEL}" 2x)`,
      `background-image: -webkit-image-set(url(${PIXEL}) 1x)`,
      `background-image: src("${PIXEL}")`,
      `background-image: image('${PIXEL}')`,
      `cursor: url(${PIXEL}), auto`,
      `list-style: square url("${PIXEL}")`,
    ]) {
      const result = cleaned(css);
      expect(result.css, css).toBe('');
      expect(result.blocked, css).toBeGreaterThan(0);
    }
  });

  it('cuts remote fonts, and url() in nested and at-rule blocks', () => {
    const result = cleaned(`@font-face { font-family: X; src: url(https://fonts.example/x.woff2) format("woff2"); } @media print { .a { background: url(${PIXEL}) } }`);
    expect(result.blocked).toBe(2);
    expect(result.css).toBe('@font-face { font-family: X; } @media print { .a {} }');
  });

  it('keeps data: URLs and drops cid: and fragment ones without counting them', () => {
    const data = 'background: url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)';
    expect(cleaned(data)).toEqual({ css: data, blocked: 0 });
    expect(cleaned(`background: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>")`).blocked).toBe(0);
    expect(cleaned('background: url(cid:bg@x); color: red')).toEqual({ css: ' color: red', blocked: 0 });
    expect(cleaned('fill: url(#gradient)')).toEqual({ css: '', blocked: 0 });
  });

  it('drops a malformed url() (a browser loads nothing from it) without counting it', () => {
    expect(cleaned(`background: url(http://t.example/a"b.gif); color: red`)).toEqual({ css: ' color: red', blocked: 0 });
  });

  it('leaves nothing a second pass would find', () => {
    const sheet = `@import url(${PIXEL}); a { b: url(${PIXEL}); c: d } e { f: image-set("${PIXEL}" 1x) } g{h:u\\rl(${PIXEL})}`;
    const once = cleaned(sheet);
    expect(once.blocked).toBe(4);
    expect(cleaned(once.css)).toEqual({ css: once.css, blocked: 0 });
  });
});
