import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChatExportError } from '../../../../../../main/core/chat/json-document.js';
import { looksLikeTelegramExport } from '../../../../../../main/core/chat/telegram/looks-like-telegram.js';
import { parseTelegramExport } from '../../../../../../main/core/chat/telegram/parse-telegram.js';
import { corpusPath } from '../../../../../support/corpus.js';

function read(...parts: string[]): string {
  return readFileSync(corpusPath('chat', 'telegram', ...parts), 'utf8');
}

describe('Telegram Desktop exports from the corpus', () => {
  it('reads a personal chat: service actions, entity text, skipped photos, a call with its length (DM_2A_7M)', () => {
    const result = parseTelegramExport(read('chat-analytics', 'DM_2A_7M.json'), {
      timeZone: 'America/Argentina/Buenos_Aires',
      fileName: 'DM_2A_7M.json',
    });
    expect(result.problems).toEqual([]);
    expect(result.chats).toEqual([{ locator: '', name: 'Bob', type: 'personal_chat', id: '700000000', messageCount: 8 }]);
    expect(result.items).toHaveLength(8);
    expect(result.items.map((item) => item.messageId)).toEqual(['2675', '3644', '3645', '3662', '3663', '3672', '3673', '3674']);
    expect(result.items[0]).toMatchObject({
      locator: 'messages[0]',
      conversation: 'Bob',
      conversationId: '700000000',
      sender: 'Bob',
      senderId: 'user700000000',
      text: '[joined_telegram]',
      event: { kind: 'other', durationSeconds: null, subjects: [] },
      // Only `date` here (the anonymiser dropped date_unixtime): wall time, read in the given zone.
      dateRaw: '2019-07-05T16:55:32',
      dateIso: '2019-07-05T16:55:32-03:00',
    });
    expect(result.items[1]).toMatchObject({ text: 'https://google.com 👀', event: null });
    expect(result.items[2]).toMatchObject({
      sender: 'Alice',
      senderId: 'user300000000',
      text: 'hello world',
      recipients: [{ name: 'Bob', id: 'user700000000' }],
    });
    // The peer's own messages go to the account owner, whom a single-chat export does not name.
    expect(result.items[3]).toMatchObject({ sender: 'Bob', recipients: [], dateRaw: '1652135033', dateIso: '2022-05-09T19:23:53-03:00' });
    expect(result.items[5]).toMatchObject({ text: '', attachments: [], event: { kind: 'media-omitted' } });
    expect(result.items[7]).toMatchObject({
      sender: 'Alice',
      text: '[phone_call] 56 seconds; hangup',
      event: { kind: 'call', durationSeconds: 56, subjects: [] },
      // date_unixtime wins over date; in the exporter's zone both agree.
      dateRaw: '1691719862',
      dateIso: '2023-08-10T23:11:02-03:00',
    });
  });

  it('shows the same instants in another zone, and reads `date`-only messages in the exporter’s zone when given', () => {
    const result = parseTelegramExport(read('chat-analytics', 'DM_2A_7M.json'), {
      timeZone: 'Europe/Madrid',
      exportTimeZone: 'America/Argentina/Buenos_Aires',
    });
    expect(result.items[7]?.dateIso).toBe('2023-08-11T04:11:02+02:00');
    expect(result.items[0]?.dateIso).toBe('2019-07-05T16:55:32-03:00');
  });

  it('reads a minimal export with no chat header and formatted text arrays (chat-miner)', () => {
    const result = parseTelegramExport(read('chat-miner', 'test_single_export.json'), { timeZone: 'UTC' });
    expect(result.problems).toEqual([]);
    expect(result.chats).toEqual([{ locator: '', name: '', type: '', id: '', messageCount: 2 }]);
    expect(result.items.map((item) => [item.sender, item.text, item.dateIso])).toEqual([
      ['Author 1', 'Minimal Message', '2018-12-05T10:39:10+00:00'],
      ['Author 2', 'Link:https://telegram.org/', '2018-12-05T10:49:24+00:00'],
    ]);
  });

  it('tells Telegram from DiscordChatExporter and Messenger files', () => {
    expect(looksLikeTelegramExport(JSON.parse(read('chat-analytics', 'DM_2A_7M.json')))).toBe(true);
    expect(looksLikeTelegramExport(JSON.parse(read('chat-miner', 'test_single_export.json')))).toBe(true);
    const discord = JSON.parse(readFileSync(corpusPath('chat', 'discord', 'chat-analytics', 'DM_2A_2M.json'), 'utf8')) as unknown;
    const messenger = JSON.parse(readFileSync(corpusPath('chat', 'messenger', 'chat-analytics', '2A_7M.json'), 'utf8').slice(1)) as unknown;
    expect(looksLikeTelegramExport(discord)).toBe(false);
    expect(looksLikeTelegramExport(messenger)).toBe(false);
    expect(looksLikeTelegramExport([])).toBe(false);
    expect(looksLikeTelegramExport({ messages: [{ type: 'Default', timestamp: '2020-01-01T00:00:00+00:00' }] })).toBe(false);
  });
});

