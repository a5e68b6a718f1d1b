/**
 * A forgiving, linear HTML tokenizer: enough of the WHATWG tokenizer's shape to pull text and a
 * few head elements out of real mail and saved web pages, and nothing that executes or fetches.
 *
 * Why not regular expressions over the whole document: a pattern such as `<script[\s\S]*?</script>`
 * rescans the rest of the input for every unclosed `<script`, which is quadratic on hostile input.
 * Here every character is looked at a bounded number of times: tags are scanned once, and the end
 * of a raw-text element (script, style, title…) is found with one forward search.
 */

export type HtmlToken =
  | { kind: 'start'; name: string; attributes: string; selfClosing: boolean }
  | { kind: 'end'; name: string }
  /** Character data between tags, entities not yet decoded. */
  | { kind: 'text'; text: string }
  /** The whole content of a raw-text element (script, style, title, textarea…), up to its end tag. */
  | { kind: 'raw'; name: string; text: string };

/** Elements whose content is not markup: it runs to the matching end tag whatever it contains. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'template', 'plaintext']);

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Index just past the `>` that ends a tag starting at `from`, skipping quoted attribute values. */
function endOfTag(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const char = html[i];
    if (quote !== '') {
      if (char === quote) {
        quote = '';
      }
    } else if (char === '>') {
      return i + 1;
    } else if ((char === '"' || char === "'") && /[=\s]/.test(html[i - 1] ?? '')) {
      // A quote opens a value only after "=" (or whitespace before it), as in real tags.
      quote = char;
    }
  }
  return html.length;
}

/** Splits HTML into tokens; comments, doctypes and processing instructions are dropped. */
export function* htmlTokens(html: string): Generator<HtmlToken> {
  let i = 0;
  let textStart = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      break;
    }
    const next = html.charCodeAt(open + 1);
    let end: number;
    let token: HtmlToken | null = null;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      end = close < 0 ? html.length : close + 3;
    } else if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const close = html.indexOf('>', open + 2);
      end = close < 0 ? html.length : close + 1;
    } else if (next === 0x2f /* / */ && isAsciiLetter(html.charCodeAt(open + 2))) {
      end = endOfTag(html, open + 2);
      const name = /^[^\s/>]+/.exec(html.slice(open + 2, Math.min(end, open + 66)))?.[0] ?? '';
      token = { kind: 'end', name: name.toLowerCase() };
    } else if (isAsciiLetter(next)) {
      end = endOfTag(html, open + 1);
      const inner = html.slice(open + 1, html[end - 1] === '>' ? end - 1 : end);
      const name = (/^[^\s/>]+/.exec(inner)?.[0] ?? '').toLowerCase();
      const selfClosing = inner.endsWith('/');
      token = { kind: 'start', name, attributes: inner.slice(name.length, selfClosing ? -1 : undefined), selfClosing };
    } else {
      // A "<" that starts no tag ("a < b") is text.
      i = open + 1;
      continue;
    }
    if (open > textStart) {
      yield { kind: 'text', text: html.slice(textStart, open) };
    }
    i = end;
    textStart = end;
    if (token) {
      yield token;
      if (token.kind === 'start' && RAW_TEXT.has(token.name) && !token.selfClosing) {
        const closer = new RegExp(`</${token.name}(?=[\\s/>])`, 'gi');
        closer.lastIndex = i;
        const match = token.name === 'plaintext' ? null : closer.exec(html);
        const contentEnd = match ? match.index : html.length;
        yield { kind: 'raw', name: token.name, text: html.slice(i, contentEnd) };
        i = match ? endOfTag(html, contentEnd + 2) : html.length;
        textStart = i;
        if (match) {
          yield { kind: 'end', name: token.name };
        }
      }
    }
  }
  if (textStart < html.length) {
    yield { kind: 'text', text: html.slice(textStart) };
  }
}

/** Attribute names (lowercased) to values (entities not decoded) from a start tag's attribute text. */
export function parseAttributes(attributes: string): Map<string, string> {
  const result = new Map<string, string>();
  const pattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const match of attributes.matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!result.has(name)) {
      result.set(name, match[2] ?? match[3] ?? match[4] ?? '');
    }
  }
  return result;
}
