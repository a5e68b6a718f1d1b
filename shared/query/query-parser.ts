/**
 * The search language: text as the officer types it, parsed into the tree of query-ast.ts. The
 * index compiles that tree to FTS5 and SQL, the renderer explains it, and the tests' oracle
 * evaluates it; none of them ever sees the raw text, so user input never reaches FTS5's syntax.
 *
 * Grammar (NOT binds tighter than AND, AND than OR; NEAR joins single terms before anything):
 *
 *   query  := or
 *   or     := and ('OR' and)*
 *   and    := unary (['AND'] unary)*             adjacent conditions are ANDed
 *   unary  := ('NOT' | '-') unary | near
 *   near   := primary (('NEAR' | 'NEAR/n') primary)*
 *   primary:= '(' or ')' | word | "phrase" ['*'] | field ':' value
 *
 * Every mistake is an error with the span to underline, never a silently empty or widened
 * search; the one forgiveness is that a term with no words in it (`--`, `"…"`) is dropped, as
 * the index could not match it anyway, unless dropping it leaves an operator without a side.
 */
import type { NearNode, QueryNode, QueryParseResult, TermNode, TextField } from './query-ast.js';
import { dateCondition, hasCondition, valueCondition } from './query-field-values.js';
import type { WrittenValue } from './query-field-values.js';
import { fieldExample } from './query-fields.js';
import { normaliseQueryInput } from './query-input.js';
import type { QueryInput } from './query-input.js';
import { lexQuery } from './query-lexer.js';
import type { QueryToken } from './query-lexer.js';
import { positivityError } from './query-positivity.js';
import { QuerySyntaxError } from './query-syntax-error.js';
import { fts5Words } from './query-words.js';

export const MAX_QUERY_LENGTH = 2000;
export const MAX_QUERY_NODES = 200;
export const MAX_QUERY_DEPTH = 32;

/** Parses what the officer typed. Never throws. */
export function parseSearchQuery(input: string): QueryParseResult {
  if (input.length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      error: {
        message: `the query is ${input.length} characters long; the limit is ${MAX_QUERY_LENGTH}`,
        span: { start: MAX_QUERY_LENGTH, end: input.length },
      },
    };
  }
  const normalised = normaliseQueryInput(input);
  try {
    const query = new QueryParser(lexQuery(normalised.text), normalised).parse();
    const problem = query ? positivityError(query) : null;
    return problem ? { ok: false, error: problem } : { ok: true, query };
  } catch (error) {
    if (error instanceof QuerySyntaxError) {
      return { ok: false, error: { message: error.message, span: normalised.typedSpan(error.start, error.end) } };
    }
    throw error;
  }
}

/** Inside `subject:( … )`: the field every term takes, and its name as written. */
type Scope = { field: TextField; name: string } | null;

/** A primary as NEAR needs to see it: was it a bare term, and where did it stand. */
type Primary = { node: QueryNode | null; grouped: boolean; start: number; end: number };

type Operand = 'open' | 'text' | 'phrase' | 'field' | 'minus' | 'not';
const OPERAND_STARTS: ReadonlySet<string> = new Set<Operand>(['open', 'text', 'phrase', 'field', 'minus', 'not']);

class QueryParser {
  private position = 0;
  private depth = 0;
  private nodeCount = 0;

  constructor(
    private readonly tokens: readonly QueryToken[],
    private readonly input: QueryInput,
  ) {}

  parse(): QueryNode | null {
    if (this.tokens.length === 0) {
      return null;
    }
    const query = this.parseOr(null);
    const rest = this.peek();
    if (rest) {
      throw rest.kind === 'close'
        ? this.fail('this ) has no matching (', rest)
        : this.fail(`unexpected ${this.describe(rest)}`, rest);
    }
    return query;
  }

  private parseOr(scope: Scope): QueryNode | null {
    const first = this.peek();
    if (!first || first.kind === 'close') {
      return null;
    }
    if (!this.startsOperand(first)) {
      throw this.missingSide(first);
    }
    const start = first.start;
    const children: QueryNode[] = [];
    let previous = this.parseAnd(scope);
    if (previous) {
      children.push(previous);
    }
    while (this.peek()?.kind === 'or') {
      const operator = this.take();
      const next = this.requireOperand(operator, () => this.parseAnd(scope));
      if (!previous) {
        throw this.missingSide(operator);
      }
      children.push(next);
      previous = next;
    }
    return this.combine('or', children, start);
  }

  private parseAnd(scope: Scope): QueryNode | null {
    const start = this.peek()?.start ?? 0;
    const children: QueryNode[] = [];
    let previous = this.parseUnary(scope);
    if (previous) {
      children.push(previous);
    }
    for (let token = this.peek(); token; token = this.peek()) {
      if (token.kind === 'and') {
        const operator = this.take();
        const next = this.requireOperand(operator, () => this.parseUnary(scope));
        if (!previous) {
          throw this.missingSide(operator);
        }
        children.push(next);
        previous = next;
      } else if (this.startsOperand(token)) {
        previous = this.parseUnary(scope);
        if (previous) {
          children.push(previous);
        }
      } else {
        break;
      }
    }
    return this.combine('and', children, start);
  }

