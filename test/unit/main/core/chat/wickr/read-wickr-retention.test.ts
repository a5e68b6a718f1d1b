import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChatItem } from '../../../../../../main/core/chat/chat-message.js';
import { readWickrRetention, type WickrOptions } from '../../../../../../main/core/chat/wickr/read-wickr-retention.js';
import { REPO_ROOT } from '../../../../../support/corpus.js';
import { collect, fileChunks, hugeInput, textChunks } from '../mapped/chunks.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'chat', 'wickr');

function read(file: string, options: Partial<WickrOptions> = {}, chunkSize = 64 * 1024) {
  return collect(readWickrRetention(fileChunks(join(FIXTURES, file), chunkSize), { timeZone: 'UTC', ...options }));
}

function summary(items: ChatItem[]): Array<[string, string, number | null]> {
  return items.flatMap((item) => (item.event ? [[item.locator, item.event.kind, item.event.durationSeconds] as [string, string, number | null]] : []));
}

const ROOM = 'S3f0c6a1d2b4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e';
const DM = '9e1d2c3b4a5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9';
const ALICE = 'alice.ng@records.example.gov';
const BOB = 'bob.ruiz@records.example.gov';
const CAROL = 'carol.ode@records.example.gov';
const DAVE = 'dave.kim@records.example.gov';

describe('readWickrRetention on the constructed retention file', () => {
  it('turns every documented msgtype into an item or event, in file order', async () => {
    const { items } = await read('retention-constructed.jsonl');
    expect(summary(items)).toEqual([
      ['line 1', 'group-created', null],
      ['line 1#expiry', 'disappearing-on', 2_592_000],
      ['line 3', 'disappearing-on', 1800],
      ['line 5', 'member-added', null],
      ['line 5#removed', 'member-removed', null],
      ['line 7', 'message-edited', null],
      ['line 8', 'message-deleted', null],
      ['line 9', 'call', null],
      ['line 10', 'call', 125],
      ['line 11', 'disappearing-on', 86_400],
      ['line 13', 'disappearing-off', null],
      ['line 14', 'group-renamed', null],
      ['line 15', 'member-left', null],
      ['line 16', 'message-deleted', null],
      ['line 17', 'message-deleted', null],
      ['line 18#expiry', 'disappearing-on', 2_592_000],
      ['line 19#burn-on-read', 'disappearing-on', 518_400],
      ['line 20', 'missed-call', null],
      ['line 21#expiry', 'disappearing-on', 86_400],
      ['line 23', 'other', null],
      ['line 23#expiry', 'disappearing-on', 2_592_000],
    ]);
  });

  it('names the room, its members and who sent what', async () => {
    const { items } = await read('retention-constructed.jsonl', { timeZone: 'America/New_York' });
    const at = (locator: string): ChatItem | undefined => items.find((item) => item.locator === locator);
    expect(at('line 1')).toMatchObject({
      conversation: 'Budget review',
      conversationId: ROOM,
      sender: ALICE,
      text: `${ALICE} created the room "Budget review"`,
      event: { kind: 'group-created', subjects: [ALICE, BOB, CAROL] },
      dateIso: '2023-07-11T13:12:45-04:00',
      dateRaw: '1689095565.168000',
    });
    expect(at('line 1#expiry')?.text).toBe(`${ALICE} set messages to expire 30 days after they are sent`);
    expect(at('line 2')).toMatchObject({ sender: BOB, text: 'Draft numbers are in the shared folder.', recipients: [{ name: '', id: ALICE }, { name: '', id: CAROL }], messageId: 'c81e728d9d4c2f636f067f89cc14862c' });
    expect(at('line 3')?.text).toBe(`${ALICE} set messages to burn 30 minutes after they are read`);
    // After 4002 added Dave and removed Carol, Dave's file goes to Alice and Bob.
    expect(at('line 6')).toMatchObject({ sender: DAVE, attachments: ['line14-estimate.pdf'], recipients: [{ name: '', id: ALICE }, { name: '', id: BOB }] });
    expect(at('line 7')).toMatchObject({ text: 'Draft numbers are in the shared folder (v2).', replyTo: 'c81e728d9d4c2f636f067f89cc14862c' });
    expect(at('line 8')).toMatchObject({ text: `${BOB} recalled a message from everyone it was sent to`, replyTo: 'c81e728d9d4c2f636f067f89cc14862c' });
    expect(at('line 10')).toMatchObject({ text: 'Call ended after 2 minutes 5 seconds', replyTo: '45c48cce2e2d7fbdea1afc51c7c6ad26' });
    expect(at('line 13')?.text).toBe(`${ALICE} turned off burn-on-read`);
    expect(at('line 14')?.conversation).toBe('Budget review (closed)');
    expect(at('line 16')?.text).toBe(`${DAVE} deleted a message from their own devices`);
    // A direct message: the conversation is its two people.
    expect(at('line 18')).toMatchObject({ conversation: `${BOB}, ${CAROL}`, conversationId: DM, recipients: [{ name: '', id: CAROL }], event: null });
    expect(at('line 18#expiry')).toMatchObject({
      sender: '',
      text: "Messages in this conversation expire 30 days after they are sent (worked out from this message's expiry time, 8/10/23 5:52 PM)",
    });
  });

  it('reports a timer only when it first appears or changes', async () => {
    const { items } = await read('retention-constructed.jsonl');
    // Lines 2, 4, 6, 12 carry ttl/bor dates matching the settings: no event of their own.
    for (const line of ['line 2', 'line 4', 'line 6', 'line 12']) {
      expect(items.filter((item) => item.locator.startsWith(`${line}#`))).toEqual([]);
    }
    const timers = items.filter((item) => item.event?.kind === 'disappearing-on' || item.event?.kind === 'disappearing-off');
    expect(timers).toHaveLength(8);
  });

  it('reports the damaged lines and reads on', async () => {
    const { items, problems } = await read('retention-constructed.jsonl');
    expect(problems).toEqual([
      { locator: 'line 22', message: 'not valid JSON (Unterminated string in JSON at position 46); skipped' },
      { locator: 'line 23', message: "msgtype 5555 is not one AWS documents; kept as an 'other' event" },
      { locator: 'line 24', message: 'no vgroupid: the conversation is not known' },
    ]);
    expect(items.at(-1)).toMatchObject({ locator: 'line 24', text: 'no conversation id', conversationId: '' });
  });

  it('reads the same in 5-byte chunks', async () => {
    const whole = await read('retention-constructed.jsonl');
    expect((await read('retention-constructed.jsonl', {}, 5)).items).toEqual(whole.items);
  });

  it('reads pretty-printed records as AWS prints them', async () => {
    const { items, problems } = await read('retention-pretty-constructed.json');
    expect(problems).toEqual([]);
    expect(items.map((item) => [item.locator, item.text, item.event?.kind ?? null])).toEqual([
      ['line 1', 'Pretty-printed record one', null],
      ['line 1#expiry', "Messages in this conversation expire 7 days after they are sent (worked out from this message's expiry time, 3/12/24 9:30 AM)", 'disappearing-on'],
      ['line 14', 'Link: https://records.example.gov/budget', null],
      ['line 32', 'Live location: 38.8977, -77.0365', 'message-edited'],
      ['line 49', `${BOB} reacted 👍`, 'other'],
    ]);
  });
});