/** A full-account export built in the test from Telegram Desktop's writer (export_output_json.cpp). */
const fullExport = {
  about: 'Here is the data you requested.',
  personal_information: { user_id: 111, first_name: 'Olga', last_name: 'Officer', phone_number: '+1 555 0100' },
  chats: {
    about: 'This page lists all chats from this export.',
    list: [
      {
        name: 'Records Group',
        type: 'private_supergroup',
        id: 1234567890,
        messages: [
          { id: 1, type: 'service', date: '2021-03-01T09:00:00', date_unixtime: '1614589200', actor: 'Olga Officer', actor_id: 'user111', action: 'create_group', title: 'Records', members: ['Pat', null], text: '' },
          { id: 2, type: 'service', date_unixtime: '1614589260', actor: 'Olga Officer', actor_id: 'user111', action: 'invite_members', members: ['Quinn'], text: '' },
          { id: 3, type: 'service', date_unixtime: '1614589320', actor: 'Olga Officer', actor_id: 'user111', action: 'edit_group_title', title: 'Records Group', text: '' },
          { id: 4, type: 'service', date_unixtime: '1614589380', actor: 'Pat', actor_id: 'user222', action: 'remove_members', members: ['Pat'], text: '' },
          { id: 5, type: 'service', date_unixtime: '1614589440', actor: 'Olga Officer', actor_id: 'user111', action: 'remove_members', members: ['Quinn'], text: '' },
          { id: 6, type: 'service', date_unixtime: '1614589500', actor: 'Olga Officer', actor_id: 'user111', action: 'set_messages_ttl', period: 86400, text: '' },
          { id: 7, type: 'service', date_unixtime: '1614589560', actor: 'Olga Officer', actor_id: 'user111', action: 'set_messages_ttl', period: 0, text: '' },
          { id: 8, type: 'service', date_unixtime: '1614589620', actor: 'Olga Officer', actor_id: 'user111', action: 'pin_message', message_id: 9, text: '' },
          {
            id: 9,
            type: 'message',
            date_unixtime: '1614589680',
            edited: '2021-03-01T09:10:00',
            edited_unixtime: '1614589800',
            from: 'Olga Officer',
            from_id: 'user111',
            reply_to_message_id: 1,
            text: ['See ', { type: 'text_link', text: 'the memo', href: 'https://example.gov/memo' }, ' and ', { type: 'mention_name', text: 'Pat', user_id: 222 }],
            text_entities: [
              { type: 'plain', text: 'See ' },
              { type: 'text_link', text: 'the memo', href: 'https://example.gov/memo' },
              { type: 'plain', text: ' and ' },
              { type: 'mention_name', text: 'Pat', user_id: 222 },
            ],
          },
          {
            id: 10,
            type: 'message',
            date_unixtime: '1614589740',
            from: 'Pat',
            from_id: 'user222',
            file: 'files/budget 2021.xlsx',
            file_name: 'budget 2021.xlsx',
            mime_type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            text: 'numbers',
          },
          {
            id: 11,
            type: 'message',
            date_unixtime: '1614589800',
            from: 'Pat',
            from_id: 'user222',
            file: '(File exceeds maximum size. Change data exporting settings to download.)',
            file_name: 'site-video.mp4',
            media_type: 'video_file',
            text: '',
          },
          { id: 12, type: 'message', date_unixtime: '1614589860', from: 'Pat', from_id: 'user222', photo: 'photos/photo_1@01-03-2021_09-11-00.jpg', width: 1, height: 1, text: '' },
          {
            id: 13,
            type: 'message',
            date_unixtime: '1614589920',
            from: 'Olga Officer',
            from_id: 'user111',
            poll: { question: 'Release?', closed: true, total_voters: 2, answers: [{ text: 'Yes', voters: 2, chosen: true }, { text: 'No', voters: 0, chosen: false }] },
            text: '',
          },
          { id: 14, type: 'service', date_unixtime: '1614589980', actor: 'Olga Officer', actor_id: 'user111', action: 'group_call', duration: 600, text: '' },
          { id: 15, type: 'service', date_unixtime: '1614590040', actor: 'Olga Officer', actor_id: 'user111', action: 'clear_history', text: '' },
          { id: 16, type: 'service', date_unixtime: '1614590100', actor: 'Olga Officer', actor_id: 'user111', action: 'boost_apply', boosts: 1, text: '' },
          { id: 17, type: 'unsupported' },
        ],
      },
      {
        name: 'Pat',
        type: 'personal_chat',
        id: 222,
        messages: [
          { id: 20, type: 'service', date_unixtime: '1614600000', actor: 'Pat', actor_id: 'user222', action: 'phone_call', discard_reason: 'missed', text: '' },
          { id: 21, type: 'service', date_unixtime: '1614600060', actor: 'Olga Officer', actor_id: 'user111', action: 'phone_call', discard_reason: 'busy', text: '' },
          { id: 22, type: 'message', date_unixtime: '1614600120', from: 'Pat', from_id: 'user222', text: 'call me' },
          { id: 23, type: 'message', date_unixtime: '1614600180', from: 'Olga Officer', from_id: 'user111', text: 'ok' },
          // Older exports write from_id as a bare number.
          { id: 24, type: 'message', date_unixtime: '1614600240', from: 'Pat', from_id: 222, text: 'old style' },
        ],
      },
      { type: 'saved_messages', id: 111, messages: [{ id: 30, type: 'message', date_unixtime: '1614600000', from: 'Olga Officer', from_id: 'user111', text: 'note to self' }] },
    ],
  },
  left_chats: {
    about: 'Chats you left.',
    list: [{ name: 'Old Channel', type: 'public_channel', id: 999, messages: [{ id: 1, type: 'message', date_unixtime: '1500000000', from: 'Old Channel', from_id: 'channel999', text: 'post' }] }],
  },
};

