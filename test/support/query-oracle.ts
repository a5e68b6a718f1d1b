/**
 * The search language's meaning, written the slow and obvious way: a brute-force evaluator of a
 * parsed query against one plain record. End-to-end tests compare the index's results with this
 * oracle over a whole corpus, so it must stay simple enough to be right by inspection. It shares
 * only the tokenizer with production code, and that is checked against SQLite on every code
 * point (unicode61-tables.test.ts); wildcards and NEAR are re-implemented here on purpose.
 *
 * Text semantics are FTS5's: a term is a run of consecutive tokens within one column (the last
 * one a prefix when `prefix`); NEAR needs every phrase in one column, within FTS5's window (see
 * nearMatches). Value fields compare whole values without regard to case, `*` matching any run.
 */
import { DECISIONS, isResponsiveDecision } from '../../shared/model/review.js';
import type { Decision } from '../../shared/model/review.js';
import type { DateNode, NearNode, QueryNode, TermNode, TextField, ValueNode } from '../../shared/query/query-ast.js';
import { fts5Words } from '../../shared/query/query-words.js';

/** A record as the oracle sees it: the index's text columns and the case's facts, flattened. */
export type OracleRecord = {
  subject: string;
  sender: string;
  to: string;
  cc: string;
  bcc: string;
  body: string;
  /** The record's file name and its attachments' or members' names, in one column. */
  names: string;
  kind: string;
  custodians: string[];
  channels: string[];
  /** Folder paths with `/` between levels ('inbox/genie'). */
  folders: string[];
  labels: string[];
  /** ISO 8601 in the record's own zone; its first ten characters are the record's calendar day. */
  dateIso: string | null;
  childCount: number;
  decisions: string[];
  exemptions: string[];
};

type Column = 'subject' | 'sender' | 'to' | 'cc' | 'bcc' | 'body' | 'names';

const ANY_COLUMN: readonly Column[] = ['subject', 'sender', 'to', 'cc', 'bcc', 'body', 'names'];

const FIELD_COLUMNS: Record<TextField, readonly Column[]> = {
  from: ['sender'],
  to: ['to'],
  cc: ['cc'],
  bcc: ['bcc'],
  participant: ['sender', 'to', 'cc', 'bcc'],
  subject: ['subject'],
  body: ['body'],
  filename: ['names'],
};

/** True when `record` satisfies `query`; a null query (blank search) matches every record. */
export function oracleMatches(query: QueryNode | null, record: OracleRecord): boolean {
  return query === null || matches(query, record);
}

function matches(node: QueryNode, record: OracleRecord): boolean {
  switch (node.type) {
    case 'and':
      return node.children.every((child) => matches(child, record));
    case 'or':
      return node.children.some((child) => matches(child, record));
    case 'not':
      return !matches(node.child, record);
    case 'term':
      return columnsOf(node.field).some((column) => termStarts(fts5Words(record[column]), node).length > 0);
    case 'near':
      return columnsOf(node.field).some((column) => nearMatches(fts5Words(record[column]), node));
    case 'value':
      return valueMatches(node, record);
    case 'has':
      return record.childCount > 0;
    case 'date':
      return dateMatches(node, record.dateIso);
  }
}

function columnsOf(field: TextField | null): readonly Column[] {
  return field === null ? ANY_COLUMN : FIELD_COLUMNS[field];
}

/** Every position in `tokens` where the term's words start, consecutively. */
export function termStarts(tokens: readonly string[], term: TermNode): number[] {
  const starts: number[] = [];
  const last = term.words.length - 1;
  for (let start = 0; start + last < tokens.length; start += 1) {
    const all = term.words.every((word, offset) => {
      const token = tokens[start + offset] ?? '';
      return offset === last && term.prefix ? token.startsWith(word) : token === word;
    });
    if (all) {
      starts.push(start);
    }
  }
  return starts;
}

/**
 * FTS5's NEAR, as fts5ExprNearIsMatch computes it: some instance of every phrase such that, with
 * M the latest start among them, each phrase's instance ends at most `distance` tokens before M
 * (start + length + distance ≥ M). For two single words that is "at most N words between them";
 * for longer groups the earliest-ending phrase bounds the window. Instances may overlap.
 */
export function nearMatches(tokens: readonly string[], near: NearNode): boolean {
  const starts = near.terms.map((term) => termStarts(tokens, term));
  if (starts.some((list) => list.length === 0)) {
    return false;
  }
  const candidates = starts.flat();
  return candidates.some((latest) =>
    near.terms.every((term, index) =>
      (starts[index] ?? []).some((start) => start <= latest && start + term.words.length + near.distance >= latest),
    ),
  );
}

/** Whole-value match ignoring case; `*` in the pattern matches any run of characters. */
export function wildcardMatches(pattern: string, value: string): boolean {
  const p = pattern.toLowerCase();
  const v = value.toLowerCase();
  // reachable[j]: the pattern read so far can match the first j characters of the value.
  let reachable = Array.from({ length: v.length + 1 }, (_, j) => j === 0);
  for (const char of p) {
    const next = Array.from({ length: v.length + 1 }, () => false);
    for (let j = 0; j <= v.length; j += 1) {
      if (char === '*') {
        next[j] = (reachable[j] ?? false) || (j > 0 && (next[j - 1] ?? false));
      } else {
        next[j] = j > 0 && (reachable[j - 1] ?? false) && v[j - 1] === char;
      }
    }
    reachable = next;
  }
  return reachable[v.length] ?? false;
}

function valueMatches(node: ValueNode, record: OracleRecord): boolean {
  const any = (values: readonly string[]) => values.some((value) => wildcardMatches(node.value, value));
  switch (node.field) {
    case 'custodian':
      return any(record.custodians);
    case 'channel':
      return any(record.channels);
    case 'kind':
      return any([record.kind]);
    case 'folder':
      return record.folders.some((path) => wildcardMatches(node.value, path) || any(path.split('/')));
    case 'tag':
      return any(record.labels);
    case 'decision':
      return (
        any(record.decisions) ||
        // decision:responsive is any decision that makes the record part of the response.
        (wildcardMatches(node.value, 'responsive') && record.decisions.some((decision) => (DECISIONS as readonly string[]).includes(decision) && isResponsiveDecision(decision as Decision))) ||
        (record.decisions.length === 0 && wildcardMatches(node.value, 'uncoded'))
      );
    case 'exemption':
      return any(record.exemptions);
  }
}

function dateMatches(node: DateNode, dateIso: string | null): boolean {
  if (dateIso === null) {
    return false;
  }
  const day = dateIso.slice(0, 10);
  return (node.from === null || day >= node.from) && (node.to === null || day <= node.to);
}