  private parseUnary(scope: Scope): QueryNode | null {
    const token = this.peek();
    if (token?.kind !== 'not' && token?.kind !== 'minus') {
      return this.parseNear(scope);
    }
    this.take();
    this.enter(token);
    const child = token.kind === 'not' ? this.requireOperand(token, () => this.parseUnary(scope)) : this.parseUnary(scope);
    this.depth -= 1;
    // `-` glued to punctuation (`-…`) is punctuation: dropped with it, not an error.
    return child ? this.count({ type: 'not', span: this.spanFrom(token.start), child }) : null;
  }

  private parseNear(scope: Scope): QueryNode | null {
    const first = this.parsePrimary(scope);
    const operator = this.peek();
    if (operator?.kind !== 'near') {
      return first.node;
    }
    const terms = [this.nearTerm(first, operator)];
    while (this.peek()?.kind === 'near') {
      const near = this.take();
      if (near.kind === 'near' && near.distance !== operator.distance) {
        throw this.fail(`one NEAR chain has one distance: write ${this.text(operator)} every time, or split the chain`, near);
      }
      const next = this.peek();
      if (!next || (next.kind !== 'text' && next.kind !== 'phrase' && next.kind !== 'field')) {
        throw next && this.startsOperand(next)
          ? this.fail('NEAR joins words or phrases; a group or a negation cannot be one of its sides', next)
          : this.fail('NEAR needs a word or phrase on both sides, as in budget NEAR/5 forecast', near);
      }
      terms.push(this.nearTerm(this.parsePrimary(scope), near));
    }
    const field = terms[0]?.field ?? null;
    const stray = terms.find((term) => term.field !== field);
    if (stray) {
      throw new QuerySyntaxError(
        'every side of NEAR must search the same field: put the field before a group, as in subject:(budget NEAR/5 forecast)',
        first.start,
        this.previousEnd(),
      );
    }
    const node: NearNode = { type: 'near', span: this.spanFrom(first.start), field, terms, distance: operator.distance };
    return this.count(node);
  }

  private nearTerm(primary: Primary, near: QueryToken): TermNode {
    if (!primary.node) {
      throw this.fail('NEAR needs a word or phrase on both sides, as in budget NEAR/5 forecast', near);
    }
    if (primary.grouped || primary.node.type !== 'term') {
      throw new QuerySyntaxError(
        'NEAR joins single words or phrases, not groups, negations or filters such as kind:',
        primary.start,
        primary.end,
      );
    }
    return primary.node;
  }

  private parsePrimary(scope: Scope): Primary {
    const token = this.take();
    switch (token.kind) {
      case 'open':
        return { node: this.parseGroup(token, scope), grouped: true, start: token.start, end: this.previousEnd() };
      case 'text':
      case 'phrase':
        return { node: this.term(token, scope?.field ?? null, token.start), grouped: false, start: token.start, end: token.end };
      case 'field':
        return { node: this.parseField(token, scope), grouped: false, start: token.start, end: this.previousEnd() };
      default:
        throw this.fail(`unexpected ${this.describe(token)}`, token);
    }
  }

  private parseGroup(open: QueryToken, scope: Scope): QueryNode | null {
    this.enter(open);
    if (this.peek()?.kind === 'close') {
      throw new QuerySyntaxError('empty parentheses: put a condition inside, or remove them', open.start, this.take().end);
    }
    const inner = this.parseOr(scope);
    const close = this.peek();
    if (close?.kind !== 'close') {
      throw this.fail('this ( is never closed: add a )', open);
    }
    this.take();
    this.depth -= 1;
    // The group's span takes in its parentheses, so an explanation can underline all of it.
    return inner && (inner.type === 'and' || inner.type === 'or') ? { ...inner, span: this.spanFrom(open.start) } : inner;
  }

  private parseField(token: QueryToken, scope: Scope): QueryNode | null {
    if (token.kind !== 'field') {
      throw this.fail(`unexpected ${this.describe(token)}`, token);
    }
    if (scope) {
      throw this.fail(`${scope.name}:( … ) already says where to search; ${token.name}: cannot be used inside it`, token);
    }
    const value = this.peek();
    if (!value || !value.glued || (value.kind !== 'text' && value.kind !== 'phrase' && value.kind !== 'open')) {
      throw this.fail(`${token.name}: needs a value right after the colon, as in ${fieldExample(token.name)}`, token);
    }
    const { field } = token;
    if (field.kind === 'text') {
      return this.parseTextField(token.name, token.start, field.field);
    }
    if (value.kind !== 'text' && value.kind !== 'phrase') {
      throw this.fail(`${token.name}: takes one value; for several, write ${token.name}:a OR ${token.name}:b`, value);
    }
    this.take();
    const written: WrittenValue =
      value.kind === 'phrase'
        ? { text: value.text.trim() + (value.prefix ? '*' : ''), start: value.start + 1, end: value.end - (value.prefix ? 2 : 1) }
        : { text: value.text, start: value.start, end: value.end };
    const span = this.spanFrom(token.start);
    if (written.text.length === 0) {
      throw new QuerySyntaxError(`${token.name}: needs a value, as in ${fieldExample(token.name)}`, token.start, this.previousEnd());
    }
    const node =
      field.kind === 'value'
        ? valueCondition(field.field, written, span)
        : field.kind === 'has'
          ? hasCondition(written, span)
          : dateCondition(field.field, written, span);
    return this.count(node);
  }

