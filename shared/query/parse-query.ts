/**
 * The search box's little language, parsed into a tree and rendered as an FTS5 MATCH expression.
 *
 * Why here and not in SQL: user text must never reach FTS5's own syntax unquoted (a stray `"`,
 * `-` or `NEAR(` is a syntax error or worse), so every term is re-quoted from the tree. The
 * renderer uses the same parser to tell the officer what a query means before it runs.
 *
 * Syntax: words are ANDed; "quoted phrases"; a trailing * for prefixes; OR between two terms;
 * a leading - excludes; field:term limits a term to one field (subject, from, to, body).
 */
export const QUERY_FIELDS = ['subject', 'from', 'to', 'body'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

export type QueryTerm = {
  text: string;
  phrase: boolean;
  prefix: boolean;
  negated: boolean;
  field: QueryField | null;
};

/** A query is a conjunction of clauses; each clause is one term or several ORed together. */
export type ParsedQuery = {
  clauses: QueryTerm[][];
};

export type QueryParseResult = { ok: true; query: ParsedQuery } | { ok: false; message: string };

const FIELD_PATTERN = /^([a-z]+):(.*)$/s;

type Token = { kind: 'or' } | { kind: 'term'; term: QueryTerm };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < input.length) {
    const char = input[index] ?? '';
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    let negated = false;
    let cursor = index;
    if (input[cursor] === '-' && cursor + 1 < input.length && !/\s/.test(input[cursor + 1] ?? '')) {
      negated = true;
      cursor += 1;
    }
    let field: QueryField | null = null;
    const rest = input.slice(cursor);
    const fieldMatch = FIELD_PATTERN.exec(rest.split(/\s/)[0] ?? '');
    if (fieldMatch && (QUERY_FIELDS as readonly string[]).includes(fieldMatch[1] ?? '')) {
      field = fieldMatch[1] as QueryField;
      cursor += (fieldMatch[1] ?? '').length + 1;
    }
    if (input[cursor] === '"') {
      const close = input.indexOf('"', cursor + 1);
      const end = close === -1 ? input.length : close;
      const text = input.slice(cursor + 1, end);
      const prefix = close !== -1 && input[close + 1] === '*';
      tokens.push({ kind: 'term', term: { text, phrase: true, prefix, negated, field } });
      index = close === -1 ? input.length : close + 1 + (prefix ? 1 : 0);
      continue;
    }
    let end = cursor;
    while (end < input.length && !/\s/.test(input[end] ?? '')) {
      end += 1;
    }
    const word = input.slice(cursor, end);
    index = end;
    if (word === 'OR' && !negated && field === null) {
      tokens.push({ kind: 'or' });
      continue;
    }
    const prefix = word.length > 1 && word.endsWith('*');
    const text = prefix ? word.slice(0, -1) : word;
    tokens.push({ kind: 'term', term: { text, phrase: false, prefix, negated, field } });
  }
  return tokens;
}

/** Splits text the way FTS5's unicode61 tokenizer will, so empty terms are caught here. */
export function termWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}\p{M}_]+/u).filter((word) => word.length > 0);
}

export function parseQuery(input: string): QueryParseResult {
  const tokens = tokenize(input.normalize('NFKC'));
  const clauses: QueryTerm[][] = [];
  let pendingOr = false;
  for (const token of tokens) {
    if (token.kind === 'or') {
      if (clauses.length === 0 || pendingOr) {
        return { ok: false, message: 'OR must stand between two terms' };
      }
      pendingOr = true;
      continue;
    }
    if (termWords(token.term.text).length === 0) {
      continue;
    }
    const last = clauses[clauses.length - 1];
    if (pendingOr && last) {
      if (token.term.negated || last.some((term) => term.negated)) {
        return { ok: false, message: 'an excluded term (-word) cannot be part of an OR' };
      }
      last.push(token.term);
      pendingOr = false;
    } else {
      clauses.push([token.term]);
    }
  }
  if (pendingOr) {
    return { ok: false, message: 'OR must stand between two terms' };
  }
  if (clauses.length > 0 && clauses.every((clause) => clause.every((term) => term.negated))) {
    return { ok: false, message: 'a query needs at least one term that is not excluded' };
  }
  return { ok: true, query: { clauses } };
}

function renderTerm(term: QueryTerm, columnOf: (field: QueryField) => string): string {
  // Quoting every word sidesteps FTS5 operators in user text; doubling " is FTS5's escape.
  const quoted = `"${termWords(term.text).join(' ').replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;
  return term.field === null ? quoted : `${columnOf(term.field)} : ${quoted}`;
}

/**
 * Renders a parsed query as an FTS5 MATCH string. `columnOf` maps a query field to the index's
 * column name. Returns null for an empty query.
 */
export function toFts5(query: ParsedQuery, columnOf: (field: QueryField) => string): string | null {
  const positive: string[] = [];
  const negative: string[] = [];
  for (const clause of query.clauses) {
    const first = clause[0];
    if (!first) {
      continue;
    }
    if (first.negated) {
      negative.push(renderTerm(first, columnOf));
      continue;
    }
    const rendered = clause.map((term) => renderTerm(term, columnOf));
    positive.push(rendered.length === 1 ? (rendered[0] ?? '') : `(${rendered.join(' OR ')})`);
  }
  if (positive.length === 0) {
    return null;
  }
  const base = positive.join(' AND ');
  return negative.length === 0 ? base : `(${base}) NOT (${negative.join(' OR ')})`;
}
