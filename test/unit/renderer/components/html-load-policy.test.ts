import { describe, expect, it } from 'vitest';
import { attributeVerdict, elementVerdict, forbiddenTags, inlineImagePlaceholder, linkTitle } from '../../../../renderer/components/html-load-policy.js';
import type { ElementInput } from '../../../../renderer/components/html-load-policy.js';

const PIXEL = 'http://127.0.0.1:8080/pixel.gif?id=1';

function element(tag: string, attributes: Record<string, string> = {}, text = ''): ElementInput {
  return { tag, attribute: (name) => attributes[name] ?? null, text };
}

describe('what the sanitiser does with each element', () => {
  it('removes scripts, frames, plugins and forms, counting each as active content', () => {
    for (const tag of ['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'form']) {
      expect(elementVerdict(element(tag, { src: PIXEL }), true), tag).toEqual({ action: 'remove', blocked: { active: 1 } });
      expect(forbiddenTags(true), tag).toContain(tag);
    }
    // Form controls go with their form, uncounted; so does a frameset, counted by its frames.
    for (const tag of ['input', 'button', 'select', 'textarea', 'frameset']) {
      expect(elementVerdict(element(tag), true), tag).toEqual({ action: 'remove', blocked: {} });
    }
  });

  it('removes every <meta>, counting only a refresh, and <base>', () => {
    expect(elementVerdict(element('meta', { 'http-equiv': ' Refresh ', content: `0;url=${PIXEL}` }), true)).toEqual({ action: 'remove', blocked: { active: 1 } });
    expect(elementVerdict(element('meta', { 'http-equiv': 'Content-Type', content: 'text/html; charset=utf-8' }), true)).toEqual({ action: 'remove', blocked: { active: 0 } });
    expect(elementVerdict(element('base', { href: 'http://t.example/' }), true)).toEqual({ action: 'remove', blocked: { active: 1 } });
    expect(forbiddenTags(true)).toEqual(expect.arrayContaining(['meta', 'base', 'link']));
  });

  it('removes <link>, counting a remote stylesheet under styles and other links under other', () => {
    expect(elementVerdict(element('link', { rel: 'Stylesheet', href: 'http://t.example/a.css' }), true)).toEqual({ action: 'remove', blocked: { styles: 1 } });
    expect(elementVerdict(element('link', { rel: 'icon', href: '//t.example/favicon.ico' }), true)).toEqual({ action: 'remove', blocked: { other: 1 } });
    expect(elementVerdict(element('link', { rel: 'stylesheet', href: 'data:text/css,a{}' }), true)).toEqual({ action: 'remove', blocked: { styles: 0 } });
  });

  it('cleans a <style> when styles are kept, and counts its loads either way', () => {
    const css = `@import url(http://t.example/a.css); body { background: url(${PIXEL}) } p { color: red }`;
    const kept = elementVerdict(element('style', {}, css), true);
    expect(kept).toMatchObject({ action: 'set-text', blocked: { styles: 2 } });
    expect(kept.action === 'set-text' ? kept.text : '').not.toMatch(/url|import/);
    expect(elementVerdict(element('style', {}, css), false)).toEqual({ action: 'remove', blocked: { styles: 2 } });
    expect(forbiddenTags(false)).toContain('style');
    expect(forbiddenTags(true)).not.toContain('style');
  });

  it('turns a cid: image into a placeholder with its alt text', () => {
    const verdict = elementVerdict(element('img', { src: 'cid:logo@city.example', alt: 'City logo', width: '120', height: '40' }), true);
    expect(verdict).toEqual({
      action: 'placeholder',
      placeholder: {
        text: '[Inline image: City logo]',
        title: 'Image attached to this message (cid:logo@city.example), not shown here',
        style: expect.stringContaining('min-width:120px;min-height:40px;'),
      },
      blocked: { inlineImages: 1, images: 0 },
    });
    expect(inlineImagePlaceholder(element('img', { src: 'cid:x', width: '100%' }), false)).toEqual({ text: '[Inline image]', title: expect.any(String), style: null });
  });

  it('keeps ordinary elements, remote images included (their src is an attribute decision)', () => {
    for (const tag of ['p', 'table', 'td', 'a', 'img', 'svg', 'video']) {
      expect(elementVerdict(element(tag, { src: PIXEL }), true), tag).toEqual({ action: 'keep', blocked: {} });
    }
  });
});

/** An attribute that goes, with what it counted. */
function dropped(blocked: object) {
  return { keep: false, value: expect.any(String), blocked };
}

/** An attribute that stays as `value`, nothing counted. */
function kept(value: string) {
  return { keep: true, value, blocked: {} };
}

describe('what the sanitiser does with each attribute', () => {
  it('drops a remote tracking pixel, background and poster, counted as images', () => {
    expect(attributeVerdict('img', 'src', PIXEL, true)).toEqual(dropped({ images: 1, active: 0 }));
    expect(attributeVerdict('img', 'src', '//tracker.example/x.gif', true)).toEqual(dropped({ images: 1, active: 0 }));
    expect(attributeVerdict('img', 'src', ' HTTP://t.example/x.gif', true)).toEqual(dropped({ images: 1, active: 0 }));
    expect(attributeVerdict('td', 'background', 'https://t.example/bg.png', true)).toEqual(dropped({ images: 1, active: 0 }));
    expect(attributeVerdict('body', 'background', 'bg.png', true)).toEqual(dropped({ images: 1, active: 0 }));
    expect(attributeVerdict('video', 'poster', 'ftp://t.example/p.jpg', true)).toEqual(dropped({ images: 1, active: 0 }));
  });

  it('drops other remote sources, counted as other', () => {
    expect(attributeVerdict('video', 'src', 'http://t.example/v.mp4', true)).toEqual(dropped({ other: 1, active: 0 }));
    expect(attributeVerdict('use', 'xlink:href', 'http://t.example/s.svg#a', true)).toEqual(dropped({ other: 1, active: 0 }));
  });

  it('drops srcset unless every candidate is data:', () => {
    expect(attributeVerdict('img', 'srcset', `${PIXEL} 1x, //t.example/2.gif 2x`, true)).toEqual(dropped({ images: 2, active: 0 }));
    expect(attributeVerdict('img', 'srcset', 'data:image/png;base64,AAAA 1x, http://t.example/2.png 2x', true)).toEqual(dropped({ images: 1, active: 0 }));
    expect(attributeVerdict('img', 'srcset', 'data:image/png;base64,AAAA 1x', true)).toEqual(kept('data:image/png;base64,AAAA 1x'));
  });

  it('keeps data: images and drops cid:, fragments and javascript: URLs', () => {
    const data = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    expect(attributeVerdict('img', 'src', data, true)).toEqual(kept(data));
    expect(attributeVerdict('td', 'background', 'cid:bg@x', true)).toEqual(dropped({ images: 0, active: 0 }));
    expect(attributeVerdict('img', 'src', 'javascript:alert(1)', true)).toEqual(dropped({ images: 0, active: 1 }));
  });

  it('drops every event handler as active content', () => {
    expect(attributeVerdict('img', 'onerror', 'alert(1)', true)).toEqual(dropped({ active: 1 }));
    expect(attributeVerdict('body', 'onload', 'x()', true)).toEqual(dropped({ active: 1 }));
  });

  it('makes links inert, keeping where they pointed in the tooltip', () => {
    expect(attributeVerdict('a', 'href', 'http://t.example/click?id=1', true)).toEqual(dropped({}));
    expect(attributeVerdict('area', 'href', 'mailto:a@b', true)).toEqual(dropped({}));
    expect(linkTitle('a', (name) => (name === 'href' ? ' http://t.example/click ' : null))).toBe('Link, not followed: http://t.example/click');
    expect(linkTitle('a', (name) => ({ href: 'http://t.example/', title: 'Read online' })[name] ?? null)).toBe('Read online (link, not followed: http://t.example/)');
    expect(linkTitle('a', () => null)).toBeNull();
    expect(linkTitle('img', (name) => (name === 'href' ? 'http://t.example/' : null))).toBeNull();
  });

  it('cleans a style attribute, or drops it with its URLs counted when styles go', () => {
    expect(attributeVerdict('td', 'style', `color: red; background:url(${PIXEL})`, true)).toEqual({ keep: true, value: 'color: red;', blocked: { styles: 1 } });
    expect(attributeVerdict('td', 'style', `background-image: url('${PIXEL}')`, true)).toEqual(dropped({ styles: 1 }));
    expect(attributeVerdict('td', 'style', `color: red; background:url(${PIXEL})`, false)).toEqual(dropped({ styles: 1 }));
    expect(attributeVerdict('td', 'style', 'color: red', false)).toEqual(dropped({ styles: 0 }));
  });

  it('drops an SVG paint attribute that points outside the document', () => {
    expect(attributeVerdict('rect', 'fill', 'url(http://t.example/p.svg#g)', true)).toEqual(dropped({ styles: 1 }));
    expect(attributeVerdict('rect', 'fill', '#ff0000', true)).toEqual(kept('#ff0000'));
  });

  it('leaves other attributes to DOMPurify', () => {
    expect(attributeVerdict('td', 'bgcolor', '#ffffff', true)).toEqual(kept('#ffffff'));
    expect(attributeVerdict('img', 'alt', 'http://t.example/x.gif', true)).toEqual(kept('http://t.example/x.gif'));
  });
});
