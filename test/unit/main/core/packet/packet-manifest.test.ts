import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BuiltPacket } from '../../../../../main/core/packet/assemble-packet.js';
import { packetManifest, serializePacketManifest, PACKET_MANIFEST_FORMAT } from '../../../../../main/core/packet/packet-manifest.js';
import { loadFileScenario } from './load-files-fixtures.js';

const { input, plan } = loadFileScenario();
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

const built: BuiltPacket = {
  variant: 'per-record',
  files: [
    { name: 'ABC000003-ABC000004.pdf', role: 'record', recordId: 'r-mail', bytes: bytes('pdf one'), pageCount: 2, batesFirst: 'ABC000003', batesLast: 'ABC000004' },
    { name: 'ABC000001-ABC000009.dat', role: 'concordance-dat', recordId: null, bytes: bytes('dat'), pageCount: null, batesFirst: null, batesLast: null },
  ],
  pageCount: 9,
  batesFirst: plan.batesFirst,
  batesLast: plan.batesLast,
  entries: plan.entries,
  records: [
    { recordId: 'r-mail', batesFirst: 'ABC000003', batesLast: 'ABC000004', pageCount: 2, fileName: 'ABC000003-ABC000004.pdf' },
    { recordId: 'm-2', batesFirst: 'ABC000006', batesLast: 'ABC000007', pageCount: 2, fileName: 'ABC000006-ABC000007.pdf' },
    { recordId: 'r-held', batesFirst: 'ABC000008', batesLast: 'ABC000008', pageCount: 1, fileName: 'ABC000008-ABC000008.pdf' },
  ],
  uncovered: [],
};

describe('packetManifest', () => {
  const manifest = packetManifest(input, built);

  it('identifies the request, the production and every file with its SHA-256', () => {
    expect(manifest).toMatchObject({
      format: PACKET_MANIFEST_FORMAT,
      generatedAt: '2024-05-01T14:30:00.000Z',
      request: { id: 'req-1', trackingNumber: 'FOIA-2024-017' },
      variant: 'per-record',
      batesFirst: 'ABC000001',
      batesLast: 'ABC000009',
      pageCount: 9,
    });
    expect(manifest.files).toEqual([
      { name: 'ABC000003-ABC000004.pdf', role: 'record', sha256: sha('pdf one'), sizeBytes: 7, pageCount: 2, batesFirst: 'ABC000003', batesLast: 'ABC000004', recordId: 'r-mail' },
      { name: 'ABC000001-ABC000009.dat', role: 'concordance-dat', sha256: sha('dat'), sizeBytes: 3, pageCount: null, batesFirst: null, batesLast: null, recordId: null },
    ]);
  });

  it('lists each record with its decision, exemptions, hashes, range, pages and file, and no title', () => {
    expect(manifest.records).toEqual([
      { recordId: 'r-mail', decision: 'release-in-part', exemptions: ['(b)(6)'], sourceSha256: '1'.repeat(64), contentSha256: 'b'.repeat(64), batesFirst: 'ABC000003', batesLast: 'ABC000004', pageCount: 2, fileName: 'ABC000003-ABC000004.pdf' },
      { recordId: 'm-2', decision: 'release-in-full', exemptions: [], sourceSha256: '3'.repeat(64), contentSha256: 'b'.repeat(64), batesFirst: 'ABC000006', batesLast: 'ABC000007', pageCount: 2, fileName: 'ABC000006-ABC000007.pdf' },
      { recordId: 'r-held', decision: 'withhold-in-full', exemptions: ['(b)(5)', '(b)(6)'], sourceSha256: '4'.repeat(64), contentSha256: 'b'.repeat(64), batesFirst: 'ABC000008', batesLast: 'ABC000008', pageCount: 1, fileName: 'ABC000008-ABC000008.pdf' },
    ]);
    expect(serializePacketManifest(manifest)).not.toContain('Road budget');
  });

  it('refuses a record that is not in the input', () => {
    const stray = { ...built, records: [{ recordId: 'nope', batesFirst: 'A', batesLast: 'A', pageCount: 1, fileName: null }] };
    expect(() => packetManifest(input, stray)).toThrow(expect.objectContaining({ code: 'internal' }) as Error);
  });
});

describe('serializePacketManifest', () => {
  it('writes canonical JSON: keys sorted at every level, two-space indent, final newline', () => {
    const text = serializePacketManifest(packetManifest(input, built));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n').slice(0, 4)).toEqual(['{', '  "batesFirst": "ABC000001",', '  "batesLast": "ABC000009",', '  "files": [']);
    const keysInOrder = (value: unknown): boolean =>
      Array.isArray(value)
        ? value.every(keysInOrder)
        : value !== null && typeof value === 'object'
          ? Object.keys(value).join() === Object.keys(value).sort().join() && Object.values(value).every(keysInOrder)
          : true;
    expect(keysInOrder(JSON.parse(text))).toBe(true);
  });

  it('gives the same text whatever order the manifest object was built in', () => {
    const manifest = packetManifest(input, built);
    const shuffled = Object.fromEntries(Object.entries(manifest).reverse()) as typeof manifest;
    expect(serializePacketManifest(shuffled)).toBe(serializePacketManifest(manifest));
  });
});
