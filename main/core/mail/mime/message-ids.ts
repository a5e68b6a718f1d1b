/**
 * Message-ID lists (Message-ID, In-Reply-To, References; RFC 5322 §3.6.4). Ids are `<...>`
 * tokens, kept with their brackets; text in quotes or comments around them is skipped
 * ('In-Reply-To: Your message of "Mon, 1 May" <id@x>'). Old mailers wrote ids without brackets:
 * a bare word holding an '@' counts as an id too.
 */

function skipComment(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0) {
        return i + 1;
      }
    }
  }
  return text.length;
}

function skipQuoted(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '"') {
      return i + 1;
    }
  }
  return text.length;
}

const BREAK = /[\s,<("]/;

/** Parses a list of message ids, in order. */
export function parseMessageIds(value: string): string[] {
  const ids: string[] = [];
  let i = 0;
  while (i < value.length) {
    const ch = value[i] ?? '';
    if (ch === '(') {
      i = skipComment(value, i);
    } else if (ch === '"') {
      i = skipQuoted(value, i);
    } else if (ch === '<') {
      const close = value.indexOf('>', i + 1);
      const end = close < 0 ? value.length : close + 1;
      // Folding can leave blanks inside an id; an id never holds whitespace.
      const id = value.slice(i, end).replace(/\s+/g, '');
      if (id.length > 2) {
        ids.push(close < 0 ? `${id}>` : id);
      }
      i = end;
    } else if (/[\s,]/.test(ch)) {
      i++;
    } else {
      let end = i + 1;
      while (end < value.length && !BREAK.test(value[end] ?? ' ')) {
        end++;
      }
      const word = value.slice(i, end);
      if (word.includes('@')) {
        ids.push(word);
      }
      i = end;
    }
  }
  return ids;
}
