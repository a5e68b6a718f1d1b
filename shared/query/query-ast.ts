/**
 * The search language's syntax tree: what the parser (query-parser.ts) produces, what the index
 * compiles to FTS5 plus SQL filters, and what the brute-force oracle of the tests evaluates.
 * Every node keeps the span of input it came from, so errors and explanations can point at it.
 */

/** Character offsets into the query as typed: `start` inclusive, `end` exclusive. */
export type QuerySpan = { start: number; end: number };

/**
 * Fields matched as words in the full-text index. `from` is the sender; `to`, `cc`, `bcc` the
 * recipients of that header; `participant` any of the four; `filename` the record's own file
 * name and the names of its attachments or archive members.
 */
export const TEXT_FIELDS = ['from', 'to', 'cc', 'bcc', 'participant', 'subject', 'body', 'filename'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * Fields matched against a value the case knows: whose collection (custodian), how it came
 * (channel), what it is (kind), where it was filed (folder), and the officer's work product
 * (tag, decision, exemption).
 */
export const VALUE_FIELDS = ['custodian', 'channel', 'kind', 'folder', 'tag', 'decision', 'exemption'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

/** What `has:` can ask for. */
export const HAS_VALUES = ['attachment'] as const;
export type HasValue = (typeof HAS_VALUES)[number];

/**
 * A run of words that must appear next to each other, in this order, in one field: a single
 * word is a run of one. `words` are the query's words as the index tokenises them (see
 * query-words.ts); `prefix` makes the last word match any word it starts.
 */
export type TermNode = {
  type: 'term';
  span: QuerySpan;
  /** null: any text field. */
  field: TextField | null;
  words: string[];
  /** The officer wrote it in double quotes. */
  phrase: boolean;
  prefix: boolean;
};

/**
 * `a NEAR/n b [NEAR/n c…]`, i.e. FTS5's `NEAR(a b c, n)`: an instance of every term in one column
 * such that, M being the latest start among them, each instance ends at most `distance` tokens
 * before M (fts5ExprNearIsMatch). For two terms that is at most `distance` words between them,
 * in either order; for three or more the whole group must fit, not just each pair of neighbours.
 * `field` is the terms' common field, which each term also carries.
 */
export type NearNode = {
  type: 'near';
  span: QuerySpan;
  field: TextField | null;
  terms: TermNode[];
  distance: number;
};

/** `custodian:"Jeff Skilling"`, `kind:email`, `folder:inbox`, `decision:responsive`… */
export type ValueNode = {
  type: 'value';
  span: QuerySpan;
  field: ValueField;
  /** As typed, unquoted; `*` is a wildcard for any run of characters. Matched without regard to case. */
  value: string;
};

export type HasNode = { type: 'has'; span: QuerySpan; what: HasValue };

/**
 * `date:`, `before:`, `after:`: the record's calendar day, in the zone its own date was written
 * in, falls within [from, to]. Both ends inclusive ISO days (YYYY-MM-DD); null is open. A
 * record with no date never matches.
 */
export type DateNode = { type: 'date'; span: QuerySpan; from: string | null; to: string | null };

export type AndNode = { type: 'and'; span: QuerySpan; children: QueryNode[] };
export type OrNode = { type: 'or'; span: QuerySpan; children: QueryNode[] };
export type NotNode = { type: 'not'; span: QuerySpan; child: QueryNode };

export type QueryNode = TermNode | NearNode | ValueNode | HasNode | DateNode | AndNode | OrNode | NotNode;

export type QueryError = {
  message: string;
  /** Where the problem is, to underline it in the search box. */
  span: QuerySpan;
};

/** `query` null: the input has no condition (empty, blank, or no words as in `--`), which lists every record. */
export type QueryParseResult = { ok: true; query: QueryNode | null } | { ok: false; error: QueryError };
