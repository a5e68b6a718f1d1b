/**
 * Full-text search: the shared query parser turns the officer's words into a safe FTS5
 * expression; the index ranks with bm25 and marks hits in snippets.
 */
import { AppError } from '../../../shared/errors.js';
import { parseQuery, toFts5 } from '../../../shared/query/parse-query.js';
import type { QueryField } from '../../../shared/query/parse-query.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';

const INDEX_COLUMN: Record<QueryField, string> = {
  subject: 'subject',
  from: 'sender',
  to: 'recipients',
  body: 'body',
};

export function searchHandlers(ctx: BackendContext): Pick<CoreHandlers, 'search.query'> {
  return {
    'search.query': async ({ query, kinds, page, pageSize }) => {
      const parsed = parseQuery(query);
      if (!parsed.ok) {
        throw new AppError('invalid-args', `Query not understood: ${parsed.message}`, { query });
      }
      const match = toFts5(parsed.query, (field) => INDEX_COLUMN[field]);
      return ctx.session().index.search({ match, queryText: query, kinds: kinds ?? null, page, pageSize });
    },
  };
}