describe('Telegram full-account export (constructed from the exporter’s source)', () => {
  const result = parseTelegramExport(JSON.stringify(fullExport), { timeZone: 'UTC' });
  const group = result.items.filter((item) => item.conversationId === '1234567890');

  it('lists every chat, left chats too, with locators into the file', () => {
    expect(result.problems).toEqual([]);
    expect(result.chats.map((chat) => [chat.locator, chat.name, chat.type, chat.id, chat.messageCount])).toEqual([
      ['chats.list[0]', 'Records Group', 'private_supergroup', '1234567890', 17],
      ['chats.list[1]', 'Pat', 'personal_chat', '222', 5],
      ['chats.list[2]', 'Saved Messages', 'saved_messages', '111', 1],
      ['left_chats.list[0]', 'Old Channel', 'public_channel', '999', 1],
    ]);
    expect(result.items).toHaveLength(24);
    expect(result.items[0]?.locator).toBe('chats.list[0].messages[0]');
    expect(result.items[23]).toMatchObject({ locator: 'left_chats.list[0].messages[0]', sender: 'Old Channel', senderId: 'channel999' });
  });

  it('turns service actions into events with their people and durations', () => {
    expect(group.map((item) => [item.messageId, item.event?.kind ?? null, item.event?.subjects, item.event?.durationSeconds ?? null])).toEqual([
      ['1', 'group-created', ['Pat', '(deleted account)'], null],
      ['2', 'member-added', ['Quinn'], null],
      ['3', 'group-renamed', [], null],
      ['4', 'member-left', ['Pat'], null],
      ['5', 'member-removed', ['Quinn'], null],
      ['6', 'disappearing-on', [], 86400],
      ['7', 'disappearing-off', [], null],
      ['8', 'other', [], null],
      ['9', 'message-edited', [], null],
      ['10', null, undefined, null],
      ['11', 'media-omitted', [], null],
      ['12', null, undefined, null],
      ['13', null, undefined, null],
      ['14', 'call', [], 600],
      ['15', 'message-deleted', [], null],
      ['16', 'other', [], null],
      ['17', 'other', [], null],
    ]);
    expect(group[0]).toMatchObject({ sender: 'Olga Officer', senderId: 'user111', text: '[create_group] “Records”; Pat, (deleted account)' });
    expect(group[0]?.dateIso).toBe('2021-03-01T09:00:00+00:00');
    expect(group[7]).toMatchObject({ text: '[pin_message] message 9', replyTo: '9' });
    expect(group[15]?.text).toBe('[boost_apply]');
    expect(group[16]?.text).toBe('[unsupported]');
  });

  it('keeps an edited message’s text with link targets, its reply, and its files', () => {
    expect(group[8]).toMatchObject({ text: 'See the memo (https://example.gov/memo) and Pat', replyTo: '1' });
    expect(group[9]).toMatchObject({ text: 'numbers', attachments: ['budget 2021.xlsx'], event: null });
    // Skipped by the export's size limit, yet named: the officer knows what is missing.
    expect(group[10]).toMatchObject({ text: '', attachments: ['site-video.mp4'], event: { kind: 'media-omitted' } });
    expect(group[11]?.attachments).toEqual(['photo_1@01-03-2021_09-11-00.jpg']);
    expect(group[12]?.text).toBe('Poll: Release?\n- Yes (2)\n- No (0)');
  });

  it('names both parties of a personal chat when the export names its owner, and reads missed calls', () => {
    const personal = result.items.filter((item) => item.conversationId === '222');
    expect(personal.map((item) => [item.event?.kind ?? null, item.recipients])).toEqual([
      ['missed-call', [{ name: 'Olga Officer', id: 'user111' }]],
      ['missed-call', [{ name: 'Pat', id: 'user222' }]],
      [null, [{ name: 'Olga Officer', id: 'user111' }]],
      [null, [{ name: 'Pat', id: 'user222' }]],
      [null, [{ name: 'Olga Officer', id: 'user111' }]],
    ]);
    expect(personal[4]?.senderId).toBe('222');
  });
});

