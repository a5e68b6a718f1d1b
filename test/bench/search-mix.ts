/**
 * The fixed mix of searches, one of each kind, written in our search language and in
 * recoll's query language for the same meaning. Each was checked to hit in the Enron maildir;
 * the field query names Sherri Sera (Jeff Skilling's assistant, the most frequent sender in
 * January–March 2001) because Kenneth Lay's single message in the corpus is from April.
 *
 * Recoll (1.34 query language): OR binds tighter than the implicit AND, `-` excludes, a quoted
 * phrase followed by `p` is an unordered proximity search and `oN` its slack (words allowed
 * between), `from:` is an alias of the author field, and `date:` takes `YYYY-MM-DD/YYYY-MM-DD`.
 * Unlike ours, recoll expands unquoted words to their English stems by default, so its counts
 * can be higher.
 */

export const QUERY_KINDS = ['term', 'phrase', 'boolean', 'proximity', 'field + date'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export type MixQuery = { kind: QueryKind; ours: string; recoll: string };

export const SEARCH_MIX: readonly MixQuery[] = [
  { kind: 'term', ours: 'california', recoll: 'california' },
  { kind: 'phrase', ours: '"power plant"', recoll: '"power plant"' },
  { kind: 'boolean', ours: '(ferc OR commission) AND NOT broadband', recoll: '(ferc OR commission) -broadband' },
  { kind: 'proximity', ours: 'price NEAR/5 cap', recoll: '"price cap"po5' },
  { kind: 'field + date', ours: 'from:sera date:2001-01-01..2001-03-31', recoll: 'from:sera date:2001-01-01/2001-03-31' },
];
