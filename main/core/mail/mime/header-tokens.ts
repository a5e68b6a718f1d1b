/**
 * A lexer for structured header fields (RFC 5322 §3.2): atoms, quoted strings, comments, domain
 * literals and the special characters. The address and message-id parsers work on these tokens,
 * so that a comma inside quotes or a '<' inside a comment never splits an address.
 *
 * Unterminated quotes, comments and literals run to the end of the text instead of failing.
 */

export type HeaderTokenKind = 'atom' | 'quoted' | 'comment' | 'literal' | 'special';

export type HeaderToken = {
  kind: HeaderTokenKind;
  /** Atom or special as written; quoted string and comment without delimiters, escapes undone. */
  text: string;
  /** The token exactly as written, delimiters and escapes included. */
  raw: string;
  /** True when whitespace or a comment separated this token from the previous one. */
  space: boolean;
};

const SPECIALS = '()<>@,;:\\".[]';

/**
 * An encoded word is one atom even when its text holds specials ('=?utf-8?Q?Smith,_J.?='):
 * senders put them there, and splitting at the comma would invent a second address.
 */
const ENCODED_WORD = /=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=/y;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

function isAtomChar(ch: string): boolean {
  return !isSpace(ch) && !SPECIALS.includes(ch);
}

/** Reads a quoted string opening at `start`; backslash escapes the next character. */
function readQuoted(text: string, start: number): { text: string; end: number } {
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\\' && i + 1 < text.length) {
      value += text[i + 1];
      i++;
    } else if (ch === '"') {
      return { text: value, end: i + 1 };
    } else {
      value += ch;
    }
  }
  return { text: value, end: text.length };
}

/** Reads a comment opening at `start`; comments nest. */
function readComment(text: string, start: number): { text: string; end: number } {
  let value = '';
  let depth = 1;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\\' && i + 1 < text.length) {
      value += text[i + 1];
      i++;
      continue;
    }
    if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0) {
        return { text: value, end: i + 1 };
      }
    }
    value += ch;
  }
  return { text: value, end: text.length };
}

function matchEncodedWord(text: string, start: number): number {
  ENCODED_WORD.lastIndex = start;
  return ENCODED_WORD.test(text) ? ENCODED_WORD.lastIndex : -1;
}

/** Splits a structured header value into tokens. */
export function tokenizeHeader(text: string): HeaderToken[] {
  const tokens: HeaderToken[] = [];
  let space = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (isSpace(ch)) {
      space = true;
      i++;
      continue;
    }
    if (ch === '"') {
      const run = readQuoted(text, i);
      tokens.push({ kind: 'quoted', text: run.text, raw: text.slice(i, run.end), space });
      i = run.end;
    } else if (ch === '(') {
      const run = readComment(text, i);
      tokens.push({ kind: 'comment', text: run.text, raw: text.slice(i, run.end), space });
      i = run.end;
      // A comment separates the tokens around it, as whitespace does.
      space = true;
      continue;
    } else if (ch === '[') {
      const close = text.indexOf(']', i + 1);
      const end = close < 0 ? text.length : close + 1;
      const literal = text.slice(i, end);
      tokens.push({ kind: 'literal', text: literal, raw: literal, space });
      i = end;
    } else if (SPECIALS.includes(ch)) {
      tokens.push({ kind: 'special', text: ch, raw: ch, space });
      i++;
    } else if (ch === '=' && text[i + 1] === '?' && matchEncodedWord(text, i) > i) {
      const end = matchEncodedWord(text, i);
      const word = text.slice(i, end);
      tokens.push({ kind: 'atom', text: word, raw: word, space });
      i = end;
    } else {
      let end = i + 1;
      while (end < text.length && isAtomChar(text[end] ?? ' ')) {
        end++;
      }
      const word = text.slice(i, end);
      tokens.push({ kind: 'atom', text: word, raw: word, space });
      i = end;
    }
    space = false;
  }
  return tokens;
}
