import { describe, expect, it } from 'vitest';
import { assertPacketInput } from '../../../../../main/core/packet/assert-packet-input.js';
import { expectAppError } from './expect-app-error.js';
import { B6, item, makeInput, makeRecord, partItem, redaction } from './packet-fixtures.js';

const record = makeRecord({ id: 'r1', title: 'Budget', body: 'Call Jane Roe today.' });

describe('assertPacketInput', () => {
  it('accepts a packet of released, withheld and referred records', () => {
    const input = makeInput([
      item(record),
      partItem(makeRecord({ id: 'r2', body: 'Jane' }), [redaction(makeRecord({ id: 'r2', body: 'Jane' }), 'body', 0, 4)]),
      item(makeRecord({ id: 'r3' }), { decision: 'withhold-in-full', exemptions: [B6] }),
      item(makeRecord({ id: 'r4' }), { decision: 'referral' }),
    ]);
    expect(() => assertPacketInput(input)).not.toThrow();
  });

  it('refuses an empty packet, a bad Bates scheme or position, and a bad date', () => {
    expectAppError(() => assertPacketInput(makeInput([])), 'invalid-args', /no records/);
    expectAppError(() => assertPacketInput(makeInput([item(record)], { bates: { prefix: 'X', start: -1, width: 6, position: 'bottom-right' } })), 'invalid-args');
    expectAppError(() => assertPacketInput(makeInput([item(record)], { bates: { prefix: 'X', start: 1, width: 13, position: 'bottom-right' } })), 'invalid-args');
    const position = 'middle' as 'bottom-left';
    expectAppError(() => assertPacketInput(makeInput([item(record)], { bates: { prefix: 'X', start: 1, width: 6, position } })), 'invalid-args');
    expectAppError(() => assertPacketInput({ ...makeInput([item(record)]), generatedAt: new Date('nope') }), 'invalid-args');
  });

  it('refuses an unknown cover letter placeholder before any layout', () => {
    expectAppError(() => assertPacketInput(makeInput([item(record)], { coverLetter: 'Dear {{name}}' })), 'invalid-args', /\{\{name\}\}/);
  });

  it('refuses a record twice', () => {
    expectAppError(() => assertPacketInput(makeInput([item(record), item(record)])), 'invalid-args', /twice/);
  });

  it('refuses redactions that do not fit their field, belong to another record, or sit on a record not released in part', () => {
    const outside = { ...redaction(record, 'body', 0, 4), end: record.body.length + 1 };
    expectAppError(() => assertPacketInput(makeInput([partItem(record, [outside])])), 'invalid-args', /does not fit/);
    const empty = { ...redaction(record, 'body', 0, 4), end: 0 };
    expectAppError(() => assertPacketInput(makeInput([partItem(record, [empty])])), 'invalid-args', /does not fit/);
    const other = { ...redaction(record, 'body', 0, 4), recordId: 'r9' };
    expectAppError(() => assertPacketInput(makeInput([partItem(record, [other])])), 'invalid-args', /belongs to record r9/);
    expectAppError(() => assertPacketInput(makeInput([item(record, { redactions: [redaction(record, 'body', 0, 4)] })])), 'invalid-args', /not released in part/);
  });

  it('copies an original PDF only for a record released in full, with at least one page', () => {
    expectAppError(() => assertPacketInput(makeInput([item(record, { originalPdfPages: 0 })])), 'invalid-args');
    expectAppError(() => assertPacketInput(makeInput([partItem(record, [], { originalPdfPages: 2 })])), 'invalid-args', /not released in full/);
    expect(() => assertPacketInput(makeInput([item(record, { originalPdfPages: 2 })]))).not.toThrow();
  });
});
