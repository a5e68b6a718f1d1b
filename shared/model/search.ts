import type { RecordKind, RecordSummary } from './record.js';

/** Snippet text marks hits with these two control characters; the UI splits on them. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/** How results are ordered: by bm25 relevance to the query's words, or by the records' dates. */
export const SEARCH_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SearchOrder = (typeof SEARCH_ORDERS)[number];

export type SearchHit = RecordSummary & {
  snippet: string;
  /** bm25 (lower is better); 0 when the order is by date or the query has no words. */
  score: number;
  /** With families grouped: how many records of this family the query hit (the hit may be an attachment of it). */
  familyHits: number;
};

/** One value of a facet and how many results carry it. */
export type FacetCount = { value: string; count: number };

/**
 * Counts over the whole result set (not just the page), one list per facet, largest first except
 * for months, which run in calendar order. A record found in two custodians' collections counts
 * once under each.
 */
export type SearchFacets = {
  custodian: FacetCount[];
  channel: FacetCount[];
  kind: FacetCount[];
  /** 'YYYY'; 'undated' for records without a date. */
  year: FacetCount[];
  /** 'YYYY-MM'. */
  month: FacetCount[];
  /** Labels the collection carried (Gmail labels, Outlook categories). */
  tag: FacetCount[];
  /** responsive, not-responsive, uncoded: in the request searched for, else in any request. */
  decision: FacetCount[];
};

export type SearchResult = {
  query: string;
  /** Results in all: records, or families when they are grouped. */
  total: number;
  page: number;
  pageSize: number;
  order: SearchOrder;
  groupFamilies: boolean;
  hideDuplicates: boolean;
  hits: SearchHit[];
  countsByKind: Partial<Record<RecordKind, number>>;
  facets: SearchFacets | null;
  /** The query as the search understood it, in words, for the officer to check. */
  explanation: string;
};

/** Splits a snippet into plain and highlighted runs for display without any HTML. */
export function splitSnippet(snippet: string): Array<{ text: string; hit: boolean }> {
  const runs: Array<{ text: string; hit: boolean }> = [];
  let hit = false;
  let current = '';
  for (const char of snippet) {
    if (char === HIT_START || char === HIT_END) {
      if (current.length > 0) {
        runs.push({ text: current, hit });
      }
      current = '';
      hit = char === HIT_START;
      continue;
    }
    current += char;
  }
  if (current.length > 0) {
    runs.push({ text: current, hit });
  }
  return runs;
}

/** One row of a search-term report. */
export type TermReportRow = {
  /** The term as the officer wrote it (any query of the search language). */
  term: string;
  /** Records the term hits. */
  hits: number;
  /** Records this term hits and no other term of the list does. */
  uniqueHits: number;
  /** Records in the families (message with its attachments) the term hits. */
  hitsWithFamilies: number;
  /** Records in families that this term hits and no other term does. */
  uniqueHitsWithFamilies: number;
};

/**
 * A search-term report: what officers send a requester to narrow a request. Every count is of
 * records; "with families" counts every record of a family one of whose records is hit.
 */
export type TermReport = {
  /** A query every term is combined with (AND), e.g. a date range or custodians; '' for none. */
  within: string;
  rows: TermReportRow[];
  /** Records hit by any term, without and with their families. */
  total: { hits: number; hitsWithFamilies: number };
  /** Records in the case (within the `within` query, when given). */
  recordsSearched: number;
  createdAt: string;
};

/** One run of a saved search: when, by whom, and how many results it had then. */
export type SavedSearchRun = { at: string; by: string; total: number };

/**
 * A named search kept with a request, so the officer can re-run it and show how its result
 * count moved as sources were added (the history).
 */
export type SavedSearch = {
  id: string;
  requestId: string;
  name: string;
  query: string;
  order: SearchOrder;
  groupFamilies: boolean;
  hideDuplicates: boolean;
  createdAt: string;
  createdBy: string;
  /** Oldest first; one entry per save and per run. */
  history: SavedSearchRun[];
};

/** A report file written into the case's reports/ folder. */
export type WrittenReport = { path: string; sha256: string; bytes: number };
