/**
 * Compiles the search language's tree (shared/query/query-ast.ts) into one FTS5 MATCH
 * expression that drives ranking and snippets, plus SQL conditions on `r`, a record's
 * `record_facts` row (rowid, id, kind, day, child_count), for the rest.
 *
 * Why split: FTS5 evaluates word logic (AND, OR, NOT, NEAR, phrases, prefixes, column filters)
 * far faster than SQL, and bm25 and snippet() exist only for the MATCH that selects the row. But
 * FTS5 cannot express a query that is only a negation, nor anything about custodians, dates or
 * codings. So a subtree made only of words stays one FTS5 expression; anything mixed becomes SQL
 * in which each word subtree is `r.rowid IN (rows matching it)`.
 *
 * User text never reaches FTS5 syntax: words come from the parser already tokenised and are
 * re-quoted here; every value reaches SQL as a bound parameter.
 */
import { assertNever } from '../../../../shared/errors.js';
import type { DateNode, NearNode, QueryNode, TermNode, TextField, ValueNode } from '../../../../shared/query/query-ast.js';

/** A condition on `r` (a `record_facts` row) with its parameters, in order. */
export type SqlCondition = { sql: string; params: unknown[] };

/** Turns a value field (custodian:, tag:…) into a condition; it knows the case, this file does not. */
export type ValueConditions = (node: ValueNode) => SqlCondition;

export type CompiledSearch = {
  /** The FTS5 expression the results come from, ranked by bm25; null: no word condition at the top. */
  match: string | null;
  /** Conditions on `r` ANDed with the match; `1` when there are none. */
  where: SqlCondition;
};

/** The FTS5 columns of records_fts (index migration 5), per text field. */
const FIELD_COLUMNS: Record<TextField, readonly string[]> = {
  from: ['sender'],
  to: ['to_text'],
  cc: ['cc_text'],
  bcc: ['bcc_text'],
  participant: ['sender', 'to_text', 'cc_text', 'bcc_text'],
  subject: ['subject'],
  body: ['body'],
  filename: ['names'],
};

/** Every column a term without a field searches: all of them. */
export const FTS_COLUMNS = ['subject', 'sender', 'to_text', 'cc_text', 'bcc_text', 'body', 'names'] as const;

type Part = { kind: 'fts'; expr: string } | { kind: 'sql'; condition: SqlCondition };

const TRUE: SqlCondition = { sql: '1', params: [] };

function quotePhrase(term: TermNode): string {
  // Words are token characters only, so a double quote cannot occur; doubled anyway, as FTS5 escapes it.
  return `"${term.words.join(' ').replace(/"/g, '""')}"${term.prefix ? ' *' : ''}`;
}

function withField(field: TextField | null, expr: string): string {
  if (field === null) {
    return expr;
  }
  return `{${FIELD_COLUMNS[field].join(' ')}} : ${expr}`;
}

function termExpr(term: TermNode): string {
  return withField(term.field, quotePhrase(term));
}

function nearExpr(near: NearNode): string {
  return withField(near.field, `NEAR(${near.terms.map(quotePhrase).join(' ')}, ${near.distance})`);
}

/** Rows whose text matches `expr`, as a condition on r. */
function ftsCondition(expr: string, negated = false): SqlCondition {
  return {
    sql: `r.rowid ${negated ? 'NOT IN' : 'IN'} (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)`,
    params: [expr],
  };
}

function asCondition(part: Part): SqlCondition {
  return part.kind === 'sql' ? part.condition : ftsCondition(part.expr);
}

function joinConditions(conditions: readonly SqlCondition[], operator: 'AND' | 'OR'): SqlCondition {
  if (conditions.length === 1 && conditions[0]) {
    return conditions[0];
  }
  return {
    sql: conditions.map((condition) => `(${condition.sql})`).join(` ${operator} `),
    params: conditions.flatMap((condition) => condition.params),
  };
}

function dateCondition(node: DateNode): SqlCondition {
  // The calendar day in the record's own zone: the date part of its ISO date, which keeps the
  // offset it was written with (record_facts.day, indexed).
  const clauses = ['r.day IS NOT NULL'];
  const params: unknown[] = [];
  if (node.from !== null) {
    clauses.push('r.day >= ?');
    params.push(node.from);
  }
  if (node.to !== null) {
    clauses.push('r.day <= ?');
    params.push(node.to);
  }
  return { sql: clauses.join(' AND '), params };
}

