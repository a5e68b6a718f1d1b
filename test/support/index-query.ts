/**
 * An IndexSearchQuery for tests that call the index directly: everything, or one phrase, with
 * the defaults the search handler would use and an empty case scope.
 */
import type { RecordKind } from '../../shared/model/record.js';
import type { IndexSearchQuery } from '../../main/core/index/record-index.js';

export function indexQuery(options: { phrase?: string; kinds?: RecordKind[]; page?: number; pageSize?: number } = {}): IndexSearchQuery {
  const phrase = options.phrase ?? '';
  const words = phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  return {
    query: words.length === 0 ? null : { type: 'term', span: { start: 0, end: phrase.length }, field: null, words, phrase: true, prefix: false },
    queryText: phrase,
    explanation: phrase,
    kinds: options.kinds ?? null,
    order: 'relevance',
    groupFamilies: false,
    hideDuplicates: false,
    facets: false,
    page: options.page ?? 0,
    pageSize: options.pageSize ?? 200,
    scope: { sourceChannels: {}, decisions: {}, exemptions: {} },
  };
}
