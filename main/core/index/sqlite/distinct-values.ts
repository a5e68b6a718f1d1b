/**
 * The index's facet dictionary, read on first use and kept until the index is written to:
 * - the distinct custodians, sources, folders and labels of the copies with their numbers
 *   (`facet_values`), which value fields of the search language match against;
 * - the facet sets (`facet_sets`, index migration 7): each distinct combination of those
 *   numbers that some record has, which facets are counted by.
 *
 * The dictionary only grows: a value whose copies were all forgotten stays listed, and a
 * condition on it simply matches no record.
 */
import type { Database } from 'better-sqlite3';
import type { DistinctValues, FacetField } from './search-values.js';

type Dictionary = {
  values: Map<FacetField, Map<string, number>>;
  valueOf: Map<number, { field: FacetField; value: string }>;
  sets: Map<number, readonly number[]>;
};

export class DistinctValueCache implements DistinctValues {
  private cached: Dictionary | null = null;

  constructor(private readonly db: Database) {}

  /** Call after every write: the next search reads the dictionary afresh. */
  invalidate(): void {
    this.cached = null;
  }

  values(field: FacetField): ReadonlyMap<string, number> {
    return this.load().values.get(field) ?? new Map<string, number>();
  }

  /** The field and value a facet number stands for. */
  valueOf(number: number): { field: FacetField; value: string } | undefined {
    return this.load().valueOf.get(number);
  }

  /** The facet numbers of a set; none for set 0 (a record without copies). */
  setMembers(set: number): readonly number[] {
    return this.load().sets.get(set) ?? [];
  }

  /** The sets holding at least one of `numbers`. */
  setsWithAny(numbers: readonly number[]): number[] {
    const wanted = new Set(numbers);
    return [...this.load().sets].filter(([, members]) => members.some((number) => wanted.has(number))).map(([set]) => set);
  }

  private load(): Dictionary {
    if (this.cached === null) {
      const values = new Map<FacetField, Map<string, number>>();
      const valueOf = new Map<number, { field: FacetField; value: string }>();
      for (const row of this.db.prepare('SELECT value_no, field, value FROM facet_values').all() as Array<{ value_no: number; field: FacetField; value: string }>) {
        let byValue = values.get(row.field);
        if (byValue === undefined) {
          byValue = new Map();
          values.set(row.field, byValue);
        }
        byValue.set(row.value, row.value_no);
        valueOf.set(row.value_no, { field: row.field, value: row.value });
      }
      const sets = new Map<number, readonly number[]>();
      for (const row of this.db.prepare('SELECT set_no, value_nos FROM facet_sets').all() as Array<{ set_no: number; value_nos: string }>) {
        sets.set(row.set_no, row.value_nos.split(',').map(Number));
      }
      this.cached = { values, valueOf, sets };
    }
    return this.cached;
  }
}
