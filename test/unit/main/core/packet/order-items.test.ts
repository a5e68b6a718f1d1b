import { describe, expect, it } from 'vitest';
import { comparePartPaths, orderItems } from '../../../../../main/core/packet/order-items.js';
import { item, makeRecord } from './packet-fixtures.js';

const ids = (items: ReturnType<typeof orderItems>): string[] => items.map((entry) => entry.record.id);

describe('orderItems', () => {
  const records = [
    makeRecord({ id: 'c', date: '2024-03-05T09:00:00Z', custodian: 'Sam Planner' }),
    makeRecord({ id: 'a', date: null, custodian: 'Dana Clerk' }),
    makeRecord({ id: 'b', date: '2024-03-01T09:00:00Z', custodian: 'dana clerk' }),
    makeRecord({ id: 'd', date: '2024-03-01T09:00:00Z', custodian: '' }),
    makeRecord({ id: 'e', date: 'not a date', custodian: 'Sam Planner' }),
  ].map((record) => item(record));

  it('by date: oldest first, undated and unreadable dates last, then by id', () => {
    expect(ids(orderItems(records, 'date'))).toEqual(['b', 'd', 'c', 'a', 'e']);
  });

  it('by custodian (case-insensitive, blank last), then by date', () => {
    expect(ids(orderItems(records, 'custodian'))).toEqual(['b', 'a', 'c', 'e', 'd']);
  });

  it('by family: each parent followed by its attachments in part order, families by the parent date', () => {
    const family = [
      makeRecord({ id: 'late', date: '2024-04-01T00:00:00Z' }),
      makeRecord({ id: 'late.10', kind: 'attachment', familyId: 'late', parentId: 'late', partPath: '10', date: '2024-01-01T00:00:00Z' }),
      makeRecord({ id: 'late.2', kind: 'attachment', familyId: 'late', parentId: 'late', partPath: '2', date: '2024-01-01T00:00:00Z' }),
      makeRecord({ id: 'late.2.1', kind: 'attachment', familyId: 'late', parentId: 'late.2', partPath: '2.1' }),
      makeRecord({ id: 'early', date: '2024-02-01T00:00:00Z' }),
      makeRecord({ id: 'early.1', kind: 'attachment', familyId: 'early', parentId: 'early', partPath: '1' }),
      // An attachment whose parent is not in the packet: its family sorts by its own date.
      makeRecord({ id: 'orphan.3', kind: 'attachment', familyId: 'orphan', parentId: 'orphan', partPath: '3', date: '2024-03-01T00:00:00Z' }),
    ].map((record) => item(record));
    expect(ids(orderItems(family, 'family'))).toEqual(['early', 'early.1', 'orphan.3', 'late', 'late.2', 'late.2.1', 'late.10']);
  });

  it('does not change its input', () => {
    const copy = [...records];
    orderItems(records, 'date');
    expect(records).toEqual(copy);
  });
});

describe('comparePartPaths', () => {
  it('compares number by number, a parent before its parts', () => {
    expect(['1.10', '', '1.2', '2', '1'].sort(comparePartPaths)).toEqual(['', '1', '1.2', '1.10', '2']);
  });
});