describe('readWickrRetention on other shapes and hostile input', () => {
  it('reads a top-level array and falls back to time_iso and time', async () => {
    const records = [
      { msgtype: 1000, message: 'iso only', sender: BOB, vgroupid: DM, time_iso: '2023-08-04 19:10:58.901' },
      { msgtype: 1000, message: 'display only', sender: BOB, vgroupid: DM, time: '8/4/23 7:10 PM' },
      { msgtype: 1000, message: 'no time', sender: BOB, vgroupid: DM },
      'not an object',
    ];
    const { items, problems } = await collect(readWickrRetention(textChunks(JSON.stringify(records, null, 1)), { timeZone: 'Europe/Berlin', displayTimeZone: 'America/Chicago' }));
    expect(items.map((item) => [item.text, item.dateIso])).toEqual([
      ['iso only', '2023-08-04T21:10:58+02:00'],
      ['display only', '2023-08-05T02:10:00+02:00'],
      ['no time', null],
    ]);
    expect(problems.map((problem) => problem.message)).toEqual(['no time', 'not a JSON object; skipped']);
  });

  it('keeps memory bounded on a 100 MB line and reads the next record', async () => {
    const peak = { heapGrowth: 0 };
    const next = JSON.stringify({ msgtype: 1000, message: 'after', sender: BOB, vgroupid: DM, msg_ts: '1691176258.9' });
    const input = hugeInput(`${next}\n{"msgtype":1000,"message":"`, 'abcdefgh', 100 * 1024 * 1024, `"}\n${next}\n`, peak);
    const { items, problems } = await collect(readWickrRetention(input, { timeZone: 'UTC', maxRecordChars: 1024 * 1024 }));
    expect(items.map((item) => [item.locator, item.text])).toEqual([
      ['line 1', 'after'],
      ['line 3', 'after'],
    ]);
    expect(problems).toEqual([{ locator: 'line 2', message: `line 2 is ${100 * 1024 * 1024 + 29} characters, over the limit of 1048576; skipped` }]);
    expect(peak.heapGrowth).toBeLessThan(48 * 1024 * 1024);
  });

  it('throws for a bad display zone', async () => {
    await expect(collect(readWickrRetention(textChunks('{}'), { timeZone: 'UTC', displayTimeZone: 'Nowhere/Land' }))).rejects.toMatchObject({ code: 'invalid-args' });
  });
});
