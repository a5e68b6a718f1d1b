/**
 * A query must find records, not only exclude them: `-draft` alone, or `budget OR -draft`, would
 * list nearly the whole collection, which is never what an officer meant and which FTS5 cannot
 * run on its own. Filters (`kind:email`, `date:2021`, `has:attachment`) find records too.
 */
import type { QueryError, QueryNode } from './query-ast.js';

/** True when every record `node` matches must also match a condition that is not a negation. */
export function findsRecords(node: QueryNode): boolean {
  switch (node.type) {
    case 'and':
      return node.children.some(findsRecords);
    case 'or':
      return node.children.every(findsRecords);
    case 'not':
      return node.child.type === 'not' && findsRecords(node.child.child);
    default:
      return true;
  }
}

/** The error for a query that only excludes, pointing at the part to fix; null when it is fine. */
export function positivityError(query: QueryNode): QueryError | null {
  if (findsRecords(query)) {
    return null;
  }
  const side = query.type === 'or' ? query.children.find((child) => !findsRecords(child)) : undefined;
  if (side) {
    return {
      message: 'each side of OR must find records on its own; this side only excludes (- and NOT exclude)',
      span: side.span,
    };
  }
  return {
    message: 'a query needs at least one condition that finds records; - and NOT only exclude (add a word, or a filter such as kind:email)',
    span: query.span,
  };
}
