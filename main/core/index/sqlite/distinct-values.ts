/**
 * The distinct custodians, sources, folders and labels of the index's copies with their numbers
 * in `facet_values`, which value fields of the search language match against and facets are
 * counted by. Read on first use and kept until the index is written to.
 *
 * The dictionary only grows: a value whose copies were all forgotten stays listed, and a
 * condition on it simply matches no record.
 */
import type { Database } from 'better-sqlite3';
import type { DistinctValues, FacetField } from './search-values.js';

export class DistinctValueCache implements DistinctValues {
  private cached: Map<FacetField, Map<string, number>> | null = null;

  constructor(private readonly db: Database) {}

  /** Call after every write: the next search reads the dictionary afresh. */
  invalidate(): void {
    this.cached = null;
  }

  values(field: FacetField): ReadonlyMap<string, number> {
    return this.load().get(field) ?? new Map<string, number>();
  }

  private load(): Map<FacetField, Map<string, number>> {
    if (this.cached === null) {
      const rows = this.db.prepare('SELECT value_no, field, value FROM facet_values').all() as Array<{ value_no: number; field: FacetField; value: string }>;
      const cached = new Map<FacetField, Map<string, number>>();
      for (const row of rows) {
        let values = cached.get(row.field);
        if (values === undefined) {
          values = new Map();
          cached.set(row.field, values);
        }
        values.set(row.value, row.value_no);
      }
      this.cached = cached;
    }
    return this.cached;
  }
}
