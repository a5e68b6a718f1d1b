import { describe, expect, it } from 'vitest';
import {
  expectationsFromInput,
  hiddenTexts,
  MAX_WITHHELD_LINES,
  publicText,
  releasedText,
  releasedTitle,
  withoutSpans,
} from '../../../../../main/core/packet/verify-expectations-from-input.js';
import type { PagePlan } from '../../../../../main/core/packet/packet-plan.js';
import { packetInput, packetItem, redactionOf } from '../../../../support/packet-input-fixture.js';
import { makeRecord } from './packet-fixtures.js';

const call = makeRecord({
  id: 'r_call',
  title: 'Call with Dana Smith',
  body: 'Please call Dana Smith tomorrow.\nDana Smith agreed to the road budget.',
  to: [{ name: 'Dana Smith', address: 'dana@home.example' }],
});

function page(bates: string, recordId: string | null, recordIds?: string[]): PagePlan {
  return { pageNumber: 0, bates, kind: recordId === null ? 'index' : 'record', recordId, ...(recordIds ? { recordIds } : {}), texts: [], rules: [] };
}

describe('withoutSpans', () => {
  it('cuts every span, overlapping or out of order, and never joins the words around one', () => {
    expect(withoutSpans('Call Dana Smith now', [{ start: 5, end: 15 }])).toBe('Call \n now');
    expect(withoutSpans('abcdefgh', [{ start: 4, end: 6 }, { start: 1, end: 5 }])).toBe('a\n\ngh');
    expect(withoutSpans('abc', [{ start: 2, end: 99 }])).toBe('ab\n');
  });
});

describe('the released and hidden texts of an item', () => {
  it('releases every field but the redacted spans, and hides exactly those spans', () => {
    const item = packetItem(call, 'release-in-part', [redactionOf(call, 'body', 'Dana Smith'), redactionOf(call, 'subject', 'Dana Smith')]);
    const text = releasedText(item);
    expect(text).toContain('Please call \n tomorrow.');
    expect(text).toContain('Dana Smith agreed');
    expect(text).toContain('Dana Smith <dana@home.example>');
    expect(text).not.toContain('Call with Dana Smith');
    expect(releasedTitle(item)).toBe('Call with \n');
    expect(hiddenTexts(item)).toEqual([
      { recordId: 'r_call', field: 'body', hidden: 'Dana Smith' },
      { recordId: 'r_call', field: 'subject', hidden: 'Dana Smith' },
    ]);
  });

  it('hides the title and the longer lines of a record withheld in full, and releases none of it', () => {
    const body = ['Short.', 'The settlement figure is confidential.', 'The settlement figure is confidential.', ...Array.from({ length: 300 }, (_, i) => `Line number ${i} of the withheld memo.`)].join('\n');
    const item = packetItem(makeRecord({ id: 'r_memo', title: 'Settlement memo', body }), 'withhold-in-full');
    const hidden = hiddenTexts(item).map((text) => text.hidden);
    expect(hidden[0]).toBe('Settlement memo');
    expect(hidden[1]).toBe('The settlement figure is confidential.');
    expect(hidden).not.toContain('Short.');
    expect(hidden).toHaveLength(1 + MAX_WITHHELD_LINES);
    expect(releasedText(item)).not.toContain('Settlement memo');
    expect(publicText(packetInput([item]))).not.toContain('Settlement memo');
  });

  it('titles a chat message by its conversation, as its transcript prints it', () => {
    const message = makeRecord({
      id: 'r_chat',
      kind: 'chat-message',
      title: 'Dana Smith: see you at the depot',
      body: 'see you at the depot',
      chat: { platform: 'whatsapp', conversationTitle: 'Dana Smith', conversationKey: 'k', day: '2024-03-05', event: null },
    });
    expect(releasedTitle(packetItem(message))).toBe('Dana Smith');
    expect(releasedTitle(packetItem(message, 'release-in-part', [redactionOf(message, 'subject', 'Dana Smith')]))).toBe('\n');
    expect(releasedText(packetItem(message))).not.toContain('see you at the depot\nDana Smith: see you');
  });
});

describe('expectationsFromInput', () => {
  it('takes pages and entries from the plan, hidden texts from the redactions, and the Bates scheme from the options', () => {
    const other = makeRecord({ id: 'r_other', title: 'Salt dome', body: 'Dana Smith checked the salt dome.' });
    const input = packetInput([packetItem(call, 'release-in-part', [redactionOf(call, 'body', 'Dana Smith')]), packetItem(other)]);
    const entries = [
      { recordId: 'r_call', title: 'Call with Dana Smith', batesFirst: 'FOIA-000002', batesLast: 'FOIA-000002' },
      { recordId: 'r_other', title: 'Salt dome', batesFirst: 'FOIA-000003', batesLast: 'FOIA-000003' },
    ];
    const expectations = expectationsFromInput(input, { pages: [page('FOIA-000001', null), page('FOIA-000002', 'r_call'), page('FOIA-000003', 'r_other')], entries });
    expect(expectations.pages).toEqual([
      { bates: 'FOIA-000001', recordId: null },
      { bates: 'FOIA-000002', recordId: 'r_call' },
      { bates: 'FOIA-000003', recordId: 'r_other' },
    ]);
    expect(expectations.bates).toEqual({ prefix: 'FOIA-', start: 1, width: 6 });
    expect(expectations.responsiveRecordIds).toEqual(['r_call', 'r_other']);
    expect(expectations.redactions).toHaveLength(1);
    const [hidden] = expectations.redactions;
    expect(hidden).toMatchObject({ recordId: 'r_call', field: 'body', hidden: 'Dana Smith', repeatedText: 'Call with Dana Smith' });
    // Its own page only: the other record's text is not an allowance for this one.
    expect(hidden?.visibleText).not.toContain('salt dome');
    expect(expectations.publicText).toContain('Call with Dana Smith');
    expect(expectations.publicText).toContain('FOIA-2024-017');
  });

  it('allows on a transcript page what the other messages on it release', () => {
    const first = makeRecord({ id: 'm1', kind: 'chat-message', title: 'x', body: 'Ask Dana Smith.' });
    const second = makeRecord({ id: 'm2', kind: 'chat-message', title: 'y', body: 'Dana Smith says yes.' });
    const input = packetInput([packetItem(first, 'release-in-part', [redactionOf(first, 'body', 'Dana Smith')]), packetItem(second)]);
    const expectations = expectationsFromInput(input, {
      pages: [page('FOIA-000001', 'm1', ['m1', 'm2'])],
      entries: [
        { recordId: 'm1', title: '', batesFirst: 'FOIA-000001', batesLast: 'FOIA-000001' },
        { recordId: 'm2', title: '', batesFirst: 'FOIA-000001', batesLast: 'FOIA-000001' },
      ],
    });
    expect(expectations.redactions[0]?.visibleText).toContain('Dana Smith says yes.');
  });
});
