import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseChatMapping } from '../../../../../../main/core/chat/mapped/chat-mapping.js';
import { readMappedChat } from '../../../../../../main/core/chat/mapped/read-mapped-chat.js';
import { readLinkedInMessages } from '../../../../../../main/core/chat/linkedin/read-linkedin-messages.js';
import { corpusPath, REPO_ROOT } from '../../../../../support/corpus.js';
import { collect, fileChunks, textChunks } from './chunks.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'chat', 'mapped');

function mappingFile(name: string) {
  return parseChatMapping(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')));
}

/** The LinkedIn mapping the README shows. */
const LINKEDIN_MAPPING = {
  name: 'LinkedIn messages.csv',
  format: 'csv',
  fields: {
    conversationId: 'CONVERSATION ID',
    conversation: 'CONVERSATION TITLE',
    sender: 'FROM',
    senderId: 'SENDER PROFILE URL',
    recipients: 'TO',
    recipientIds: 'RECIPIENT PROFILE URLS',
    timestamp: 'DATE',
    subject: 'SUBJECT',
    text: 'CONTENT',
  },
  timestamp: { format: 'YYYY-MM-DD HH:mm:ss [UTC]', timeZone: 'UTC' },
  listSeparator: '|',
  html: 'auto',
};

describe('readMappedChat on the LinkedIn corpus file', () => {
  it('gives the same senders, times and texts as the LinkedIn reader', async () => {
    const path = corpusPath('chat', 'linkedin', 'LinkedIn-Data-Analysis', 'messages.csv');
    const mapped = await collect(readMappedChat(fileChunks(path), parseChatMapping(LINKEDIN_MAPPING), { timeZone: 'America/Denver' }));
    const native = await collect(readLinkedInMessages(fileChunks(path), { timeZone: 'America/Denver' }));
    expect(mapped.problems).toEqual([]);
    expect(mapped.items).toHaveLength(760);
    const pick = (items: Array<{ locator: string; sender: string; dateIso: string | null; text: string; conversationId: string }>) =>
      items.map((item) => [item.locator, item.sender, item.dateIso, item.text, item.conversationId]);
    expect(pick(mapped.items)).toEqual(pick(native.items));
    expect(mapped.items[0]?.dateIso).toBe('2023-04-22T02:18:59-06:00');
  });
});

describe('readMappedChat on constructed fixtures', () => {
  it('reads a Signal-style CSV with events, durations, lists and a multi-line cell', async () => {
    const { items, problems } = await collect(readMappedChat(fileChunks(join(FIXTURES, 'signal-style.csv'), 16), mappingFile('signal-style.mapping.json'), { timeZone: 'UTC' }));
    expect(items.map((item) => [item.locator, item.sender, item.senderId, item.dateIso, item.event?.kind ?? null, item.event?.durationSeconds ?? null])).toEqual([
      ['row 2', 'Ann Lee', '+15550000001', '2023-11-14T22:13:20+00:00', null, null],
      ['row 3', 'Raj Patel', '+15550000002', '2023-11-14T22:14:20+00:00', null, null],
      ['row 4', 'Ann Lee', '+15550000001', '2023-11-14T22:15:20+00:00', 'disappearing-on', 604800],
      ['row 5', 'Raj Patel', '+15550000002', '2023-11-14T22:16:20+00:00', 'message-deleted', null],
      ['row 6', 'Ann Lee', '+15550000001', '2023-11-14T22:17:20+00:00', 'call', 312],
      ['row 7', 'Raj Patel', '+15550000002', null, null, null],
      ['row 8', 'Ann Lee', '+15550000001', '2023-11-14T22:19:20+00:00', 'disappearing-off', null],
      ['row 9', 'Raj Patel', '+15550000002', '2023-11-14T22:20:20+00:00', 'other', null],
    ]);
    expect(items[1]).toMatchObject({
      conversation: 'Budget team',
      text: 'Two lines:\r\nthe second "quoted" one',
      attachments: ['photo-1.jpg', 'scan 2.pdf'],
      replyTo: 'm1',
      messageId: 'm2',
    });
    expect(problems).toEqual([
      { locator: 'row 7', message: 'line 8: fields.timestamp: "not a time" is not a number of milliseconds' },
      { locator: 'row 9', message: `line 10: fields.event: "poll" is not in the events table; read as 'other'` },
    ]);
  });

  it('reads nested JSON with paths, text arrays, lists and a clock change', async () => {
    const { items, problems } = await collect(readMappedChat(fileChunks(join(FIXTURES, 'ops-room.json'), 9), mappingFile('ops-room.mapping.json'), { timeZone: 'Europe/London' }));
    expect(items.map((item) => [item.locator, item.sender, item.senderId, item.dateIso, item.text])).toEqual([
      ['chat.messages[0]', 'Kim', 'u1', '2024-03-30T23:59:59+00:00', 'before the clock change'],
      ['chat.messages[1]', 'Lee', 'u2', '2024-03-31T02:30:00+01:00', 'see https://example.org/plan please'],
      ['chat.messages[2]', 'Kim', 'u1', '2024-07-01T12:00:00+01:00', ''],
      ['chat.messages[3]', 'Lee', 'u2', '2024-07-01T12:05:00+01:00', 'Lee pinned a message'],
      ['chat.messages[5]', 'Kim', 'u1', null, 'impossible date'],
    ]);
    expect(items[1]).toMatchObject({ replyTo: '1', conversation: 'Ops room', conversationId: 'ops-room', messageId: '2' });
    expect(items[2]).toMatchObject({ attachments: ['plan.pdf', 'map.png'], recipients: [{ name: 'Lee', id: '' }, { name: 'Ops', id: '' }] });
    expect(items[3]?.event).toEqual({ kind: 'other', durationSeconds: null, subjects: [] });
    expect(problems).toEqual([
      { locator: 'chat.messages[4]', message: 'line 10: a message must be a JSON object; skipped' },
      { locator: 'chat.messages[5]', message: 'line 11: fields.timestamp: "31/02/2024 10:00:00" is not a real date' },
    ]);
  });

  it('reads a headerless CSV in another encoding by column numbers', async () => {
    const mapping = parseChatMapping({
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      header: false,
      fields: { timestamp: 1, sender: 2, text: 3 },
      timestamp: { format: 'M/D/YY h:mm a', timeZone: 'America/New_York' },
    });
    const bytes = iconv.encode('3/10/24 1:59 AM;Zoë;€5 café\n3/10/24 3:00 a.m.;Zoë;after the change\n', 'windows-1252');
    const { items, problems } = await collect(readMappedChat((async function* () { yield bytes; })(), mapping, { timeZone: 'America/New_York' }));
    expect(problems).toEqual([]);
    expect(items.map((item) => [item.locator, item.sender, item.text, item.dateIso])).toEqual([
      ['row 1', 'Zoë', '€5 café', '2024-03-10T01:59:00-05:00'],
      ['row 2', 'Zoë', 'after the change', '2024-03-10T03:00:00-04:00'],
    ]);
  });

  it('reads JSON Lines and a top-level array', async () => {
    const mapping = parseChatMapping({ format: 'json', fields: { timestamp: 'ts', text: 'msg' }, timestamp: { format: 'epoch-s' } });
    const lines = await collect(readMappedChat(textChunks('{"ts":1,"msg":"a"}\n{"ts":2,"msg":"b"\n{"ts":3,"msg":"c"}\n'), mapping, { timeZone: 'UTC' }));
    expect(lines.items.map((item) => [item.locator, item.text, item.dateIso])).toEqual([
      ['line 1', 'a', '1970-01-01T00:00:01+00:00'],
      ['line 3', 'c', '1970-01-01T00:00:03+00:00'],
    ]);
    expect(lines.problems.map((problem) => problem.locator)).toEqual(['line 2']);
    const array = await collect(readMappedChat(textChunks('[{"ts":"1.5","msg":"x"}, {"ts":2,"msg":"y"}]'), mapping, { timeZone: 'UTC' }));
    expect(array.items.map((item) => item.text)).toEqual(['x', 'y']);
  });

  it('says which mapping field does not fit the file', async () => {
    const mapping = parseChatMapping({ ...LINKEDIN_MAPPING, fields: { ...LINKEDIN_MAPPING.fields, timestamp: 'SENT AT' } });
    const header = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT';
    const { items, problems } = await collect(readMappedChat(textChunks(`${header}\n1,2,3\n`), mapping, { timeZone: 'UTC' }));
    expect(items).toEqual([]);
    expect(problems).toEqual([{ locator: 'row 1', message: `fields.timestamp: column "SENT AT" is not in the file's header (${header.split(',').map((name) => `"${name}"`).join(', ')})` }]);
    const json = parseChatMapping({ format: 'json', jsonPath: 'messages', fields: { timestamp: 'ts' }, timestamp: { format: 'iso' } });
    const missing = await collect(readMappedChat(textChunks('{"chats": []}'), json, { timeZone: 'UTC' }));
    expect(missing.problems).toEqual([{ locator: 'line 1', message: 'no array of messages at "messages"' }]);
  });
});
