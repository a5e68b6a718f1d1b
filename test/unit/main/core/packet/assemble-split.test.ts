import { describe, expect, it } from 'vitest';
import { packetFileName, splitPacketPlan, wholePacketPart } from '../../../../../main/core/packet/assemble-split.js';
import { handPlan } from './assemble-fixtures.js';

const plan = handPlan([
  { kind: 'cover' },
  { kind: 'index', pages: 2 },
  { kind: 'record', recordId: 'r1', title: 'One', pages: 3 },
  { kind: 'record', recordId: 'm1', recordIds: ['m1', 'm2', 'm3'], title: 'Chat', pages: 2 },
  { kind: 'slip', recordId: 'r2', title: '[title withheld]' },
  { kind: 'original', recordId: 'r3', title: 'Scan', sourcePages: [1, 2] },
  { kind: 'vaughn', pages: 2 },
  { kind: 'gap-appendix' },
]);

describe('splitPacketPlan', () => {
  it('gives one part per record (a transcript is one) and per section, named by Bates range', () => {
    const parts = splitPacketPlan(plan);
    expect(parts.map((part) => [part.role, part.recordIds.join('+'), part.pages.length, part.fileName])).toEqual([
      ['cover', '', 1, 'ABC000001-ABC000001.pdf'],
      ['index', '', 2, 'ABC000002-ABC000003.pdf'],
      ['record', 'r1', 3, 'ABC000004-ABC000006.pdf'],
      ['record', 'm1+m2+m3', 2, 'ABC000007-ABC000008.pdf'],
      ['record', 'r2', 1, 'ABC000009-ABC000009.pdf'],
      ['record', 'r3', 2, 'ABC000010-ABC000011.pdf'],
      ['vaughn', '', 2, 'ABC000012-ABC000013.pdf'],
      ['gap-appendix', '', 1, 'ABC000014-ABC000014.pdf'],
    ]);
  });

  it('keeps every page once, in order, with its Bates number', () => {
    const pages = splitPacketPlan(plan).flatMap((part) => part.pages);
    expect(pages).toEqual(plan.pages);
  });

  it('refuses a plan whose record ranges overlap or whose section is split', () => {
    const overlapping = { ...plan, entries: [...plan.entries, { recordId: 'x', title: 'x', batesFirst: 'ABC000005', batesLast: 'ABC000009' }] };
    expect(() => splitPacketPlan(overlapping)).toThrow(expect.objectContaining({ code: 'internal' }) as Error);
    const splitSection = handPlan([{ kind: 'index' }, { kind: 'record', recordId: 'r', title: 'r', pages: 1 }, { kind: 'index' }]);
    expect(() => splitPacketPlan(splitSection)).toThrow(/splits a section/);
  });
});

describe('wholePacketPart', () => {
  it('is every page in one file named by the packet range', () => {
    const whole = wholePacketPart(plan);
    expect(whole.fileName).toBe('ABC000001-ABC000014.pdf');
    expect(whole.pages).toHaveLength(14);
    expect(whole.role).toBe('packet');
  });
});

describe('packetFileName', () => {
  it('never lets a path separator or a leading dot into a name', () => {
    expect(packetFileName('../A/1', 'B\\2', 'dat')).toBe('__A_1-B_2.dat');
  });
});
