/**
 * Small helpers for the parser's tests: a parsed tree without spans (to compare shapes), and a
 * failure as its message plus the text its span underlines.
 */
import type { QueryNode, TermNode } from '../../../../shared/query/query-ast.js';
import { parseSearchQuery } from '../../../../shared/query/query-parser.js';

/** The tree of a query that must parse, or null for an empty one. */
export function parsed(input: string): QueryNode | null {
  const result = parseSearchQuery(input);
  if (!result.ok) {
    throw new Error(`expected ${JSON.stringify(input)} to parse: ${result.error.message}`);
  }
  return result.query;
}

/** The same tree with every span removed, for comparing shapes. */
export function shape(input: string): unknown {
  return JSON.parse(JSON.stringify(parsed(input), (key, value: unknown) => (key === 'span' ? undefined : value))) as unknown;
}

/** The error of a query that must fail, with `underlined`: the typed text its span covers. */
export function failure(input: string): { message: string; underlined: string; start: number; end: number } {
  const result = parseSearchQuery(input);
  if (result.ok) {
    throw new Error(`expected ${JSON.stringify(input)} to fail, got ${JSON.stringify(result.query)}`);
  }
  const { start, end } = result.error.span;
  return { message: result.error.message, underlined: input.slice(start, end), start, end };
}

/** A term as the parser builds it, without span. */
export function term(words: string | string[], options: Partial<Omit<TermNode, 'type' | 'span' | 'words'>> = {}): unknown {
  return {
    type: 'term',
    field: options.field ?? null,
    words: typeof words === 'string' ? [words] : words,
    phrase: options.phrase ?? false,
    prefix: options.prefix ?? false,
  };
}

export const and = (...children: unknown[]) => ({ type: 'and', children });
export const or = (...children: unknown[]) => ({ type: 'or', children });
export const not = (child: unknown) => ({ type: 'not', child });