describe('Telegram hostile inputs', () => {
  it('names the file and the place of malformed JSON', () => {
    const call = () => parseTelegramExport('{\n "name": "Bob",\n "messages": [\n  {"id": 1,}\n ]\n}', { timeZone: 'UTC', fileName: 'chat/result.json' });
    expect(call).toThrow(ChatExportError);
    expect(call).toThrow('chat/result.json: not valid JSON: Expected double-quoted property name at line 4, column 12 (character 44)');
  });

  it('refuses JSON that is not a Telegram export', () => {
    expect(() => parseTelegramExport('[1, 2]', { timeZone: 'UTC' })).toThrow(/^result\.json: not a Telegram Desktop export/);
    expect(() => parseTelegramExport('{"guild": {}, "channel": {}, "messages": []}', { timeZone: 'UTC' })).toThrow(ChatExportError);
  });

  it('reports messages of the wrong shape by locator and reads the rest', () => {
    const text = JSON.stringify({
      name: 'Bob',
      type: 'personal_chat',
      id: 7,
      messages: [
        42,
        { id: 2, type: 'message', from: 'Bob', from_id: 'user7', text: 'no date' },
        { id: 3, type: 'message', date: 'sometime', from: 'Bob', text: { weird: true } },
        { id: 4, type: 'mystery', date_unixtime: '1600000000', text: 'new kind' },
        { id: 5, type: 'message', date_unixtime: '1600000060', from: null, from_id: 'user9', text: 'deleted account' },
      ],
    });
    const result = parseTelegramExport(text, { timeZone: 'UTC' });
    expect(result.problems).toEqual([
      { locator: 'messages[0]', message: 'entry is a number, not a message object; skipped' },
      { locator: 'messages[1]', message: 'message has no date; date left unread' },
      { locator: 'messages[2]', message: 'unreadable date "sometime"' },
    ]);
    expect(result.items.map((item) => [item.locator, item.sender, item.text, item.event?.kind ?? null])).toEqual([
      ['messages[1]', 'Bob', 'no date', null],
      ['messages[2]', 'Bob', '', null],
      ['messages[3]', '', '[mystery] new kind', 'other'],
      ['messages[4]', '', 'deleted account', null],
    ]);
  });

  it('reports an unknown zone once and leaves dates unread', () => {
    const result = parseTelegramExport(read('chat-miner', 'test_single_export.json'), { timeZone: 'Nowhere/Land' });
    expect(result.problems).toHaveLength(1);
    expect(result.items.every((item) => item.dateIso === null)).toBe(true);
  });

  it('reads a text of several megabytes without slowing down', () => {
    const big = 'x'.repeat(5_000_000);
    const text = JSON.stringify({ messages: [{ id: 1, type: 'message', date_unixtime: '1', from: 'A', text: [big, { type: 'bold', text: big }] }] });
    const result = parseTelegramExport(text, { timeZone: 'UTC' });
    expect(result.items[0]?.text.length).toBe(10_000_000);
  });
});
