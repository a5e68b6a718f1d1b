/**
 * Address lists (RFC 5322 §3.4) as they are really written: groups (`undisclosed-recipients:;`,
 * `team: a@x, b@y;`), comments (`jo@x (Jo Bloggs)`), quoted names with escapes, encoded-word
 * names, addresses without angle brackets (`Jo Bloggs jo@x`), names without any address,
 * obsolete source routes (`<@relay:jo@x>`), a missing '>' and garbage after it.
 *
 * Groups are flattened: their members are returned like any other mailbox, an empty group adds
 * nothing. The parser never fails; what it cannot read as an address becomes a name.
 */
import type { MailAddress } from '../mail-message.js';
import { decodeEncodedWords } from './encoded-words.js';
import { tokenizeHeader, type HeaderToken } from './header-tokens.js';

function isSpecial(token: HeaderToken | undefined, ch: string): boolean {
  return token !== undefined && token.kind === 'special' && token.text === ch;
}

/** A display phrase from tokens: words joined by single spaces where the sender had space. */
function phrase(tokens: HeaderToken[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'comment') {
      continue;
    }
    if (token.space && out !== '') {
      out += ' ';
    }
    out += token.text;
  }
  return decodeEncodedWords(out.trim());
}

function firstComment(tokens: HeaderToken[]): string {
  const comment = tokens.find((token) => token.kind === 'comment' && token.text.trim() !== '');
  return comment ? decodeEncodedWords(comment.text.trim()) : '';
}

/** The address as written: tokens joined without the whitespace and comments between them. */
function addressText(tokens: HeaderToken[]): string {
  return tokens
    .filter((token) => token.kind !== 'comment')
    .map((token) => token.raw)
    .join('')
    .trim();
}

function isAddressPart(token: HeaderToken | undefined): boolean {
  return token !== undefined && (token.kind === 'atom' || token.kind === 'quoted' || token.kind === 'literal' || isSpecial(token, '.'));
}

function angleMailbox(tokens: HeaderToken[], open: number): MailAddress {
  let close = tokens.findIndex((token, index) => index > open && isSpecial(token, '>'));
  if (close < 0) {
    close = tokens.length;
  }
  let inner = tokens.slice(open + 1, close);
  if (isSpecial(inner[0], '@')) {
    // Obsolete route "@relay1,@relay2:" before the address.
    const colon = inner.findIndex((token) => isSpecial(token, ':'));
    inner = colon < 0 ? inner : inner.slice(colon + 1);
  }
  const before = tokens.slice(0, open);
  const after = tokens.slice(close + 1);
  // Words after the '>' are garbage, not a name; a comment there is the old way to give one.
  const name = phrase(before) || firstComment(before) || firstComment(inner) || firstComment(after);
  return { name, address: addressText(inner) };
}

function bareMailbox(tokens: HeaderToken[]): MailAddress {
  const at = tokens.findIndex((token) => isSpecial(token, '@'));
  const words = tokens.filter((token) => token.kind !== 'comment');
  if (at < 0) {
    // Mailing-list archives (Mailman's pipermail) write "jo at example.org (Jo Bloggs)" to keep
    // addresses from harvesters; the officer searches for jo@example.org.
    const obfuscated = PIPERMAIL_ADDRESS.exec(phrase(words));
    if (obfuscated) {
      return { name: firstComment(tokens), address: `${obfuscated[1]}@${obfuscated[2]}` };
    }
    // No address at all: one bare word is a local address ("root"), several words are a name.
    if (words.length === 1 && words[0]?.kind === 'atom') {
      return { name: firstComment(tokens), address: words[0].text };
    }
    return { name: phrase(tokens) || firstComment(tokens), address: '' };
  }
  // The addr-spec is the unspaced run of words, dots and literals around the '@'.
  let start = at;
  while (start > 0 && isAddressPart(tokens[start - 1]) && !(tokens[start]?.space ?? false)) {
    start--;
  }
  let end = at + 1;
  while (end < tokens.length && isAddressPart(tokens[end]) && !(tokens[end]?.space ?? false)) {
    end++;
  }
  const before = tokens.slice(0, start);
  const after = tokens.slice(end);
  const name = phrase(before) || firstComment(after) || firstComment(before) || phrase(after);
  return { name, address: addressText(tokens.slice(start, end)) };
}

function mailbox(tokens: HeaderToken[]): MailAddress | null {
  if (tokens.every((token) => token.kind === 'comment')) {
    return null;
  }
  const open = tokens.findIndex((token) => isSpecial(token, '<'));
  const result = open >= 0 ? angleMailbox(tokens, open) : bareMailbox(tokens);
  return result.name === '' && result.address === '' ? null : result;
}

/** "local at domain.tld", the way pipermail hides an address. */
const PIPERMAIL_ADDRESS = /^([A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+) at ([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$/;

/** One bare dot-atom address, the common case. */
const PLAIN_ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+$/;

/** Characters that can hide a comma or change how a list splits: quotes, comments, groups, routes, encoded words. */
const STRUCTURE = /["(\\:;]|=\?|<@/;

/** Parses an address-list header value (From, To, Cc, Bcc, Reply-To, Sender). */
export function parseAddressList(value: string): MailAddress[] {
  if (STRUCTURE.test(value)) {
    return parseTokens(value);
  }
  // Without quotes, comments, groups or routes every comma separates two entries, so long
  // lists (Enron's run to hundreds of addresses) are split first and only odd entries lexed.
  const result: MailAddress[] = [];
  for (const piece of value.split(',')) {
    const entry = piece.trim();
    if (PLAIN_ADDRESS.test(entry)) {
      result.push({ name: '', address: entry });
    } else if (entry !== '') {
      result.push(...parseTokens(entry));
    }
  }
  return result;
}

function parseTokens(value: string): MailAddress[] {
  const tokens = tokenizeHeader(value);
  const result: MailAddress[] = [];
  let current: HeaderToken[] = [];
  let inAngle = false;
  let inGroup = false;
  // Where the last '<' of the current mailbox is, so that a comma need not search for it.
  let angleAt = -1;
  const flush = (): void => {
    const parsed = mailbox(current);
    if (parsed) {
      result.push(parsed);
    }
    current = [];
    inAngle = false;
    angleAt = -1;
  };
  for (const token of tokens) {
    if (token.kind !== 'special') {
      current.push(token);
      continue;
    }
    const ch = token.text;
    if (ch === '<') {
      inAngle = true;
      angleAt = current.length;
    } else if (ch === '>') {
      inAngle = false;
    } else if (ch === ',') {
      if (inAngle) {
        // Commas belong to an obsolete route inside "<@a,@b:x@y>"; otherwise the '>' is missing.
        if (isSpecial(current[angleAt + 1], '@')) {
          current.push(token);
          continue;
        }
      }
      flush();
      continue;
    } else if (ch === ';' && !inAngle) {
      flush();
      inGroup = false;
      continue;
    } else if (ch === ':' && !inAngle && !inGroup && !current.some((t) => isSpecial(t, '@'))) {
      // "name:" opens a group; its name is not an address.
      current = [];
      inGroup = true;
      continue;
    }
    current.push(token);
  }
  flush();
  return result;
}
