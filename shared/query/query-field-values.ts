/**
 * The conditions on what the case knows about a record rather than on its words: `custodian:`,
 * `kind:`, `folder:`… (ValueNode), `has:` (HasNode) and `date:`, `before:`, `after:` (DateNode).
 * Values from closed lists are checked here, so a typo is an error naming the allowed values
 * instead of a search that quietly finds nothing.
 */
import type { DateNode, HasNode, QuerySpan, ValueField, ValueNode } from './query-ast.js';
import { HAS_VALUES } from './query-ast.js';
import { parseDateValue } from './query-dates.js';
import type { DateField } from './query-fields.js';
import { allowedValues, closestName, valueMatchesAny } from './query-fields.js';
import { QuerySyntaxError } from './query-syntax-error.js';

/** A field's value as written: unquoted, never empty, and where it sits in the normalised query. */
export type WrittenValue = { text: string; start: number; end: number };

function unknownValue(name: string, allowed: readonly string[], value: WrittenValue): QuerySyntaxError {
  const suggestion = value.text.includes('*') ? null : closestName(value.text, allowed);
  const hint = suggestion ? ` Did you mean ${name}:${suggestion}?` : '';
  return new QuerySyntaxError(`unknown ${name} '${value.text}': use one of ${allowed.join(', ')}.${hint}`, value.start, value.end);
}

export function valueCondition(field: ValueField, value: WrittenValue, span: QuerySpan): ValueNode {
  const allowed = allowedValues(field);
  if (allowed && !valueMatchesAny(value.text, allowed)) {
    throw unknownValue(field, allowed, value);
  }
  return { type: 'value', span, field, value: value.text };
}

export function hasCondition(value: WrittenValue, span: QuerySpan): HasNode {
  const what = HAS_VALUES.find((candidate) => candidate === value.text.toLowerCase());
  if (!what) {
    throw unknownValue('has', HAS_VALUES, value);
  }
  return { type: 'has', span, what };
}

export function dateCondition(field: DateField, value: WrittenValue, span: QuerySpan): DateNode {
  const range = parseDateValue(field, value.text, value.start);
  return { type: 'date', span, from: range.from, to: range.to };
}
