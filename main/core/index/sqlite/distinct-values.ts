/**
 * The distinct custodians, folders and labels of the index's copies, which value fields of the
 * search language match against. Read on first use and kept until the index is written to, so
 * a search does not scan every copy to learn the few names there are.
 */
import type { Database } from 'better-sqlite3';
import type { DistinctValues } from './search-values.js';

export class DistinctValueCache implements DistinctValues {
  private cached: { custodians?: string[]; folders?: string[]; labels?: string[] } = {};

  constructor(private readonly db: Database) {}

  /** Call after every write: the next search reads the lists afresh. */
  invalidate(): void {
    this.cached = {};
  }

  custodians(): readonly string[] {
    return (this.cached.custodians ??= this.column('SELECT DISTINCT custodian AS value FROM record_locations'));
  }

  folders(): readonly string[] {
    return (this.cached.folders ??= this.column("SELECT DISTINCT folder AS value FROM record_locations WHERE folder != ''"));
  }

  labels(): readonly string[] {
    return (this.cached.labels ??= this.column(
      "SELECT DISTINCT j.value AS value FROM record_locations l, json_each(l.labels_json) j WHERE l.labels_json != '[]'",
    ));
  }

  private column(sql: string): string[] {
    return (this.db.prepare(sql).all() as Array<{ value: unknown }>).map((row) => String(row.value));
  }
}
