/**
 * Splits the normalised query into tokens: parentheses, quoted phrases, the upper-case operators,
 * `-` glued to what it negates, `field:` glued to its value, and bare runs of text.
 *
 * A bare run ends at white space, a parenthesis or a double quote; everything else in it
 * (punctuation included) is text, which the tokenizer later splits into words as the index does.
 * Operators are recognised only as whole runs, so `ANDROID`, `and` and `-OR` are text.
 */
import { fieldKind, FIELD_NAMES, closestName } from './query-fields.js';
import type { FieldKind } from './query-fields.js';
import { QuerySyntaxError } from './query-syntax-error.js';

/** FTS5's own default when NEAR has no distance. */
export const DEFAULT_NEAR_DISTANCE = 10;
export const MAX_NEAR_DISTANCE = 9999;

type TokenBase = {
  start: number;
  end: number;
  /** No white space between this token and the previous one. */
  glued: boolean;
};

type SimpleToken = TokenBase & { kind: 'open' | 'close' | 'and' | 'or' | 'not' | 'minus' };
type NearToken = TokenBase & { kind: 'near'; distance: number };
type FieldToken = TokenBase & { kind: 'field'; field: FieldKind; name: string };
type TextToken = TokenBase & { kind: 'text'; text: string };
type PhraseToken = TokenBase & { kind: 'phrase'; text: string; prefix: boolean };

export type QueryToken = SimpleToken | NearToken | FieldToken | TextToken | PhraseToken;

const SPACE = /\s/u;
const FIELD_PREFIX = /^(\p{L}+):/u;
const NEAR = /^NEAR(?:\/(.*))?$/s;

function endsRun(char: string): boolean {
  return char === '(' || char === ')' || char === '"' || SPACE.test(char);
}

/** Tokenises `text` (already normalised). Throws QuerySyntaxError on a lexical error. */
export function lexQuery(text: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let index = 0;
  let glued = false;
  /** Set after `-` (operators become text) and after `field:` (fields too). */
  let after: 'minus' | 'field' | null = null;
  const push = (token: QueryToken) => {
    tokens.push(token);
    glued = true;
  };
  while (index < text.length) {
    const char = text[index] ?? '';
    if (SPACE.test(char)) {
      index += 1;
      glued = false;
      after = null;
      continue;
    }
    const start = index;
    if (char === '(' || char === ')') {
      push({ kind: char === '(' ? 'open' : 'close', start, end: index + 1, glued });
      index += 1;
      after = null;
      continue;
    }
    if (char === '"') {
      const close = text.indexOf('"', index + 1);
      if (close === -1) {
        throw new QuerySyntaxError('this quote is never closed: add the closing " (or remove this one)', start, start + 1);
      }
      const prefix = text[close + 1] === '*';
      index = close + 1 + (prefix ? 1 : 0);
      push({ kind: 'phrase', text: text.slice(start + 1, close), prefix, start, end: index, glued });
      after = null;
      continue;
    }
    const next = text[index + 1] ?? '';
    // A `-` negates what it is glued to, and only where a condition starts (after white space or
    // `(`): `e-mail`, `a-b` and `from:-x` are text.
    const startsCondition = !glued || tokens[tokens.length - 1]?.kind === 'open';
    if (char === '-' && startsCondition && next !== '' && next !== '-' && next !== ')' && !SPACE.test(next)) {
      push({ kind: 'minus', start, end: index + 1, glued });
      index += 1;
      after = 'minus';
      continue;
    }
    let end = index;
    while (end < text.length && !endsRun(text[end] ?? '')) {
      end += 1;
    }
    const run = text.slice(index, end);
    const field = after === 'field' ? null : FIELD_PREFIX.exec(run);
    if (field) {
      const name = field[1] ?? '';
      const kind = fieldKind(name);
      if (!kind) {
        throw unknownField(name, run, start);
      }
      const colon = start + name.length + 1;
      push({ kind: 'field', field: kind, name: name.toLowerCase(), start, end: colon, glued });
      index = colon;
      after = 'field';
      continue;
    }
    push(after === null ? operatorOrText(run, start, end, glued) : { kind: 'text', text: run, start, end, glued });
    index = end;
    after = null;
  }
  return tokens;
}

function operatorOrText(run: string, start: number, end: number, glued: boolean): QueryToken {
  if (run === 'AND' || run === 'OR' || run === 'NOT') {
    return { kind: run === 'AND' ? 'and' : run === 'OR' ? 'or' : 'not', start, end, glued };
  }
  const near = NEAR.exec(run);
  if (!near) {
    return { kind: 'text', text: run, start, end, glued };
  }
  const written = near[1];
  if (written === undefined) {
    return { kind: 'near', distance: DEFAULT_NEAR_DISTANCE, start, end, glued };
  }
  if (!/^\d{1,4}$/.test(written)) {
    throw new QuerySyntaxError(
      `'${run}': NEAR/ takes a number of words from 0 to ${MAX_NEAR_DISTANCE}, as in budget NEAR/5 forecast`,
      start,
      end,
    );
  }
  return { kind: 'near', distance: Number(written), start, end, glued };
}

function unknownField(name: string, run: string, start: number): QuerySyntaxError {
  const suggestion = closestName(name, FIELD_NAMES);
  const hint = suggestion ? ` Did you mean '${suggestion}:'?` : '';
  const shown = run.length > 40 ? `${run.slice(0, 40)}…` : run;
  return new QuerySyntaxError(
    `unknown field '${name}:'.${hint} (quote it to search the text: "${shown}")`,
    start,
    start + name.length + 1,
  );
}
