import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChatItem } from '../../../../../../main/core/chat/chat-message.js';
import { parseWhatsAppExport } from '../../../../../../main/core/chat/whatsapp/parse-whatsapp.js';
import { classifyText } from '../../../../../../main/core/chat/whatsapp/system-events.js';
import { corpusPath } from '../../../../../support/corpus.js';

function read(...parts: string[]): string {
  return readFileSync(corpusPath('chat', 'whatsapp', ...parts), 'utf8');
}

function userSenders(items: ChatItem[]): Set<string> {
  return new Set(items.filter((item) => item.event === null || item.event.kind === 'media-omitted').map((item) => item.sender));
}

function kinds(items: ChatItem[]): string[] {
  return items.flatMap((item) => (item.event ? [item.event.kind] : []));
}

describe('parseWhatsAppExport on real exports', () => {
  it('reads Android dd/mm/yy with multi-line messages and system lines (chat-miner)', () => {
    const result = parseWhatsAppExport(read('chat-miner', 'test_ddmmyy_24hrs.txt'), { timeZone: 'UTC' });
    expect(result.items).toHaveLength(9);
    expect(userSenders(result.items).size).toBe(5);
    expect(result.dateOrder).toBe('dmy');
    expect(result.dateOrderEvidence).toContain('20 > 12');
    expect(result.items[2]).toMatchObject({
      locator: 'line 3',
      sender: 'Jahn Doe',
      dateIso: '2019-01-30T20:49:00+00:00',
      text: 'Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero.',
    });
    expect(result.items[1]?.text).toBe('.');
    expect(result.items[4]).toMatchObject({ sender: '', event: { kind: 'group-created' } });
    expect(result.items[5]).toMatchObject({ sender: '', event: { kind: 'member-added', subjects: ['You'] } });
    expect(result.problems).toEqual([]);
  });

  it('detects month-first and reads "a. m."/"p. m." 12-hour clocks (chat-miner)', () => {
    const result = parseWhatsAppExport(read('chat-miner', 'test_mmddyyyy_12hrs.txt'), { timeZone: 'America/New_York' });
    expect(result.dateOrder).toBe('mdy');
    expect(result.items).toHaveLength(9);
    expect(result.items[2]?.dateIso).toBe('2019-01-30T20:49:00-05:00');
    // "00:08 a. m." is just after midnight.
    expect(result.items[4]?.dateIso).toBe('2020-06-20T00:08:00-04:00');
    expect(result.items[7]?.dateIso).toBe('2021-12-20T12:10:00-05:00');
  });

  it('reads iOS brackets without comma or seconds and year-first dates', () => {
    const bracket = parseWhatsAppExport(read('chat-miner', 'test_[mmddyy]_24hrs.txt'), { timeZone: 'UTC' });
    expect(bracket.items).toHaveLength(9);
    expect(bracket.dateOrder).toBe('mdy');
    const yearFirst = parseWhatsAppExport(read('chat-miner', 'test_yyyymmdd_24hrs.txt'), { timeZone: 'UTC' });
    expect(yearFirst.items).toHaveLength(9);
    expect(userSenders(yearFirst.items).size).toBe(5);
  });

  it('reports an ambiguous date order and honours the caller (chat-analytics 4A_11M, M/D/YY)', () => {
    const text = read('chat-analytics', '4A_11M.txt');
    const auto = parseWhatsAppExport(text, { timeZone: 'Europe/Madrid' });
    expect(auto.dateOrder).toBe('dmy');
    expect(auto.dateOrderEvidence).toMatch(/^ambiguous/);
    const result = parseWhatsAppExport(text, { timeZone: 'Europe/Madrid', dateOrder: 'mdy' });
    expect(result.dateOrder).toBe('mdy');
    expect(result.items.filter((item) => item.event === null)).toHaveLength(11);
    expect(userSenders(result.items)).toEqual(new Set(['Bob', 'Eve', 'Alice', 'Mallory', 'Trent']));
    expect(kinds(result.items)).toEqual(['encryption-notice', 'group-created', 'member-added']);
    expect(result.items[0]?.dateIso).toBe('2020-12-09T23:55:00+01:00');
    expect(result.items[1]?.dateIso).toBe('2020-12-09T23:16:00+01:00');
  });

  it('keeps out-of-order timestamps in file order and marks lowercase <media omitted> (2A_5M)', () => {
    const result = parseWhatsAppExport(read('chat-analytics', '2A_5M.txt'), { timeZone: 'UTC', dateOrder: 'mdy' });
    expect(result.items.map((item) => item.dateRaw)).toEqual([
      '1/1/21, 12:00',
      '1/1/21, 12:01',
      '1/1/21, 12:02',
      '1/1/21, 12:03',
      '1/1/21, 12:02',
    ]);
    expect(result.items[3]).toMatchObject({ sender: 'B', text: '', event: { kind: 'media-omitted' } });
  });

  it('reads iOS group system lines sent "by" the group, with U+200E removed (parser-go)', () => {
    const result = parseWhatsAppExport(read('whatsapp-chat-parser-go', 'english_iphone-saved_contacts.txt'), {
      timeZone: 'UTC',
    });
    expect(result.items).toHaveLength(15);
    expect(result.conversation).toBe('Super Group');
    expect(result.items.every((item) => item.conversation === 'Super Group')).toBe(true);
    expect(kinds(result.items)).toEqual(['encryption-notice', 'group-created', 'member-added']);
    expect(result.items[1]?.text).toBe('Josh created this group');
    expect(result.items[7]?.text).toBe('I was thinking\ngoing to the beach\ngetting wasted\nor something');
    expect(result.items.some((item) => /[\u200e\u202a-\u202e]/.test(item.text + item.sender))).toBe(false);
  });

  it('reads a file whose dates prove day-first as day-first, whatever order the officer set (chat-miner)', () => {
    const text = read('chat-miner', 'test_ddmmyy_24hrs.txt');
    const auto = parseWhatsAppExport(text, { timeZone: 'UTC' });
    const monthFirst = parseWhatsAppExport(text, { timeZone: 'UTC', dateOrder: 'mdy' });
    // "20/01/19" can only be 20 January: read as mdy, six of the nine dates would be no date at
    // all and "10/06/20" would become 6 October.
    expect(monthFirst.dateOrder).toBe('dmy');
    expect(monthFirst.problems).toEqual([]);
    expect(monthFirst.items.map((item) => item.dateIso)).toEqual(auto.items.map((item) => item.dateIso));
    expect(monthFirst.items[3]?.dateIso).toBe('2020-06-10T15:55:00+00:00');
    // The setting the file overruled is named with the line that proves it.
    expect(monthFirst.dateOrderDecision.overruled).toEqual({ line: 2, dateRaw: '20/01/19, 11:23', value: 20 });
    expect(auto.dateOrderDecision.overruled).toBeNull();
    // An ambiguous file still takes the officer's order.
    const ambiguous = read('chat-analytics', '4A_11M.txt');
    expect(parseWhatsAppExport(ambiguous, { timeZone: 'UTC', dateOrder: 'mdy' }).dateOrderDecision).toMatchObject({ order: 'mdy', basis: 'requested', overruled: null });
  });

  it('reads iOS 12-hour lowercase pm with 4-digit years and <attached:> (language-whatsapp)', () => {
    const result = parseWhatsAppExport(read('language-whatsapp', '_chat.txt'), { timeZone: 'Europe/London' });
    expect(result.items).toHaveLength(13);
    expect(userSenders(result.items)).toEqual(new Set(['Alice', 'Bob']));
    expect(result.items[0]?.dateIso).toBe('2020-11-02T21:47:19+00:00');
    expect(result.items[7]).toMatchObject({ sender: 'Bob', text: '', attachments: ['00000010-PHOTO-2020-11-02-21-49-51.jpg'] });
    expect(result.items[12]?.text).toBe('You\u2019re welcome, Alice');
  });

  it('reads a genuine Spanish iOS export: phone senders, omitted media, deletions, edits', () => {
    const result = parseWhatsAppExport(read('An-lisis-chat-Whatsapp', '_chat.txt'), { timeZone: 'America/Lima' });
    expect(result.items).toHaveLength(507);
    expect(result.dateOrder).toBe('dmy');
    expect(result.conversation).toBe('GPC UPC - Preparación');
    const counts = kinds(result.items).reduce<Record<string, number>>((acc, kind) => ({ ...acc, [kind]: (acc[kind] ?? 0) + 1 }), {});
    expect(counts).toMatchObject({ 'encryption-notice': 1, 'media-omitted': 43, 'message-deleted': 2, 'message-edited': 1 });
    expect(result.items[1]).toMatchObject({ sender: '+51 989 383 357', text: 'Gente', dateIso: '2022-09-17T14:40:22-05:00' });
    expect(result.items[2]?.sender).toBe('~ Lucas');
    expect(result.items.find((item) => item.event?.kind === 'message-edited')?.text).not.toBe('');
    expect(result.problems).toEqual([]);
  });

  it('reads the old Dutch iOS layout with <bijgevoegd> attachments (WhatsBook)', () => {
    const result = parseWhatsAppExport(read('WhatsBook', '_chat.txt'), { timeZone: 'Europe/Amsterdam' });
    expect(result.items).toHaveLength(41);
    expect(userSenders(result.items).size).toBe(6);
    expect(result.items[4]).toMatchObject({ sender: 'Tara', attachments: ['3.jpg'], dateIso: '2016-09-28T17:00:04+02:00' });
  });

  it('reads German dd.mm.yyyy with both encryption notices (whatstk)', () => {
    const result = parseWhatsAppExport(read('whatstk', 'pokemon.txt'), { timeZone: 'Europe/Berlin' });
    expect(result.items).toHaveLength(20);
    // 8 people + '' for the system lines: the notice "from" the group (Pokemon Chat) has no sender.
    expect(new Set(result.items.map((item) => item.sender)).size).toBe(9);
    expect(result.items[0]?.sender).toBe('');
    expect(kinds(result.items)).toEqual(['encryption-notice', 'encryption-notice']);
    expect(result.items[1]?.sender).toBe('');
  });
});

