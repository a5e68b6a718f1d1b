/**
 * The decisions the HTML sanitiser makes about each element and attribute of untrusted markup
 * (an email's HTML part), beyond DOMPurify's own rules: nothing may load from anywhere but the
 * message itself, nothing may run, submit or navigate. DOMPurify removes script and event
 * handlers on its own; these decisions add the loads it allows (remote images, stylesheets,
 * `url()` in CSS), forms, links and meta refresh, and count each so the viewer can say what was
 * withheld. Pure: tested in Node; `sanitize-untrusted-html.ts` applies them through DOMPurify.
 */
import type { BlockedContent } from './blocked-content.js';
import { removeRemoteCss } from './untrusted-css.js';
import { classifyUrl, srcsetUrls } from './untrusted-url.js';
import type { UrlKind } from './untrusted-url.js';

/**
 * Elements removed whatever their attributes say (their text content stays, except a script's).
 * They run code, embed other documents, submit data, redirect (`<meta http-equiv=refresh>`),
 * change where relative URLs point (`<base>`) or load stylesheets and icons (`<link>`).
 */
const FORBIDDEN_TAGS: readonly string[] = [
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'portal', 'fencedframe',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'keygen', 'output',
  'meta', 'base', 'link',
];

/** Elements that run or embed something: each one removed counts as active content. */
const ACTIVE_TAGS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'portal', 'fencedframe', 'form']);

/** Attributes whose URL the browser fetches (or submits to) without anyone clicking. */
const LOADING_ATTRIBUTES = new Set(['src', 'href', 'xlink:href', 'background', 'poster', 'data', 'action', 'formaction', 'codebase', 'manifest', 'ping', 'lowsrc', 'dynsrc']);

/** Elements whose `href` is a link to follow rather than something to load. */
const LINK_TAGS = new Set(['a', 'area']);

/** Elements whose `src` is an image (others' are media, SVG references…). */
const IMAGE_TAGS = new Set(['img', 'image', 'feimage', 'picture']);

/** SVG presentation attributes that take a CSS value, and so a `url()`. */
const CSS_VALUED_ATTRIBUTES = new Set(['fill', 'stroke', 'filter', 'mask', 'clip-path', 'marker', 'marker-start', 'marker-mid', 'marker-end', 'cursor']);

/** The tags DOMPurify is told to remove; `<style>` too when the caller drops styles. */
export function forbiddenTags(keepStyles: boolean): string[] {
  return keepStyles ? [...FORBIDDEN_TAGS] : [...FORBIDDEN_TAGS, 'style'];
}

export type ElementInput = {
  /** Lowercase local name. */
  tag: string;
  attribute(name: string): string | null;
  /** Text content (only read for `<style>`). */
  text: string;
};

export type InlineImagePlaceholder = {
  /** What the reader sees instead of the image: "[Inline image: City logo]". */
  text: string;
  title: string;
  /** A dashed box of the image's size, when styles are kept; null otherwise. */
  style: string | null;
};

export type ElementVerdict =
  | { action: 'keep'; blocked: Partial<BlockedContent> }
  /** Removed by DOMPurify because the tag is in {@link forbiddenTags}; counted here. */
  | { action: 'remove'; blocked: Partial<BlockedContent> }
  /** A `<style>` whose text is replaced by `text`, its loads cut. */
  | { action: 'set-text'; text: string; blocked: Partial<BlockedContent> }
  /** An `<img src="cid:…">` replaced by a placeholder. */
  | { action: 'placeholder'; placeholder: InlineImagePlaceholder; blocked: Partial<BlockedContent> };

