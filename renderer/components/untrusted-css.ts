/**
 * Removes every load from untrusted CSS (a `<style>` element's text, a `style` attribute, an SVG
 * paint attribute) except `data:` URLs: `@import` rules, and each declaration holding a `url()`,
 * `src()` or an `image-set()`-style string that is not `data:`. DOMPurify does not look inside
 * CSS at all, and a remote background image is a tracking pixel like any other.
 *
 * The text is tokenised as CSS Syntax Level 3 says a browser does (comments, strings, escapes,
 * `url(` tokens), so `u\72l(`, `URL(`, `@\69mport` or a URL split by a comment are read as the
 * browser reads them, not as a pattern would. What is kept is the original text between whole
 * statements; nothing is rewritten. Pure: tested in Node.
 */
import { classifyUrl } from './untrusted-url.js';

export type CssCleanup = {
  /** The CSS with the offending statements cut out. */
  css: string;
  /** How many remote URLs (any non-`data:`, non-`cid:`, non-fragment URL) were in what was cut. */
  blocked: number;
};

type TokenKind =
  | 'whitespace'
  | 'comment'
  | 'string'
  | 'bad-string'
  | 'url'
  | 'bad-url'
  | 'function'
  | 'at-keyword'
  | 'ident'
  | 'semicolon'
  | 'open-brace'
  | 'close-brace'
  | 'open-paren'
  | 'close-paren'
  | 'delim';

/** `value`: a string's or url token's decoded contents; a function's or at-keyword's lowercase name. */
type Token = { kind: TokenKind; start: number; end: number; value: string };

/** Functions whose string arguments are URLs (CSS Images 3/4, CSS Values 4 `src()`). */
const URL_STRING_FUNCTIONS = new Set(['url', 'src', 'image', '-webkit-image', 'image-set', '-webkit-image-set', 'cross-fade', '-webkit-cross-fade']);

const SINGLE_CHARACTER: Readonly<Record<string, TokenKind>> = {
  ';': 'semicolon',
  '{': 'open-brace',
  '}': 'close-brace',
  '(': 'open-paren',
  ')': 'close-paren',
};

/** Removes every non-`data:` URL reference and every `@import` from `css`; see the module comment. */
export function removeRemoteCss(css: string): CssCleanup {
  // CSS Syntax 3 §3.3: the input the tokenizer sees.
  const text = css.replace(/\r\n?|\f/g, '\n').replace(/\u0000/g, '\uFFFD');
  const tokens = tokenize(text);
  const cuts: Array<[number, number]> = [];
  let blocked = 0;
  let first = 0;
  for (let index = 0; index <= tokens.length; index += 1) {
    const token = tokens[index];
    if (token !== undefined && token.kind !== 'semicolon' && token.kind !== 'open-brace' && token.kind !== 'close-brace') {
      continue;
    }
    // A statement (a declaration, a rule's prelude or an at-rule) runs from `first` to `index`.
    const verdict = judgeStatement(tokens, first, index);
    if (verdict.cut) {
      const start = tokens[first]?.start ?? text.length;
      // A declaration or `@import` goes with its `;`; a brace belongs to the block and stays.
      const end = token === undefined ? text.length : token.kind === 'semicolon' ? token.end : token.start;
      cuts.push([start, end]);
      blocked += verdict.blocked;
    }
    first = index + 1;
  }
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    out += text.slice(at, start);
    at = end;
  }
  return { css: out + text.slice(at), blocked };
}

function judgeStatement(tokens: readonly Token[], from: number, to: number): { cut: boolean; blocked: number } {
  let isImport = false;
  let cut = false;
  let blocked = 0;
  const functions: string[] = [];
  const reference = (url: string) => {
    const kind = classifyUrl(url);
    if (kind !== 'data') {
      cut = true;
    }
    if (kind === 'remote' || kind === 'script') {
      blocked += 1;
    }
  };
  for (let index = from; index < to; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.kind === 'whitespace' || token.kind === 'comment') {
      continue;
    }
    if (token.kind === 'at-keyword' && token.value === 'import' && !isImport && functions.length === 0) {
      isImport = true;
      cut = true;
    }
    switch (token.kind) {
      case 'url':
        reference(token.value);
        break;
      case 'bad-url':
        // Browsers load nothing from a malformed url(); it goes anyway, uncounted.
        cut = true;
        break;
      case 'string': {
        const inside = functions[functions.length - 1];
        if ((inside !== undefined && URL_STRING_FUNCTIONS.has(inside)) || (isImport && functions.length === 0)) {
          reference(token.value);
        }
        break;
      }
      case 'function':
        functions.push(token.value);
        break;
      case 'open-paren':
        functions.push('(');
        break;
      case 'close-paren':
        functions.pop();
        break;
      default:
        break;
    }
  }
  return { cut, blocked };
}

function isWhitespace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n';
}

function isHexDigit(char: string | undefined): boolean {
  return char !== undefined && /^[0-9a-fA-F]$/.test(char);
}

function isNameStart(char: string | undefined): boolean {
  return char !== undefined && (/^[A-Za-z_]$/.test(char) || char.charCodeAt(0) >= 0x80);
}

function isNameChar(char: string | undefined): boolean {
  return isNameStart(char) || (char !== undefined && /^[0-9-]$/.test(char));
}

/** CSS Syntax 3 §4.3.8: a backslash not followed by a newline (or the end) starts an escape. */
function isValidEscape(text: string, at: number): boolean {
  return text[at] === '\\' && at + 1 < text.length && text[at + 1] !== '\n';
}