describe('parseWhatsAppExport on constructed lines', () => {
  it('reads disappearing-message and security-code lines inserted into a real export', () => {
    // CONSTRUCTED: no genuine export holds these lines (corpus README). Wording from WhatsApp's
    // documentation, inserted into the real language-whatsapp iOS export.
    const real = read('language-whatsapp', '_chat.txt').split('\n');
    const inserted = [
      '[02/11/2020, 9:51:00 pm] Alice: \u200eAlice turned on disappearing messages. New messages will disappear from this chat 7 days after they\u2019re sent, except when kept.',
      '[02/11/2020, 9:52:00 pm] Alice: \u200eYour security code with \u202a+1\u00a0555\u00a0010\u00a09999\u202c changed.',
      '[02/11/2020, 9:53:00 pm] Bob: \u200eBob turned off disappearing messages.',
      '02/11/2020, 21:54 - Bob turned on disappearing messages. New messages will disappear from this chat 24 hours after they\'re sent.',
      '[02/11/2020, 9:55:00\u202fPM] Alice: \u200eMissed voice call',
      '[02/11/2020, 9:56:00\u202fPM] Bob: \u200eVoice call. \u200e12 min',
      '[02/11/2020, 9:57:00\u202fPM] Bob: Voice call. 12 min',
    ];
    const result = parseWhatsAppExport([...real.slice(0, 13), ...inserted].join('\n'), { timeZone: 'UTC' });
    const events = result.items.slice(13).map((item) => item.event);
    expect(events).toEqual([
      { kind: 'disappearing-on', durationSeconds: 604_800, subjects: [] },
      { kind: 'security-code-changed', durationSeconds: null, subjects: ['+1 555 010 9999'] },
      { kind: 'disappearing-off', durationSeconds: null, subjects: [] },
      { kind: 'disappearing-on', durationSeconds: 86_400, subjects: [] },
      { kind: 'missed-call', durationSeconds: null, subjects: [] },
      { kind: 'call', durationSeconds: 720, subjects: [] },
      // Typed by a person (no system mark): a message, not an event.
      null,
    ]);
    expect(result.items[17]?.dateIso).toBe('2020-11-02T21:55:00+00:00');
  });

  it('reads the system lines WhatsApp documents for groups, calls and default timers', () => {
    // CONSTRUCTED: no genuine export in the corpus holds these lines (corpus README). Wordings
    // are WhatsApp's own (its help centre's and WhatsApp Web's strings), written as Android
    // (no sender) and iOS (the group as sender, U+200E first) exports write system lines.
    const inserted = [
      "02/11/2020, 21:50 - Bob's security code changed. Tap to learn more.",
      "[02/11/2020, 9:51:00 pm] Family: \u200eBob\u2019s security code changed. Tap to learn more.",
      "02/11/2020, 21:52 - Bob uses a default timer for disappearing messages in new chats. All new messages will disappear from this chat 24 hours after they're sent, except when kept. Tap to change.",
      "02/11/2020, 21:53 - You use a default timer for disappearing messages in new chats. All new messages will disappear from this chat 90 days after they're sent, except when kept.",
      '02/11/2020, 21:54 - Disappearing messages were turned off.',
      "02/11/2020, 21:55 - Carol joined using this group's invite link",
      '02/11/2020, 21:56 - Dora se unió usando el enlace de invitación de este grupo',
      '[02/11/2020, 9:57:00 pm] Bob: \u200eVideo call, \u200eNo answer',
      '[02/11/2020, 9:58:00 pm] Bob: \u200eVoice call, \u200eNo answer',
      '[02/11/2020, 9:59:00 pm] Bob: \u200eMissed voice call',
    ];
    const result = parseWhatsAppExport(inserted.join('\n'), { timeZone: 'UTC' });
    expect(result.items.map((item) => item.event)).toEqual([
      { kind: 'security-code-changed', durationSeconds: null, subjects: ['Bob'] },
      { kind: 'security-code-changed', durationSeconds: null, subjects: ['Bob'] },
      { kind: 'disappearing-on', durationSeconds: 86_400, subjects: [] },
      { kind: 'disappearing-on', durationSeconds: 7_776_000, subjects: [] },
      { kind: 'disappearing-off', durationSeconds: null, subjects: [] },
      { kind: 'member-added', durationSeconds: null, subjects: ['Carol'] },
      { kind: 'member-added', durationSeconds: null, subjects: ['Dora'] },
      { kind: 'missed-call', durationSeconds: null, subjects: [] },
      { kind: 'missed-call', durationSeconds: null, subjects: [] },
      { kind: 'missed-call', durationSeconds: null, subjects: [] },
    ]);
    // The iOS line came "from" the group: it names the chat and has no sender of its own.
    expect(result.conversation).toBe('Family');
    expect(result.items[1]?.sender).toBe('');
    expect(result.items[7]?.sender).toBe('Bob');
  });

  it('names an iOS group from its system lines when the export has no encryption notice (parser-go)', () => {
    // CONSTRUCTED from the real english_iphone-saved_contacts.txt: its first line, the
    // encryption notice, removed, as in an export whose first lines were cut.
    const lines = read('whatsapp-chat-parser-go', 'english_iphone-saved_contacts.txt').split('\n').slice(1);
    const result = parseWhatsAppExport(lines.join('\n'), { timeZone: 'UTC' });
    expect(result.conversation).toBe('Super Group');
    // "Josh: ‎Josh created this group" is Josh's own line; "Super Group: ‎Josh added you" the group's.
    expect(result.items.slice(0, 2).map((item) => [item.sender, item.event?.kind])).toEqual([
      ['Josh', 'group-created'],
      ['', 'member-added'],
    ]);
  });

  it('classifies a multi-line system message by its first line, in time linear in its length', () => {
    const added = '02/11/2020, 21:50 - Ann added Bob\nand this line was glued to it';
    expect(parseWhatsAppExport(added, { timeZone: 'UTC' }).items[0]?.event).toEqual({ kind: 'member-added', durationSeconds: null, subjects: ['Bob'] });
    // The same number of characters in lines of 500 and of 4,000 characters, each line full of
    // " added " and followed by a second line: linear matching costs the same for both, while the
    // lazy patterns matched over the whole text cost about 5 times more for the long lines.
    const timeFor = (lineChars: number): number => {
      const line = `${'x added y '.repeat(lineChars / 10)}\nsecond line`;
      const lines = Array.from({ length: Math.floor(2_000_000 / line.length) }, () => line);
      let best = Infinity;
      for (let round = 0; round < 3; round += 1) {
        const started = performance.now();
        for (const text of lines) {
          classifyText(text, true);
        }
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    timeFor(500);
    expect(timeFor(4000) / timeFor(500)).toBeLessThan(2.5);
  });

  it('never throws on bad input and reports what it cannot read', () => {
    const result = parseWhatsAppExport('preamble\n31/02/21, 10:00 - A: no such day\n12/40/2021 broken\n', {
      timeZone: 'UTC',
      dateOrder: 'dmy',
    });
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ dateIso: null, text: 'no such day\n12/40/2021 broken' });
    expect(result.problems.map((problem) => problem.locator)).toEqual(['line 1', 'line 3', 'line 2']);
    const badZone = parseWhatsAppExport('1/1/21, 12:00 - A: Hi', { timeZone: 'Not/AZone' });
    expect(badZone.items[0]?.dateIso).toBeNull();
    expect(badZone.problems).toHaveLength(1);
  });

  it('stays linear on a very long single line', () => {
    const long = '1/1/21, 12:00 - A: ' + 'x'.repeat(20_000_000);
    const started = Date.now();
    const result = parseWhatsAppExport(long + '\n' + '9'.repeat(5_000_000), { timeZone: 'UTC' });
    expect(result.items).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
