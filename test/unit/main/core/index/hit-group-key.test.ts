import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { groupKeySql, readGroupKey } from '../../../../../main/core/index/sqlite/hit-group-migration.js';
import { RECORD_KINDS } from '../../../../../shared/model/record.js';

describe('hit group keys (index migration 8)', () => {
  it('read back the kind and month SQL wrote, for every kind, undated days included', () => {
    const db = new Database(':memory:');
    const key = db.prepare(`SELECT ${groupKeySql('@kind', '@day')} AS key`).pluck();
    for (const kind of RECORD_KINDS) {
      for (const [day, month] of [
        ['2001-01-31', '2001-01'],
        ['1999-12-01', '1999-12'],
        ['0042-06-15', '0042-06'],
        [null, null],
      ] as const) {
        expect(readGroupKey(key.get({ kind, day }) as number)).toEqual({ kind, month });
      }
    }
    // A kind the migration did not know reads as none, not as another kind.
    expect(readGroupKey(key.get({ kind: 'hologram', day: '2001-01-01' }) as number)).toEqual({ kind: null, month: '2001-01' });
    db.close();
  });
});
