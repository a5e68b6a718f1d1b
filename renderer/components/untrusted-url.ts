/**
 * What a URL found in untrusted markup would make the browser do, decided from its scheme the
 * way the browser's own URL parser reads it. The HTML sanitiser keeps only `data:` (bytes carried
 * in the message itself) and turns `cid:` (an attachment of the same message) into a placeholder;
 * everything else would reach a network, or the app's own address once resolved against the
 * page, so it is blocked. Pure functions: tested in Node, used by the DOMPurify wiring.
 */

/**
 * - `empty`: nothing to load.
 * - `fragment`: `#name`, a place in the same document.
 * - `data`: the bytes are in the URL; nothing is fetched.
 * - `cid`: a part of the same message (RFC 2392), shown as a placeholder.
 * - `script`: `javascript:` or `vbscript:`, code rather than a load.
 * - `remote`: anything else. Absolute (`http:`, `https:`, `ftp:`, `file:`…), protocol-relative
 *   (`//host/x`) and relative URLs alike: a relative URL in the viewer's frame resolves against
 *   the app's own address and would be fetched from there.
 */
export type UrlKind = 'empty' | 'fragment' | 'data' | 'cid' | 'script' | 'remote';

// The URL parser removes ASCII tab and newline anywhere and C0 controls and spaces at both ends
// (WHATWG URL, "basic URL parser"), so "ht\ntp://" and " HTTP://" are both http.
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const C0_OR_SPACE_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/;

/** The URL as the browser's parser would start reading it: control characters gone, scheme lowercase. */
export function normalizeUrl(raw: string): string {
  const compact = raw.replace(TAB_OR_NEWLINE, '').replace(C0_OR_SPACE_AT_ENDS, '');
  const scheme = SCHEME.exec(compact.toLowerCase());
  return scheme ? `${scheme[1]}:${compact.slice(scheme[0].length)}` : compact;
}

export function classifyUrl(raw: string): UrlKind {
  const url = normalizeUrl(raw);
  if (url === '') {
    return 'empty';
  }
  if (url.startsWith('#')) {
    return 'fragment';
  }
  const scheme = SCHEME.exec(url)?.[1];
  switch (scheme) {
    case 'data':
      return 'data';
    case 'cid':
      return 'cid';
    case 'javascript':
    case 'vbscript':
      return 'script';
    default:
      return 'remote';
  }
}

const ASCII_WHITESPACE = new Set([' ', '\t', '\n', '\f', '\r']);

/**
 * The image URLs of a `srcset` value, split as the HTML standard's "parse a srcset attribute"
 * does: a URL runs to the next whitespace, so the commas inside a `data:` URL stay in it, and
 * commas inside a descriptor's parentheses do not end the candidate.
 */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let at = 0;
  while (at < value.length) {
    while (at < value.length && (ASCII_WHITESPACE.has(value[at] ?? '') || value[at] === ',')) {
      at += 1;
    }
    if (at >= value.length) {
      break;
    }
    const start = at;
    while (at < value.length && !ASCII_WHITESPACE.has(value[at] ?? '')) {
      at += 1;
    }
    let url = value.slice(start, at);
    if (url.endsWith(',')) {
      // "a.png,b.png": the commas end this candidate, which has no descriptors.
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      while (at < value.length && (depth > 0 || value[at] !== ',')) {
        depth += value[at] === '(' ? 1 : value[at] === ')' && depth > 0 ? -1 : 0;
        at += 1;
      }
    }
    if (url !== '') {
      urls.push(url);
    }
  }
  return urls;
}
