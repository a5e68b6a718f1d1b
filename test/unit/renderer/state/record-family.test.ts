import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import { loadRecordFamily, MAX_CHILD_DETAILS } from '../../../../renderer/state/record-family.js';
import { createFakeClient } from './fake-client.js';
import { record, summary } from './fixtures.js';

describe('record family', () => {
  it('reads the parent’s title and each child’s file facts', async () => {
    const client = createFakeClient({
      'records.get': ({ recordId }) =>
        recordId === 'r_00000001'
          ? record(recordId, { title: 'Budget meeting' })
          : record(recordId, { kind: 'attachment', filename: `${recordId}.pdf`, mimeType: 'application/pdf', sizeBytes: 10 }),
    });
    const child = record('r_00000002', {
      parentId: 'r_00000001',
      children: [summary('r_0000000a', { kind: 'attachment' }), summary('r_0000000b', { kind: 'attachment' })],
    });
    expect(await loadRecordFamily(client, child)).toEqual({
      recordId: 'r_00000002',
      parent: { id: 'r_00000001', kind: 'email', title: 'Budget meeting' },
      children: {
        r_0000000a: { filename: 'r_0000000a.pdf', mimeType: 'application/pdf', sizeBytes: 10 },
        r_0000000b: { filename: 'r_0000000b.pdf', mimeType: 'application/pdf', sizeBytes: 10 },
      },
    });
  });

  it('leaves out what could not be read, and reads at most a bounded number of children', async () => {
    const client = createFakeClient({
      'records.get': ({ recordId }) => {
        if (recordId === 'r_00000001' || recordId === 'r_00000003') {
          throw new AppError('not-found', 'gone');
        }
        return record(recordId);
      },
    });
    const many = Array.from({ length: MAX_CHILD_DETAILS + 5 }, (_, index) => summary(`r_${(index + 16).toString(16).padStart(8, '0')}`));
    const family = await loadRecordFamily(client, record('r_00000002', { parentId: 'r_00000001', children: [summary('r_00000003'), ...many] }));
    expect(family.parent).toBeNull();
    expect(family.children).not.toHaveProperty('r_00000003');
    expect(client.calls).toHaveLength(1 + MAX_CHILD_DETAILS);
  });
});
