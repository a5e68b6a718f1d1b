/**
 * Saved searches: named, per request, re-runnable, each run adding its result count to the
 * search's history, so an officer can show how a search's reach moved as sources arrived.
 * Saving, replacing, deleting and each run are audited.
 */
import { AppError } from '../../../shared/errors.js';
import type { SavedSearch } from '../../../shared/model/search.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { randomId } from '../ingest/ids.js';
import { requireRequest } from './request-handlers.js';
import { parseOrThrow, runSearch } from './search-handlers.js';

type SavedSearchHandlers = Pick<CoreHandlers, 'savedSearches.list' | 'savedSearches.save' | 'savedSearches.run' | 'savedSearches.delete'>;

/** True when two versions of a saved search would give the same results. */
function sameSearch(a: SavedSearch, b: SavedSearch): boolean {
  return a.query === b.query && a.order === b.order && a.groupFamilies === b.groupFamilies && a.hideDuplicates === b.hideDuplicates && a.requestId === b.requestId;
}

function requireSaved(ctx: BackendContext, savedSearchId: string): SavedSearch {
  const saved = ctx.session().store.data.savedSearches.find((candidate) => candidate.id === savedSearchId);
  if (!saved) {
    throw new AppError('not-found', `No saved search ${savedSearchId} in this case`, { savedSearchId });
  }
  return saved;
}

export function savedSearchHandlers(ctx: BackendContext): SavedSearchHandlers {
  return {
    'savedSearches.list': async ({ requestId }) => {
      requireRequest(ctx, requestId);
      return ctx.session().store.data.savedSearches.filter((saved) => saved.requestId === requestId);
    },
    'savedSearches.save': async ({ requestId, name, query, order, groupFamilies, hideDuplicates }) => {
      const session = ctx.session();
      requireRequest(ctx, requestId);
      parseOrThrow(query);
      const result = await runSearch(ctx, { query, requestId, order, groupFamilies, hideDuplicates, facets: false, page: 0, pageSize: 1 });
      const at = ctx.clock().toISOString();
      const before = session.store.data.savedSearches.find((saved) => saved.requestId === requestId && saved.name === name) ?? null;
      const saved: SavedSearch = {
        id: before?.id ?? randomId('v'),
        requestId,
        name,
        query,
        order,
        groupFamilies,
        hideDuplicates,
        createdAt: before?.createdAt ?? at,
        createdBy: before?.createdBy ?? ctx.deps.actor,
        history: [...(before?.history ?? []), { at, by: ctx.deps.actor, total: result.total }],
      };
      await session.store.update((data) => {
        data.savedSearches = [...data.savedSearches.filter((candidate) => candidate.id !== saved.id), saved];
      });
      await session.audit.record({ action: before ? 'search.replace' : 'search.save', target: saved.id, before, after: saved });
      return saved;
    },
    'savedSearches.run': async ({ savedSearchId, facets, page, pageSize }) => {
      const session = ctx.session();
      const saved = requireSaved(ctx, savedSearchId);
      const result = await runSearch(ctx, { ...saved, facets, page, pageSize });
      const run = { at: ctx.clock().toISOString(), by: ctx.deps.actor, total: result.total };
      // Appended to the search as stored now, not as read before the search ran, and only if it
      // is still the search that ran: a save that replaced it in the meantime must neither be
      // undone nor gain a count that belongs to the query it replaced.
      let updated: SavedSearch | null = null;
      await session.store.update((data) => {
        data.savedSearches = data.savedSearches.map((candidate) => {
          if (candidate.id !== saved.id || !sameSearch(candidate, saved)) {
            return candidate;
          }
          updated = { ...candidate, history: [...candidate.history, run] };
          return updated;
        });
      });
      if (updated === null) {
        throw new AppError('busy', `The saved search "${saved.name}" changed while it ran; run it again`, { savedSearchId });
      }
      // The history is evidence of a search's reach over time, so each entry is audited.
      await session.audit.record({ action: 'search.run', target: saved.id, before: null, after: { query: saved.query, ...run } });
      return { saved: updated, result };
    },
    'savedSearches.delete': async ({ savedSearchId }) => {
      const session = ctx.session();
      const saved = requireSaved(ctx, savedSearchId);
      await session.store.update((data) => {
        data.savedSearches = data.savedSearches.filter((candidate) => candidate.id !== savedSearchId);
      });
      await session.audit.record({ action: 'search.delete', target: saved.id, before: saved, after: null });
      return { deleted: true };
    },
  };
}
