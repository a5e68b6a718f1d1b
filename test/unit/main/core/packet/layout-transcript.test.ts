import { describe, expect, it } from 'vitest';
import { layoutPacket } from '../../../../../main/core/packet/layout-packet.js';
import { groupUnits } from '../../../../../main/core/packet/packet-units.js';
import type { PacketPlan, PagePlan } from '../../../../../main/core/packet/packet-plan.js';
import { B6, B7C, chatMessage, FAKE_FONTS, item, longBody, makeInput, makeRecord, partItem, planTexts, redactQuote } from './packet-fixtures.js';

const texts = (pages: readonly PagePlan[]): string[] => pages.flatMap((page) => page.texts.map((t) => t.text));
const transcriptPages = (plan: PacketPlan): PagePlan[] => plan.pages.filter((page) => page.recordIds !== undefined);

describe('chat transcripts', () => {
  const m1 = chatMessage('m1', '09:15', 'Alice', 'Morning, is the depot open?');
  const m2 = chatMessage('m2', '09:17', 'Bob', 'Yes. Call Jane Roe on 555-0101 for the keys.');
  const m3 = chatMessage('m3', '09:20', 'System', '', { event: { kind: 'disappearing-on', durationSeconds: 604_800, subjects: ['Alice'] } });
  const m4 = chatMessage('m4', '09:21', 'Alice', 'Thanks!\nSee you there.');

  it('lays out consecutive messages of one conversation and day as one section, one index line', () => {
    const plan = layoutPacket(makeInput([m4, m2, m1, m3].map((record) => item(record))), FAKE_FONTS);
    const pages = transcriptPages(plan);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.recordIds).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(pages[0]?.recordId).toBe('m1');
    const all = texts(pages);
    expect(all).toContain('Records 1–4 of 4 · Chat transcript');
    expect(all).toContain('WhatsApp');
    expect(all).toContain('Field office coordination');
    expect(all).toContain('2021-03-04');
    expect(all).toContain('09:15 Alice: Morning, is the depot open?');
    expect(all).toContain('09:20 [Disappearing messages turned on (7 days)]');
    // A message's later lines are indented under its text.
    const thanks = pages[0]?.texts.find((t) => t.text === '09:21 Alice: Thanks!');
    const next = pages[0]?.texts.find((t) => t.text === 'See you there.');
    expect(next?.x).toBeGreaterThan(thanks?.x ?? Infinity);
    // Event subjects are not a redactable field, so they are never printed.
    expect(all.join(' ')).not.toContain(': Alice');

    const index = plan.pages.find((page) => page.kind === 'index')?.texts.map((t) => t.text) ?? [];
    const lines = index.filter((text) => text.startsWith('Chat transcript'));
    expect(lines).toHaveLength(1);
    // Every message keeps its own entry, with the transcript's range.
    expect(plan.entries.map((entry) => entry.recordId)).toEqual(['m1', 'm2', 'm3', 'm4']);
    for (const entry of plan.entries) {
      expect([entry.batesFirst, entry.batesLast]).toEqual([pages[0]?.bates, pages[0]?.bates]);
      expect(entry.title).toBe('Chat transcript: WhatsApp · Field office coordination · 2021-03-04');
    }
  });

  it('burns in each message’s redactions (sender and text) and never prints a message title', () => {
    const plan = layoutPacket(
      makeInput([
        item(m1),
        partItem(m2, [redactQuote(m2, 'body', 'Jane Roe', [B6]), redactQuote(m2, 'body', '555-0101', [B7C])]),
        partItem(m4, [redactQuote(m4, 'from', 'Alice', [B6])]),
      ]),
      FAKE_FONTS,
    );
    const pages = transcriptPages(plan);
    const all = planTexts(plan).join('\n');
    for (const secret of ['Jane', '555-0101']) {
      expect(all).not.toContain(secret);
      for (const entry of plan.entries) {
        expect(entry.title).not.toContain(secret);
      }
    }
    expect(all).toContain('09:17 Bob: Yes. Call ');
    expect(pages[0]?.boxes?.map((box) => box.label)).toEqual(['(b)(6)', '(b)(7)(C)', '(b)(6)']);
    // m4's sender is a box; m1's (not redacted) still reads Alice.
    expect(all).toContain('09:21 ');
    expect(all).toContain('09:15 Alice: Morning, is the depot open?');
    const index = plan.pages.find((page) => page.kind === 'index')?.texts.map((t) => t.text) ?? [];
    expect(index).toContain('Released in part');
    // The log describes the messages by conversation and time, not by their titles.
    const log = texts(plan.pages.filter((page) => page.kind === 'vaughn')).join(' ');
    expect(log).toContain('(09:17)');
    expect(log).not.toContain('Jane');
  });

  it('burns a redacted conversation name out of the header, the continuation header and the index', () => {
    const secretTitle = { conversationTitle: 'Jane Roe and Bob' };
    const a = chatMessage('a', '10:00', 'Bob', longBody(60), secretTitle);
    const b = chatMessage('b', '10:05', 'Bob', 'ok', secretTitle);
    const plan = layoutPacket(makeInput([partItem(a, [redactQuote(a, 'subject', 'Jane Roe', [B6])]), item(b)]), FAKE_FONTS);
    const pages = transcriptPages(plan);
    expect(pages.length).toBeGreaterThan(1);
    expect(planTexts(plan).join('\n')).not.toContain('Jane');
    expect(pages[1]?.texts[0]?.text).toBe('WhatsApp · [redacted (b)(6)] and Bob · 2021-03-04 (continued)');
    expect(plan.entries[0]?.title).toBe('Chat transcript: WhatsApp · [redacted (b)(6)] and Bob · 2021-03-04');
  });

  it('starts a new transcript for another day or conversation, after a record in between, and slip-sheets a withheld message', () => {
    const otherDay = chatMessage('d2', '08:00', 'Alice', 'Next day.', { day: '2021-03-05' });
    const otherChat = chatMessage('c2', '09:16', 'Carol', 'Other chat.', { conversationKey: 'conv-2', conversationTitle: 'Budget' });
    const email = makeRecord({ id: 'e1', date: '2021-03-04T09:18:30+01:00', body: 'An email in between.' });
    const withheld = chatMessage('w1', '09:19', 'Bob', 'Withheld message');
    const ordered = [m1, otherChat, m2, email, withheld, m4, otherDay];
    const units = groupUnits(ordered.map((record) => (record === withheld ? item(record, { decision: 'withhold-in-full', exemptions: [B6] }) : item(record))));
    expect(units.map((unit) => (unit.kind === 'record' ? unit.item.record.id : unit.items.map((i) => i.record.id).join('+')))).toEqual(['m1', 'c2', 'm2', 'e1', 'w1', 'm4', 'd2']);
    expect(units.map((unit) => unit.kind)).toEqual(['transcript', 'transcript', 'transcript', 'record', 'record', 'transcript', 'transcript']);

    const plan = layoutPacket(makeInput([item(m1), item(m2), item(m4), item(withheld, { decision: 'withhold-in-full', exemptions: [B6] })]), FAKE_FONTS);
    // m1, m2 | slip w1 | m4: the withheld message splits the day.
    expect(plan.pages.filter((page) => page.kind !== 'index').map((page) => page.recordIds?.join('+') ?? `${page.kind}:${page.recordId}`)).toEqual([
      'm1+m2',
      'slip:w1',
      'm4',
      'vaughn:null',
    ]);
    expect(texts(plan.pages).join(' ')).not.toContain('Withheld message');
  });
});