/** The FTS5 form of an AND's word children: positives ANDed, then each negated word subtree NOT-ed off. */
function andOfWords(positives: readonly string[], negatives: readonly string[]): string {
  const base = positives.length === 1 ? (positives[0] ?? '') : positives.map((expr) => `(${expr})`).join(' AND ');
  return negatives.reduce((expr, negative) => `(${expr}) NOT (${negative})`, base);
}

function compileAnd(children: readonly QueryNode[], values: ValueConditions): Part {
  const positives: string[] = [];
  const negatives: string[] = [];
  const conditions: SqlCondition[] = [];
  for (const child of children) {
    if (child.type === 'not') {
      const inner = compileNode(child.child, values);
      if (inner.kind === 'fts') {
        negatives.push(inner.expr);
      } else {
        conditions.push({ sql: `NOT (${inner.condition.sql})`, params: inner.condition.params });
      }
      continue;
    }
    const part = compileNode(child, values);
    if (part.kind === 'fts') {
      positives.push(part.expr);
    } else {
      conditions.push(part.condition);
    }
  }
  if (positives.length > 0) {
    const words = andOfWords(positives, negatives);
    if (conditions.length === 0) {
      return { kind: 'fts', expr: words };
    }
    return { kind: 'sql', condition: joinConditions([ftsCondition(words), ...conditions], 'AND') };
  }
  // FTS5 has no unary NOT: negated words with nothing positive to subtract from become SQL.
  return { kind: 'sql', condition: joinConditions([...conditions, ...negatives.map((expr) => ftsCondition(expr, true))], 'AND') };
}

function compileOr(children: readonly QueryNode[], values: ValueConditions): Part {
  const parts = children.map((child) => compileNode(child, values));
  if (parts.every((part) => part.kind === 'fts')) {
    return { kind: 'fts', expr: parts.map((part) => `(${part.expr})`).join(' OR ') };
  }
  return { kind: 'sql', condition: joinConditions(parts.map(asCondition), 'OR') };
}

function compileNode(node: QueryNode, values: ValueConditions): Part {
  switch (node.type) {
    case 'term':
      return { kind: 'fts', expr: termExpr(node) };
    case 'near':
      return { kind: 'fts', expr: nearExpr(node) };
    case 'value':
      return { kind: 'sql', condition: values(node) };
    case 'has':
      // has:attachment: a message or document with records inside it (attachments, media, members).
      return { kind: 'sql', condition: { sql: 'r.child_count > 0', params: [] } };
    case 'date':
      return { kind: 'sql', condition: dateCondition(node) };
    case 'and':
      return compileAnd(node.children, values);
    case 'or':
      return compileOr(node.children, values);
    case 'not': {
      const inner = compileNode(node.child, values);
      return inner.kind === 'fts'
        ? { kind: 'sql', condition: ftsCondition(inner.expr, true) }
        : { kind: 'sql', condition: { sql: `NOT (${inner.condition.sql})`, params: inner.condition.params } };
    }
    default:
      return assertNever(node, 'query node');
  }
}

/**
 * Compiles a parsed query. The top-level word conditions become the MATCH (so bm25 ranks by
 * them); when the top is an AND mixing words and filters, its word part is lifted out for that.
 */
export function compileSearch(query: QueryNode | null, values: ValueConditions): CompiledSearch {
  if (query === null) {
    return { match: null, where: TRUE };
  }
  if (query.type === 'and') {
    const words: QueryNode[] = [];
    const rest: QueryNode[] = [];
    for (const child of query.children) {
      (isWordsOnly(child) ? words : rest).push(child);
    }
    const positiveWords = words.some((child) => child.type !== 'not');
    if (positiveWords && rest.length > 0) {
      const match = compileAnd(words, values);
      const where = compileAnd(rest, values);
      if (match.kind === 'fts') {
        return { match: match.expr, where: asCondition(where) };
      }
    }
  }
  const part = compileNode(query, values);
  return part.kind === 'fts' ? { match: part.expr, where: TRUE } : { match: null, where: part.condition };
}

/** True when the subtree holds only word conditions, so FTS5 alone can decide it. */
function isWordsOnly(node: QueryNode): boolean {
  switch (node.type) {
    case 'term':
    case 'near':
      return true;
    case 'value':
    case 'has':
    case 'date':
      return false;
    case 'and':
      // FTS5 cannot evaluate an AND of negations alone; compileAnd turns that into SQL.
      return node.children.every(isWordsOnly) && node.children.some((child) => child.type !== 'not');
    case 'or':
      return node.children.every((child) => child.type !== 'not' && isWordsOnly(child));
    case 'not':
      return isWordsOnly(node.child);
    default:
      return assertNever(node, 'query node');
  }
}
