/**
 * The one sanitiser for untrusted markup (an email's HTML part): DOMPurify, with the load policy
 * of `html-load-policy.ts` applied through its hooks. DOMPurify parses the markup the way the
 * browser will (in an inert document, where nothing loads or runs) and removes scripts and event
 * handlers; the hooks remove every remote load, form, link destination and redirect, and count
 * them. The result is only ever shown inside a sandboxed frame with its own CSP
 * (`sandboxed-frame-document.ts`), never in the app's page.
 *
 * Needs a DOM: it runs in the renderer and in the browser tests; its decisions are tested in
 * Node through `html-load-policy.ts`, `untrusted-css.ts` and `untrusted-url.ts`.
 */
import DOMPurify from 'dompurify';
import { addBlocked, noneBlocked } from './blocked-content.js';
import type { BlockedContent } from './blocked-content.js';
import { attributeVerdict, elementVerdict, forbiddenTags, linkTitle } from './html-load-policy.js';

export type SanitisedHtml = {
  /** A whole document, `<html><head>…</head><body>…</body></html>`, safe to put in a sandboxed frame. */
  html: string;
  blocked: BlockedContent;
};

export type SanitiseOptions = {
  /**
   * Keep `<style>` and `style=` (their remote URLs cut either way). False drops them, for a
   * frame whose policy would refuse inline styles anyway; their URLs are still counted.
   */
  keepStyles: boolean;
};

function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

export function sanitizeUntrustedHtml(dirty: string, options: SanitiseOptions): SanitisedHtml {
  // A fresh instance per call: the hooks and the count belong to this message alone.
  const purify = DOMPurify(window);
  const blocked = noneBlocked();
  const { keepStyles } = options;

  purify.addHook('uponSanitizeElement', (node, data) => {
    if (!isElement(node)) {
      return;
    }
    const verdict = elementVerdict({ tag: data.tagName, attribute: (name) => node.getAttribute(name), text: node.textContent ?? '' }, keepStyles);
    addBlocked(blocked, verdict.blocked);
    if (verdict.action === 'set-text') {
      node.textContent = verdict.text;
    } else if (verdict.action === 'placeholder') {
      // The replacement is visited next and sanitised like any other element.
      const box = node.ownerDocument.createElement('span');
      box.setAttribute('data-inline-image', '');
      box.setAttribute('title', verdict.placeholder.title);
      if (verdict.placeholder.style !== null) {
        box.setAttribute('style', verdict.placeholder.style);
      }
      box.textContent = verdict.placeholder.text;
      node.replaceWith(box);
    }
  });

  purify.addHook('beforeSanitizeAttributes', (element) => {
    // DOMPurify calls this for every node, text included, whatever its type says.
    if (!isElement(element)) {
      return;
    }
    // Set before DOMPurify reads the attributes, so the new title goes through its checks too.
    const title = linkTitle(element.localName.toLowerCase(), (name) => element.getAttribute(name));
    if (title !== null) {
      element.setAttribute('title', title);
    }
  });

  purify.addHook('uponSanitizeAttribute', (element, data) => {
    const verdict = attributeVerdict(element.localName.toLowerCase(), data.attrName, data.attrValue, keepStyles);
    addBlocked(blocked, verdict.blocked);
    if (verdict.keep) {
      data.attrValue = verdict.value;
    } else {
      data.keepAttr = false;
    }
  });

  const html = purify.sanitize(dirty, {
    // The message's <head> holds its <style>s and <body> its background; keep both.
    WHOLE_DOCUMENT: true,
    FORBID_TAGS: forbiddenTags(keepStyles),
  });
  return { html, blocked };
}
