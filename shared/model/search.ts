import type { RecordKind, RecordSummary } from './record.js';

/** Snippet text marks hits with these two control characters; the UI splits on them. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

export type SearchHit = RecordSummary & {
  snippet: string;
  score: number;
};

export type SearchResult = {
  query: string;
  total: number;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  countsByKind: Partial<Record<RecordKind, number>>;
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
