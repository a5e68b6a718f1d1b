/**
 * Conditions for the search language's value fields (custodian:, channel:, kind:, folder:, tag:,
 * decision:, exemption:). Values match without regard to case, with `*` standing for any run
 * of characters. Each pattern is matched in JavaScript against the few distinct values the case
 * holds (custodians, sources, folders, labels, numbered in `facet_values`), and SQL then tests
 * whether the record's facet set is one that holds such a value: one rule of matching for every
 * field, and no LIKE whose case folding stops at ASCII.
 */
import { assertNever } from '../../../../shared/errors.js';
import { RECORD_KINDS } from '../../../../shared/model/record.js';
import { DECISIONS, isResponsiveDecision } from '../../../../shared/model/review.js';
import type { ValueNode } from '../../../../shared/query/query-ast.js';
import type { SearchScope } from '../record-index.js';
import type { SqlCondition, ValueConditions } from './compile-search.js';

/** The fields of a copy that `facet_values` numbers (index migration 6). */
export type FacetField = 'custodian' | 'source' | 'folder' | 'label';

/** The distinct values of the case's copies with their numbers, read once per change of the index. */
export type DistinctValues = {
  values(field: FacetField): ReadonlyMap<string, number>;
  /** The facet sets (index migration 7) holding at least one of `numbers`. */
  setsWithAny(numbers: readonly number[]): number[];
};

/**
 * A test for one value pattern: case-insensitive, `*` any run of characters. Matched greedily
 * piece by piece (linear in the value), never by a backtracking regular expression, so a
 * pattern like `*a*a*a*b` cannot stall the search.
 */
export function valuePattern(pattern: string): (candidate: string) => boolean {
  const pieces = pattern.toLowerCase().split('*');
  if (pieces.length === 1) {
    return (candidate) => candidate.toLowerCase() === pieces[0];
  }
  const first = pieces[0] ?? '';
  const last = pieces[pieces.length - 1] ?? '';
  const middle = pieces.slice(1, -1).filter((piece) => piece !== '');
  return (candidate) => {
    const value = candidate.toLowerCase();
    if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) {
      return false;
    }
    // Each middle piece at its earliest place after the previous one: if any placement fits, this one does.
    let at = first.length;
    const end = value.length - last.length;
    for (const piece of middle) {
      const found = value.indexOf(piece, at);
      if (found === -1 || found + piece.length > end) {
        return false;
      }
      at = found + piece.length;
    }
    return true;
  };
}

/** A folder matches when the pattern is its whole path or any one segment of it ("inbox" finds "Jeff/Inbox/2001"). */
export function folderMatches(test: (candidate: string) => boolean, folder: string): boolean {
  return test(folder) || folder.split('/').some((segment) => segment !== '' && test(segment));
}

function inList(sql: string, values: readonly unknown[]): SqlCondition {
  return values.length === 0 ? { sql: '0', params: [] } : { sql, params: [JSON.stringify(values)] };
}

/** Records with a copy whose `field` is one of `values`: those whose facet set holds one. */
function onCopies(distinct: DistinctValues, field: FacetField, keep: (value: string) => boolean): SqlCondition {
  const numbers = [...distinct.values(field)].filter(([value]) => keep(value)).map(([, number]) => number);
  return inList('r.facet_set IN (SELECT value FROM json_each(?))', distinct.setsWithAny(numbers));
}

function recordIds(ids: readonly string[]): SqlCondition {
  return inList('r.id IN (SELECT value FROM json_each(?))', ids);
}

/** Builds the value-field conditions for one search, given the case's scope and the index's distinct values. */
export function valueConditions(scope: SearchScope, distinct: DistinctValues): ValueConditions {
  return (node: ValueNode): SqlCondition => {
    const test = valuePattern(node.value);
    switch (node.field) {
      case 'custodian':
        return onCopies(distinct, 'custodian', test);
      case 'folder':
        return onCopies(distinct, 'folder', (folder) => folderMatches(test, folder));
      case 'channel':
        return onCopies(distinct, 'source', (sourceId) => {
          const channel = scope.sourceChannels[sourceId];
          return channel !== undefined && test(channel);
        });
      case 'kind':
        return inList('r.kind IN (SELECT value FROM json_each(?))', RECORD_KINDS.filter(test));
      case 'tag':
        return onCopies(distinct, 'label', test);
      case 'decision': {
        // decision:responsive is every decision that makes a record part of the response.
        const named = DECISIONS.filter((decision) => test(decision) || (test('responsive') && isResponsiveDecision(decision)));
        const ids = [...new Set(named.flatMap((decision) => scope.decisions[decision] ?? []))];
        if (!test('uncoded')) {
          return recordIds(ids);
        }
        const coded = [...new Set(Object.values(scope.decisions).flat())];
        const uncoded: SqlCondition = coded.length === 0 ? { sql: '1', params: [] } : { sql: 'r.id NOT IN (SELECT value FROM json_each(?))', params: [JSON.stringify(coded)] };
        if (ids.length === 0) {
          return uncoded;
        }
        // A wildcard that also names "uncoded" (decision:*): coded as asked, or not coded at all.
        const condition = recordIds(ids);
        return { sql: `(${condition.sql}) OR (${uncoded.sql})`, params: [...condition.params, ...uncoded.params] };
      }
      case 'exemption':
        return recordIds(Object.entries(scope.exemptions).filter(([code]) => test(code)).flatMap(([, ids]) => ids));
      default:
        return assertNever(node.field, 'value field');
    }
  };
}