  private parseTextField(name: string, start: number, field: TextField): QueryNode {
    const value = this.take();
    const node = value.kind === 'open' ? this.parseGroup(value, { field, name }) : this.term(value, field, start);
    if (!node) {
      throw new QuerySyntaxError(`${name}: has no words to search for, as in ${fieldExample(name)}`, start, this.previousEnd());
    }
    return node.type === 'term' ? node : { ...node, span: this.spanFrom(start) };
  }

  /** A word run or a phrase as a term; null when it has no words (the caller decides if that is fine). */
  private term(token: QueryToken, field: TextField | null, start: number): TermNode | null {
    if (token.kind !== 'text' && token.kind !== 'phrase') {
      throw this.fail(`unexpected ${this.describe(token)}`, token);
    }
    const prefix = token.kind === 'phrase' ? token.prefix : token.text.endsWith('*');
    const words = fts5Words(token.kind === 'phrase' || !prefix ? token.text : token.text.slice(0, -1));
    if (words.length === 0) {
      return null;
    }
    return this.count({ type: 'term', span: this.spanFrom(start), field, words, phrase: token.kind === 'phrase', prefix });
  }

  /** AND or OR of the children; the single child itself; null for none. Same-type children merge. */
  private combine(type: 'and' | 'or', children: QueryNode[], start: number): QueryNode | null {
    if (children.length <= 1) {
      return children[0] ?? null;
    }
    const flat = children.flatMap((child) => (child.type === type ? child.children : [child]));
    return this.count({ type, span: this.spanFrom(start), children: flat });
  }

  /** Parses the operand after `operator`, which must exist and must not vanish. */
  private requireOperand(operator: QueryToken, parse: () => QueryNode | null): QueryNode {
    const next = this.peek();
    if (!next || !this.startsOperand(next)) {
      throw next?.kind === 'near' ? this.fail('NEAR needs a word or phrase on both sides, as in budget NEAR/5 forecast', next) : this.missingSide(operator);
    }
    const operand = parse();
    if (!operand) {
      throw this.missingSide(operator);
    }
    return operand;
  }

  private missingSide(operator: QueryToken): QuerySyntaxError {
    switch (operator.kind) {
      case 'near':
        return this.fail('NEAR needs a word or phrase on both sides, as in budget NEAR/5 forecast', operator);
      case 'not':
        return this.fail('NOT needs a condition after it, as in budget NOT forecast', operator);
      case 'and':
      case 'or': {
        const word = operator.kind.toUpperCase();
        return this.fail(`${word} needs a condition on both sides (to search for the word itself, write "${word}")`, operator);
      }
      default:
        return this.fail(`unexpected ${this.describe(operator)}`, operator);
    }
  }

  private startsOperand(token: QueryToken): boolean {
    return OPERAND_STARTS.has(token.kind);
  }

  private enter(token: QueryToken): void {
    this.depth += 1;
    if (this.depth > MAX_QUERY_DEPTH) {
      throw this.fail(`the query nests too deeply: at most ${MAX_QUERY_DEPTH} levels of parentheses and NOT`, token);
    }
  }

  private count<T extends QueryNode>(node: T): T {
    this.nodeCount += 1;
    if (this.nodeCount > MAX_QUERY_NODES) {
      throw new QuerySyntaxError(
        `the query has more than ${MAX_QUERY_NODES} conditions; split it into smaller searches`,
        this.tokens[this.position - 1]?.start ?? 0,
        this.previousEnd(),
      );
    }
    return node;
  }

  private peek(): QueryToken | undefined {
    return this.tokens[this.position];
  }

  private take(): QueryToken {
    const token = this.tokens[this.position];
    if (!token) {
      throw new QuerySyntaxError('the query ends too early', this.previousEnd(), this.previousEnd());
    }
    this.position += 1;
    return token;
  }

  private previousEnd(): number {
    return this.tokens[this.position - 1]?.end ?? 0;
  }

  /** The typed span from normalised offset `start` to the end of the last token taken. */
  private spanFrom(start: number) {
    return this.input.typedSpan(start, this.previousEnd());
  }

  private text(token: QueryToken): string {
    return this.input.text.slice(token.start, token.end);
  }

  private describe(token: QueryToken): string {
    return `'${this.text(token)}'`;
  }

  private fail(message: string, token: QueryToken): QuerySyntaxError {
    return new QuerySyntaxError(message, token.start, token.end);
  }
}
