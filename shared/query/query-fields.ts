/**
 * The names a query may put before a colon, and the closed value lists some of them take. Kept
 * apart from the grammar so the help text, the parser and the UI's autocomplete share one list.
 */
import { SOURCE_CHANNELS } from '../model/case.js';
import { DECISION_SEARCH_VALUES } from '../model/review.js';
import { EXEMPTION_CATALOGUES } from '../exemptions/exemption-catalogues.js';

/** Every citable exemption code of every catalogue: what exemption: accepts. */
const EXEMPTION_CODES: readonly string[] = Object.values(EXEMPTION_CATALOGUES).flatMap((catalogue) => catalogue.exemptions.map((entry) => entry.code));
import { RECORD_KINDS } from '../model/record.js';
import { TEXT_FIELDS, VALUE_FIELDS } from './query-ast.js';
import type { TextField, ValueField } from './query-ast.js';

export const DATE_FIELDS = ['date', 'before', 'after'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** Every field name, in the order the help lists them. */
export const FIELD_NAMES: readonly string[] = [...TEXT_FIELDS, ...VALUE_FIELDS, 'has', ...DATE_FIELDS];

export type FieldKind =
  | { kind: 'text'; field: TextField }
  | { kind: 'value'; field: ValueField }
  | { kind: 'has' }
  | { kind: 'date'; field: DateField };

/** What `name` (any case) names, or null when it is no field. */
export function fieldKind(name: string): FieldKind | null {
  const lower = name.toLowerCase();
  const text = TEXT_FIELDS.find((field) => field === lower);
  if (text) {
    return { kind: 'text', field: text };
  }
  const value = VALUE_FIELDS.find((field) => field === lower);
  if (value) {
    return { kind: 'value', field: value };
  }
  const date = DATE_FIELDS.find((field) => field === lower);
  if (date) {
    return { kind: 'date', field: date };
  }
  return lower === 'has' ? { kind: 'has' } : null;
}

/**
 * The values a field accepts, for the fields whose values the application defines; null for
 * free values (custodian, folder, tag: the case decides those).
 */
export function allowedValues(field: ValueField): readonly string[] | null {
  switch (field) {
    case 'kind':
      return RECORD_KINDS;
    case 'channel':
      return SOURCE_CHANNELS;
    case 'decision':
      return DECISION_SEARCH_VALUES;
    case 'exemption':
      return EXEMPTION_CODES;
    default:
      return null;
  }
}

/**
 * True when `value` (with `*` as a wildcard, any case) names at least one of `allowed`: the
 * check the parser makes so that `kind:emial` is an error rather than an empty result.
 */
export function valueMatchesAny(value: string, allowed: readonly string[]): boolean {
  const pattern = wildcardPattern(value);
  return allowed.some((candidate) => pattern.test(candidate));
}

/** `*` matches any run of characters; everything else literally; whole value; any case. */
export function wildcardPattern(value: string): RegExp {
  const body = value
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'is');
}

/**
 * The candidate closest to `typed` when it looks like a slip of the keyboard (one edit for short
 * words, two for longer; a swap of neighbours counts as one), else null.
 */
export function closestName(typed: string, candidates: readonly string[]): string | null {
  const lower = typed.toLowerCase();
  const budget = lower.length <= 4 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = budget + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push([i]);
  }
  for (let j = 1; j <= b.length; j += 1) {
    (rows[0] ?? [])[j] = j;
  }
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] ?? [];
    const previous = rows[i - 1] ?? [];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

/** One typical value per field, for error messages that show the right form. */
const FIELD_EXAMPLES: Record<string, string> = {
  from: 'lay',
  to: 'skilling',
  cc: 'lay',
  bcc: 'lay',
  participant: 'lay',
  subject: 'budget',
  body: 'budget',
  filename: 'report',
  custodian: '"Jeff Skilling"',
  channel: 'official-email',
  kind: 'email',
  folder: 'inbox',
  tag: 'hot',
  decision: 'responsive',
  exemption: 'b5',
  has: 'attachment',
  date: '2021-03',
  before: '2021-03-31',
  after: '2021-01-01',
};

/** `name:value` with a typical value, e.g. `from:lay`. */
export function fieldExample(name: string): string {
  return `${name}:${FIELD_EXAMPLES[name] ?? 'value'}`;
}