export function elementVerdict(element: ElementInput, keepStyles: boolean): ElementVerdict {
  const { tag } = element;
  if (tag === 'style') {
    const cleaned = removeRemoteCss(element.text);
    const blocked = { styles: cleaned.blocked };
    return keepStyles ? { action: 'set-text', text: cleaned.css, blocked } : { action: 'remove', blocked };
  }
  if (tag === 'img' && classifyUrl(element.attribute('src') ?? '') === 'cid') {
    const srcset = element.attribute('srcset');
    return {
      action: 'placeholder',
      placeholder: inlineImagePlaceholder(element, keepStyles),
      blocked: { inlineImages: 1, images: srcset === null ? 0 : countRemote(srcsetUrls(srcset).map(classifyUrl)) },
    };
  }
  if (!FORBIDDEN_TAGS.includes(tag)) {
    return { action: 'keep', blocked: {} };
  }
  if (ACTIVE_TAGS.has(tag)) {
    return { action: 'remove', blocked: { active: 1 } };
  }
  if (tag === 'meta') {
    // Every Outlook message has a harmless <meta http-equiv="Content-Type">; only refresh acts.
    const refresh = (element.attribute('http-equiv') ?? '').trim().toLowerCase() === 'refresh';
    return { action: 'remove', blocked: { active: refresh ? 1 : 0 } };
  }
  if (tag === 'base') {
    return { action: 'remove', blocked: { active: element.attribute('href') === null ? 0 : 1 } };
  }
  if (tag === 'link') {
    const remote = countRemote([classifyUrl(element.attribute('href') ?? '')]);
    const stylesheet = (element.attribute('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet');
    return { action: 'remove', blocked: stylesheet ? { styles: remote } : { other: remote } };
  }
  return { action: 'remove', blocked: {} };
}

/** `blocked` counts what was cut, also from an attribute that stays (a `style` with a remote `url()`). */
export type AttributeVerdict = { keep: boolean; value: string; blocked: Partial<BlockedContent> };

/** The decision for one attribute (`name` lowercase) of an element that stays. */
export function attributeVerdict(tag: string, name: string, value: string, keepStyles: boolean): AttributeVerdict {
  const keep = { keep: true, value, blocked: {} };
  const drop = (blocked: Partial<BlockedContent>) => ({ keep: false, value, blocked });
  if (name.startsWith('on')) {
    return drop({ active: 1 });
  }
  if (name === 'style') {
    const cleaned = removeRemoteCss(value);
    const css = cleaned.css.trim();
    const blocked = { styles: cleaned.blocked };
    return keepStyles && css !== '' ? { keep: true, value: css, blocked } : drop(blocked);
  }
  if (LINK_TAGS.has(tag) && (name === 'href' || name === 'xlink:href')) {
    // A link stays as its text and never navigates; linkTitle() keeps where it pointed.
    return drop({});
  }
  if (name === 'srcset') {
    const kinds = srcsetUrls(value).map(classifyUrl);
    return kinds.every((kind) => kind === 'data') ? keep : drop({ images: countRemote(kinds), active: countScript(kinds) });
  }
  if (LOADING_ATTRIBUTES.has(name)) {
    const kind = classifyUrl(value);
    if (kind === 'data') {
      return keep;
    }
    const remote = countRemote([kind]);
    const active = countScript([kind]);
    const isImage = IMAGE_TAGS.has(tag) || name === 'background' || name === 'poster';
    return drop(isImage ? { images: remote, active } : { other: remote, active });
  }
  if (CSS_VALUED_ATTRIBUTES.has(name)) {
    const cleaned = removeRemoteCss(value);
    return cleaned.css === value ? keep : drop({ styles: cleaned.blocked });
  }
  return keep;
}

/**
 * The tooltip for a link whose `href` goes, so the reader can still see where it pointed
 * ("Link, not followed: https://…"), after the link's own title when it has one; null for an
 * element that is not a link or has no destination.
 */
export function linkTitle(tag: string, attribute: ElementInput['attribute']): string | null {
  const target = (attribute('href') ?? attribute('xlink:href') ?? '').trim();
  if (!LINK_TAGS.has(tag) || target === '') {
    return null;
  }
  const own = (attribute('title') ?? '').trim();
  return own === '' ? `Link, not followed: ${target}` : `${own} (link, not followed: ${target})`;
}

/** "[Inline image: City logo]" in a dashed box the size the image would have had. */
export function inlineImagePlaceholder(element: Pick<ElementInput, 'attribute'>, keepStyles: boolean): InlineImagePlaceholder {
  const alt = (element.attribute('alt') ?? '').trim();
  const src = (element.attribute('src') ?? '').trim();
  const size = (name: 'width' | 'height') => {
    const value = (element.attribute(name) ?? '').trim();
    return /^\d{1,4}$/.test(value) ? `min-${name}:${value}px;` : '';
  };
  return {
    text: alt === '' ? '[Inline image]' : `[Inline image: ${alt}]`,
    title: `Image attached to this message (${src}), not shown here`,
    style: keepStyles
      ? `display:inline-block;box-sizing:border-box;border:1px dashed #888;padding:2px 6px;color:#555;font:12px sans-serif;${size('width')}${size('height')}`
      : null,
  };
}

function countRemote(kinds: readonly UrlKind[]): number {
  return kinds.filter((kind) => kind === 'remote').length;
}

function countScript(kinds: readonly UrlKind[]): number {
  return kinds.filter((kind) => kind === 'script').length;
}
