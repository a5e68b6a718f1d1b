/**
 * Search, search-term reports and their export. The shared parser reads the officer's query
 * (the same parser the search box runs as they type, so both report the same error at the same
 * place), the case supplies what channel:, decision: and exemption: mean, and the index
 * compiles the rest to FTS5 and SQL.
 */
import { join } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import type { CallArgs } from '../../../shared/ipc/contract.js';
import type { SearchResult, TermReport } from '../../../shared/model/search.js';
import { describeQuery } from '../../../shared/query/describe-query.js';
import type { QueryNode } from '../../../shared/query/query-ast.js';
import { parseSearchQuery } from '../../../shared/query/query-parser.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { randomId } from '../ingest/ids.js';
import { loadPacketFonts } from '../packet/packet-fonts.js';
import { termReportCsv } from '../reports/term-report-csv.js';
import { renderTermReportPdf } from '../reports/term-report-pdf.js';
import { sha256Hex } from '../util/hash.js';
import { writeAtomically } from '../util/write-atomically.js';
import { requireRequest } from './request-handlers.js';
import { searchScope } from './search-scope.js';

/** Where exported reports go inside the case folder. */
export const REPORTS_FOLDER = 'reports';

/**
 * Parses `input` or throws invalid-args whose message names the place, and whose details carry
 * the span for the search box to underline. `label` says which input ("term 3") when several are.
 */
export function parseOrThrow(input: string, label: string | null = null): QueryNode | null {
  const parsed = parseSearchQuery(input);
  if (!parsed.ok) {
    const { message, span } = parsed.error;
    const where = `${label === null ? '' : `${label}, `}at character ${span.start + 1}`;
    throw new AppError('invalid-args', `Query not understood (${where}): ${message}`, { query: input, span, label });
  }
  return parsed.query;
}

export type SearchRun = Omit<CallArgs<'search.query'>, 'kinds'> & { kinds?: CallArgs<'search.query'>['kinds'] };

/** One search as search.query and savedSearches.run perform it. */
export async function runSearch(ctx: BackendContext, args: SearchRun): Promise<SearchResult> {
  const session = ctx.session();
  if (args.requestId !== null) {
    requireRequest(ctx, args.requestId);
  }
  const query = parseOrThrow(args.query);
  const scope = searchScope(session.store.data, args.requestId);
  return session.index.search({
    query,
    queryText: args.query,
    explanation: query === null ? 'every record' : describeQuery(query),
    kinds: args.kinds ?? null,
    order: args.order,
    groupFamilies: args.groupFamilies,
    hideDuplicates: args.hideDuplicates,
    facets: args.facets,
    page: args.page,
    pageSize: args.pageSize,
    scope,
  });
}

/**
 * The ids of every record `queryText` matches in the request's scope, each record once
 * (families not grouped, duplicates kept): what batch coding and batches act on.
 */
export async function everyMatchingId(ctx: BackendContext, queryText: string, requestId: string): Promise<string[]> {
  const session = ctx.session();
  return session.index.matchingIds({
    query: parseOrThrow(queryText),
    queryText,
    explanation: '',
    kinds: null,
    order: 'oldest',
    groupFamilies: false,
    hideDuplicates: false,
    facets: false,
    page: 0,
    pageSize: 1,
    scope: searchScope(session.store.data, requestId),
  });
}

async function termReport(ctx: BackendContext, args: CallArgs<'search.termReport'>): Promise<TermReport> {
  const session = ctx.session();
  if (args.requestId !== null) {
    requireRequest(ctx, args.requestId);
  }
  const scope = searchScope(session.store.data, args.requestId);
  const within = parseOrThrow(args.within, 'the "within" query');
  const terms = args.terms.map((term, index) => {
    const label = `term ${index + 1} "${term}"`;
    const node = parseOrThrow(term, label);
    if (node === null) {
      throw new AppError('invalid-args', `Term ${index + 1} has no words or conditions`, { label: `term ${index + 1}` });
    }
    return node;
  });
  const counts = await session.index.termReport(terms, within, scope);
  return {
    within: args.within,
    rows: args.terms.map((term, index) => ({
      term,
      ...(counts.terms[index] ?? { hits: 0, uniqueHits: 0, hitsWithFamilies: 0, uniqueHitsWithFamilies: 0 }),
    })),
    total: counts.total,
    recordsSearched: counts.recordsSearched,
    createdAt: ctx.clock().toISOString(),
  };
}

export function searchHandlers(ctx: BackendContext): Pick<CoreHandlers, 'search.query' | 'search.termReport' | 'search.exportTermReport'> {
  return {
    'search.query': (args) => runSearch(ctx, args),
    'search.termReport': (args) => termReport(ctx, args),
    'search.exportTermReport': async (args) => {
      const session = ctx.session();
      const report = await termReport(ctx, args);
      const bytes =
        args.format === 'pdf'
          ? await renderTermReportPdf(
              report,
              {
                caseName: session.store.data.name,
                requestTitle: args.requestId === null ? null : requireRequest(ctx, args.requestId).title,
                // The report's own time, so the file's dates agree with the "Created" it prints.
                generatedAt: new Date(report.createdAt),
              },
              await loadPacketFonts(join(ctx.deps.resourcesDir, 'fonts')),
            )
          : new TextEncoder().encode(termReportCsv(report));
      const stamp = report.createdAt.replace(/[:.]/g, '-');
      const path = join(session.path, REPORTS_FOLDER, `search-terms-${stamp}-${randomId('t').slice(2, 10)}.${args.format}`);
      await writeAtomically(path, bytes);
      const sha256 = sha256Hex(bytes);
      await session.audit.record({
        action: 'report.search-terms',
        target: path,
        before: null,
        after: { sha256, format: args.format, terms: args.terms, within: args.within, requestId: args.requestId, total: report.total },
      });
      return { path, sha256, bytes: bytes.length, report };
    },
  };
}