/** §4.3.9: whether an identifier starts at `at`. */
function startsIdentifier(text: string, at: number): boolean {
  const char = text[at];
  if (char === '-') {
    const next = text[at + 1];
    return isNameStart(next) || next === '-' || isValidEscape(text, at + 1);
  }
  return char === '\\' ? isValidEscape(text, at) : isNameStart(char);
}

/** §4.3.7, with `at` just after the backslash: the escaped character and where reading resumes. */
function consumeEscape(text: string, at: number): [string, number] {
  if (at >= text.length) {
    return ['\uFFFD', at];
  }
  if (isHexDigit(text[at])) {
    let end = at;
    while (end < text.length && end - at < 6 && isHexDigit(text[end])) {
      end += 1;
    }
    const codePoint = Number.parseInt(text.slice(at, end), 16);
    const next = isWhitespace(text[end]) ? end + 1 : end;
    const valid = codePoint !== 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    return [valid ? String.fromCodePoint(codePoint) : '\uFFFD', next];
  }
  const char = String.fromCodePoint(text.codePointAt(at) ?? 0xfffd);
  return [char, at + char.length];
}

/** §4.3.12: a name with its escapes decoded. */
function consumeName(text: string, at: number): [string, number] {
  let name = '';
  let index = at;
  for (;;) {
    if (isNameChar(text[index])) {
      name += text[index];
      index += 1;
    } else if (isValidEscape(text, index)) {
      const [char, next] = consumeEscape(text, index + 1);
      name += char;
      index = next;
    } else {
      return [name, index];
    }
  }
}

function consumeString(text: string, at: number): Token {
  const quote = text[at];
  let value = '';
  let index = at + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === quote) {
      return { kind: 'string', start: at, end: index + 1, value };
    }
    if (char === '\n') {
      // An unescaped newline ends a string as malformed; the newline is not part of it.
      return { kind: 'bad-string', start: at, end: index, value };
    }
    if (char === '\\') {
      if (text[index + 1] === '\n') {
        index += 2;
        continue;
      }
      const [escaped, next] = consumeEscape(text, index + 1);
      value += escaped;
      index = next;
      continue;
    }
    value += char;
    index += 1;
  }
  return { kind: 'string', start: at, end: index, value };
}

function isNonPrintable(char: string): boolean {
  const code = char.charCodeAt(0);
  return code <= 0x08 || code === 0x0b || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

/** §4.3.6, with `at` after `url(` and its leading whitespace: an unquoted URL. */
function consumeUrl(text: string, start: number, at: number): Token {
  let value = '';
  let index = at;
  while (index < text.length) {
    const char = text[index] ?? '';
    if (char === ')') {
      return { kind: 'url', start, end: index + 1, value };
    }
    if (isWhitespace(char)) {
      while (isWhitespace(text[index])) {
        index += 1;
      }
      if (index >= text.length || text[index] === ')') {
        continue;
      }
      return consumeBadUrl(text, start, index);
    }
    if (char === '"' || char === "'" || char === '(' || isNonPrintable(char)) {
      return consumeBadUrl(text, start, index);
    }
    if (char === '\\') {
      if (!isValidEscape(text, index)) {
        return consumeBadUrl(text, start, index);
      }
      const [escaped, next] = consumeEscape(text, index + 1);
      value += escaped;
      index = next;
      continue;
    }
    value += char;
    index += 1;
  }
  return { kind: 'url', start, end: index, value };
}

/** §4.3.14: the rest of a malformed url(), up to its `)`. */
function consumeBadUrl(text: string, start: number, at: number): Token {
  let index = at;
  while (index < text.length) {
    if (text[index] === ')') {
      return { kind: 'bad-url', start, end: index + 1, value: '' };
    }
    index = isValidEscape(text, index) ? consumeEscape(text, index + 1)[1] : index + 1;
  }
  return { kind: 'bad-url', start, end: index, value: '' };
}

/** §4.3.4: an identifier, a function token, or a url token. */
function consumeIdentLike(text: string, at: number): Token {
  const [name, end] = consumeName(text, at);
  const lower = name.toLowerCase();
  if (text[end] !== '(') {
    return { kind: 'ident', start: at, end, value: lower };
  }
  if (lower === 'url') {
    let next = end + 1;
    while (isWhitespace(text[next])) {
      next += 1;
    }
    if (text[next] !== '"' && text[next] !== "'") {
      return consumeUrl(text, at, next);
    }
  }
  return { kind: 'function', start: at, end: end + 1, value: lower };
}

/**
 * Numbers are left as single delimiters: a digit before `url(` then reads as a url function
 * (where a browser sees a dimension), which can only remove more, never less.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at] ?? '';
    let token: Token;
    if (char === '/' && text[at + 1] === '*') {
      const close = text.indexOf('*/', at + 2);
      token = { kind: 'comment', start: at, end: close < 0 ? text.length : close + 2, value: '' };
    } else if (isWhitespace(char)) {
      let end = at;
      while (isWhitespace(text[end])) {
        end += 1;
      }
      token = { kind: 'whitespace', start: at, end, value: '' };
    } else if (char === '"' || char === "'") {
      token = consumeString(text, at);
    } else if (char === '@' && startsIdentifier(text, at + 1)) {
      const [name, end] = consumeName(text, at + 1);
      token = { kind: 'at-keyword', start: at, end, value: name.toLowerCase() };
    } else if (startsIdentifier(text, at)) {
      token = consumeIdentLike(text, at);
    } else {
      token = { kind: SINGLE_CHARACTER[char] ?? 'delim', start: at, end: at + 1, value: char };
    }
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}
