/**
 * A parsed query read back in plain words, for the line under the search box that tells the
 * officer what will run ("from: lay AND (budget OR forecast)"). Every grouping is made explicit
 * and every word is shown as the index will match it (lower case, accents gone), so a
 * surprise in precedence or tokenising shows before the search does.
 */
import type { DateNode, QueryNode, TermNode, ValueNode } from './query-ast.js';
import { daysInMonth } from './query-dates.js';

export function describeQuery(node: QueryNode): string {
  switch (node.type) {
    case 'term':
      return withField(node.field, describeTerm(node));
    case 'near': {
      const chain = node.terms.map(describeTerm).join(` NEAR/${node.distance} `);
      return node.field === null ? chain : `${node.field}: (${chain})`;
    }
    case 'value':
      return `${node.field}: ${describeValue(node)}`;
    case 'has':
      return `has: ${node.what}`;
    case 'date':
      return `date: ${describeDays(node)}`;
    case 'not':
      return `NOT ${grouped(node.child, ['and', 'or', 'near', 'not'])}`;
    case 'and':
      return node.children.map((child) => grouped(child, ['or'])).join(' AND ');
    case 'or':
      return node.children.map((child) => grouped(child, ['and'])).join(' OR ');
  }
}

function grouped(node: QueryNode, needsParentheses: readonly QueryNode['type'][]): string {
  const text = describeQuery(node);
  return needsParentheses.includes(node.type) ? `(${text})` : text;
}

function withField(field: string | null, text: string): string {
  return field === null ? text : `${field}: ${text}`;
}

/** One word bare; several (a phrase, or `e-mail` split in two) quoted, as they must be adjacent. */
function describeTerm(term: TermNode): string {
  const words = term.words.join(' ');
  const quoted = term.phrase || term.words.length > 1 ? `"${words}"` : words;
  return term.prefix ? `${quoted}*` : quoted;
}

function describeValue(node: ValueNode): string {
  return /[\s()"]/.test(node.value) || node.value.length === 0 ? `"${node.value}"` : node.value;
}

function describeDays(node: DateNode): string {
  const { from, to } = node;
  if (from !== null && to !== null) {
    if (from === to) {
      return from;
    }
    const wholeYear = from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`;
    if (wholeYear) {
      return from.slice(0, 4);
    }
    const month = from.slice(0, 7);
    const wholeMonth = from.endsWith('-01') && to === `${month}-${daysInMonth(Number(from.slice(0, 4)), Number(from.slice(5, 7)))}`;
    return wholeMonth ? month : `${from} to ${to}`;
  }
  if (from !== null) {
    return `${from} or later`;
  }
  return to !== null ? `${to} or earlier` : 'any';
}
