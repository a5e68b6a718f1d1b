import { describe, expect, it } from 'vitest';
import { MAX_OUTLINE_TITLE, packetOutline } from '../../../../../main/core/packet/packet-outline.js';
import { B6, handPlan, makeItem, makeRecord, makeRedaction } from './assemble-fixtures.js';

describe('packetOutline', () => {
  const plan = handPlan([
    { kind: 'cover', pages: 2 },
    { kind: 'index' },
    { kind: 'record', recordId: 'r1', title: 'Road budget', pages: 3 },
    { kind: 'record', recordId: 'm1', recordIds: ['m1', 'm2'], title: 'Chat with [redacted (b)(6)]', pages: 1 },
    { kind: 'slip', recordId: 'r2', title: '[title withheld]' },
    { kind: 'vaughn' },
  ]);

  it('bookmarks each section once and each record (a transcript once) at its first page', () => {
    expect(packetOutline(plan.pages, plan.entries, new Map())).toEqual([
      { title: 'Cover letter', pageIndex: 0 },
      { title: 'Index of records', pageIndex: 2 },
      { title: 'ABC000004 – ABC000006 — Road budget', pageIndex: 3 },
      { title: 'ABC000007 — Chat with [redacted (b)(6)]', pageIndex: 6 },
      { title: 'ABC000008 — [title withheld]', pageIndex: 7 },
      { title: 'Withholding index (Vaughn index)', pageIndex: 8 },
    ]);
  });

  it('never shows a redacted passage, even if an entry title still carried it', () => {
    const leaky = { ...plan, entries: plan.entries.map((entry) => (entry.recordId === 'm2' || entry.recordId === 'm1' ? { ...entry, title: 'Chat with Jane Roe' } : entry)) };
    const items = new Map([['m2', makeItem(makeRecord({ id: 'm2' }), { decision: 'release-in-part', redactions: [makeRedaction('m2', 'body', 'jane roe', [B6])] })]]);
    const titles = packetOutline(leaky.pages, leaky.entries, items).map((item) => item.title);
    expect(titles).toContain('ABC000007 — [redacted (b)(6)]');
    expect(titles.join('\n')).not.toContain('Jane');
  });

  it('shortens very long titles with an ellipsis', () => {
    const long = { ...plan, entries: plan.entries.map((entry) => ({ ...entry, title: 'x'.repeat(500) })) };
    const title = packetOutline(long.pages, long.entries, new Map())[2]?.title ?? '';
    expect(Array.from(title)).toHaveLength(MAX_OUTLINE_TITLE);
    expect(title.endsWith('…')).toBe(true);
  });
});
