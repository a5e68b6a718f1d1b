/**
 * The terms of a query that can match a record's body text: what to highlight where the body is
 * shown other than as text (on a scanned page's image, through OCR's word boxes).
 *
 * A term under NOT is left out (the record matched because it is absent), and so is a term in a
 * field other than the body (`from:`, `subject:`…): it did not match the page. A term with no
 * field matches any text field, the body included, so it is kept. NEAR's terms are kept each on
 * its own: on a page, every instance of them is worth seeing, not only the pair that was near.
 */
import type { QueryNode, TermNode } from './query-ast.js';

/** What a body term asks for: a run of words, the last a prefix when `prefix`. */
export type BodyTerm = Pick<TermNode, 'words' | 'prefix'>;

/** The query's positive terms that can match the body, each once, in the order written. */
export function bodyTermsOf(query: QueryNode | null): BodyTerm[] {
  const terms: BodyTerm[] = [];
  const seen = new Set<string>();
  const add = (term: TermNode): void => {
    if ((term.field !== null && term.field !== 'body') || term.words.length === 0) {
      return;
    }
    const key = `${term.prefix ? '*' : ''}${term.words.join(' ')}`;
    if (!seen.has(key)) {
      seen.add(key);
      terms.push({ words: term.words, prefix: term.prefix });
    }
  };
  const visit = (node: QueryNode): void => {
    switch (node.type) {
      case 'term':
        add(node);
        return;
      case 'near':
        node.terms.forEach(add);
        return;
      case 'and':
      case 'or':
        node.children.forEach(visit);
        return;
      case 'not':
      case 'value':
      case 'has':
      case 'date':
        return;
    }
  };
  if (query !== null) {
    visit(query);
  }
  return terms;
}
