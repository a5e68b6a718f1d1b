import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeDiscordChatExport } from '../../../../../../main/core/chat/discord/looks-like-discord.js';
import { parseDiscordExport } from '../../../../../../main/core/chat/discord/parse-discord.js';
import { ChatExportError } from '../../../../../../main/core/chat/json-document.js';
import { corpusPath } from '../../../../../support/corpus.js';

const UTC = { timeZone: 'UTC' };
// The constructed exports' exporter wrote New York's offset; read in New York, their times show as written.
const NEW_YORK = { timeZone: 'America/New_York' };

function read(name: string): string {
  return readFileSync(corpusPath('chat', 'discord', 'chat-analytics', name), 'utf8');
}

describe('DiscordChatExporter exports from the corpus', () => {
  it('reads a DM with a call whose length comes from callEndedTimestamp (DM_2A_2M)', () => {
    const result = parseDiscordExport(read('DM_2A_2M.json'), { timeZone: 'UTC', fileName: 'DM_2A_2M.json' });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ conversation: 'Someones name', conversationId: '530805775262679064' });
    expect(result.items).toHaveLength(3);
    expect(result.items[0]).toMatchObject({
      locator: 'messages[0]',
      sender: 'mlomb',
      senderId: '111111111111111111',
      dateRaw: '2019-01-04T17:52:39.762+00:00',
      dateIso: '2019-01-04T17:52:39+00:00',
      text: 'blah',
      event: null,
      messageId: '530805779645595660',
      replyTo: '',
    });
    // Nickname over account name, as Discord shows it.
    expect(result.items[1]).toMatchObject({ sender: 'Someones nickname', senderId: '444444444444444444', text: 'something something text' });
    // 17:03:14 to 21:14:52 is 15,098 s; the exporter's own text rounds it to 251 minutes.
    expect(result.items[2]).toMatchObject({
      messageId: '100',
      text: 'Started a call that lasted 251 minutes.',
      event: { kind: 'call', durationSeconds: 15_098, subjects: [] },
      dateIso: '2020-07-17T17:03:14+00:00',
    });
  });

  it('reads a group DM: renames, icon changes kept as "other", a reply, a call (GC_3A_5M)', () => {
    const result = parseDiscordExport(read('GC_3A_5M.json'), UTC);
    expect(result).toMatchObject({ conversation: 'a group chat', conversationId: '1064990764406419508' });
    // The file says messageCount 5 but holds 6 messages: reported, all six read.
    expect(result.problems).toEqual([{ locator: 'messageCount', message: 'messageCount says 5 but the file holds 6 messages' }]);
    expect(result.items.map((item) => [item.sender, item.event?.kind ?? null, item.text])).toEqual([
      ['lombi', 'group-renamed', 'Changed the channel name.'],
      ['theplant', null, 'Should honor nickname over name'],
      ['lombi', 'other', '[ChannelIconChange] Changed the channel icon.'],
      ['lombi', null, 'hey @mlomb whats up, check out https://chatanalytics.app'],
      ['mlomb', null, 'woah nice :custom_emoji:'],
      ['mlomb', 'call', 'Started a call that lasted 113 minutes.'],
    ]);
    // A Default message with a reference is a reply in all but name.
    expect(result.items[4]?.replyTo).toBe('1064990824305274930');
    expect(result.items[5]?.event?.durationSeconds).toBe(6780);
  });

  it('tells DiscordChatExporter files from Telegram and Messenger ones', () => {
    expect(looksLikeDiscordChatExport(JSON.parse(read('GC_3A_5M.json')))).toBe(true);
    const telegram = JSON.parse(readFileSync(corpusPath('chat', 'telegram', 'chat-analytics', 'DM_2A_7M.json'), 'utf8')) as unknown;
    expect(looksLikeDiscordChatExport(telegram)).toBe(false);
    expect(looksLikeDiscordChatExport({ guild: {}, messages: [] })).toBe(false);
  });
});

function author(id: string, name: string, nickname = name) {
  return { id, name, discriminator: '0000', nickname, color: null, isBot: false, avatarUrl: '' };
}

function exportOf(messages: unknown[], channel: Record<string, unknown> = {}) {
  return JSON.stringify({
    guild: { id: '99', name: 'City Hall', iconUrl: '' },
    channel: { id: '42', type: 'GuildTextChat', categoryId: '7', category: 'Departments', name: 'permits', topic: null, ...channel },
    dateRange: { after: null, before: null },
    exportedAt: '2024-05-01T12:00:00-04:00',
    messages,
    messageCount: messages.length,
  });
}

function message(id: string, type: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    type,
    timestamp: '2024-04-30T09:15:00.5-04:00',
    timestampEdited: null,
    callEndedTimestamp: null,
    isPinned: false,
    content: '',
    author: author('1', 'ann', 'Ann'),
    attachments: [],
    embeds: [],
    stickers: [],
    reactions: [],
    mentions: [],
    ...extra,
  };
}

describe('DiscordChatExporter message kinds (constructed from the exporter’s writer)', () => {
  const bob = author('2', 'bob', 'Bob');
  const result = parseDiscordExport(
    exportOf([
      message('1', 'Default', { content: 'fixed typo', timestampEdited: '2024-04-30T09:20:00-04:00' }),
      message('2', 'Reply', { content: 'agreed', reference: { type: 'Default', messageId: '1', channelId: '42', guildId: '99' } }),
      message('3', 'RecipientAdd', { content: 'Added Bob to the group.', mentions: [bob] }),
      message('4', 'RecipientRemove', { content: 'Left the group.', author: bob, mentions: [bob] }),
      message('5', 'RecipientRemove', { content: 'Removed Bob from the group.', mentions: [bob] }),
      message('6', 'GuildMemberJoin', { content: 'Joined the server.', author: bob }),
      message('7', 'ChannelPinnedMessage', { content: 'Pinned a message.', reference: { type: 'Default', messageId: '2' } }),
      message('8', 'ThreadCreated', { content: 'Started a thread.' }),
      message('9', 'Call', { content: 'Started a call that lasted 0 minutes.' }),
      message('10', '20', { content: 'slash command output' }),
      message('11', 'Default', {
        content: '',
        attachments: [{ id: 'a', url: 'permits.json_Files/plan-1A2B.pdf', fileName: 'plan.pdf', fileSizeBytes: 10 }],
        embeds: [{ title: 'Permit 12', url: 'https://city.example/p/12', description: 'Approved', fields: [{ name: 'Fee', value: '$40', isInline: false }], footer: { text: 'Permits bot' } }],
        stickers: [{ id: 's', name: 'thumbs', format: 'Png', sourceUrl: '' }],
      }),
      message('12', 'Default', {
        content: '',
        reference: { type: 'Forward', messageId: '777', channelId: '5', guildId: '99' },
        forwardedMessage: { timestamp: '2024-04-01T00:00:00+00:00', content: 'original words', attachments: [{ fileName: 'orig.png' }], embeds: [], stickers: [] },
      }),
    ]),
    NEW_YORK,
  );

  it('maps each kind to its event and keeps unknown kinds as "other" with their name', () => {
    expect(result.problems).toEqual([]);
    expect(result.conversation).toBe('City Hall / #permits');
    expect(result.items.map((item) => [item.messageId, item.event?.kind ?? null, item.event?.subjects ?? null])).toEqual([
      ['1', 'message-edited', []],
      ['2', null, null],
      ['3', 'member-added', ['Bob']],
      ['4', 'member-left', ['Bob']],
      ['5', 'member-removed', ['Bob']],
      ['6', 'member-added', ['Bob']],
      ['7', 'other', []],
      ['8', 'other', []],
      ['9', 'call', []],
      ['10', 'other', []],
      ['11', null, null],
      ['12', null, null],
    ]);
    expect(result.items[0]).toMatchObject({ text: 'fixed typo', dateIso: '2024-04-30T09:15:00-04:00' });
    expect(result.items[1]?.replyTo).toBe('1');
    expect(result.items[6]).toMatchObject({ text: '[ChannelPinnedMessage] Pinned a message.', replyTo: '2' });
    // A call still running at export time has no length.
    expect(result.items[8]?.event?.durationSeconds).toBeNull();
    expect(result.items[9]?.text).toBe('[20] slash command output');
  });

  it('reads attachments, embeds, stickers and forwarded messages', () => {
    expect(result.items[10]).toMatchObject({
      attachments: ['plan.pdf'],
      text: 'Permit 12\nhttps://city.example/p/12\nApproved\nFee: $40\nPermits bot\nSticker: thumbs',
    });
    expect(result.items[11]).toMatchObject({ text: 'original words', attachments: ['orig.png'], replyTo: '' });
  });

  it('names threads by their parent channel', () => {
    const thread = parseDiscordExport(exportOf([], { type: 'GuildPublicThread', category: 'permits', name: 'Permit 12 questions' }), NEW_YORK);
    expect(thread.conversation).toBe('City Hall / #permits / Permit 12 questions');
  });
});

describe('DiscordChatExporter dates', () => {
  it('shows each instant in the officer’s zone, so a conversation-day is the officer’s day', () => {
    // 2019-01-25T00:11:04Z was the evening of 24 January in Vancouver.
    const result = parseDiscordExport(read('DM_2A_2M.json'), { timeZone: 'America/Vancouver' });
    expect(result.items.map((item) => item.dateIso)).toEqual(['2019-01-04T09:52:39-08:00', '2019-01-24T16:11:04-08:00', '2020-07-17T10:03:14-07:00']);
    expect(result.items[1]?.dateRaw).toBe('2019-01-25T00:11:04.083+00:00');
  });

  it('reports an unknown zone once and leaves dates unread', () => {
    const result = parseDiscordExport(read('DM_2A_2M.json'), { timeZone: 'Not/AZone' });
    expect(result.problems).toEqual([{ locator: '', message: 'unknown time zone "Not/AZone"; dates left unread' }]);
    expect(result.items.every((item) => item.dateIso === null)).toBe(true);
  });
});

describe('DiscordChatExporter hostile inputs', () => {
  it('names the file and the place of malformed JSON', () => {
    const call = () => parseDiscordExport('{"guild": {"id": "0"}, "channel": {}, "messages": [', { timeZone: 'UTC', fileName: 'dm.json' });
    expect(call).toThrow(ChatExportError);
    expect(call).toThrow(/^dm\.json: not valid JSON: .*truncated file\?\) at line 1, column 52 \(character 51\)$/);
    expect(() => parseDiscordExport('{"messages": []}', { timeZone: 'UTC', fileName: 'x.json' })).toThrow('x.json: not a DiscordChatExporter export (expected guild, channel and messages)');
  });

  it('reports messages of the wrong shape by locator and reads the rest', () => {
    const result = parseDiscordExport(
      exportOf([
        'nope',
        { id: '2', type: 'Default', content: 'no author, no time' },
        message('3', 'Default', { timestamp: '2024-02-30T10:00:00+00:00', content: 'impossible date' }),
        message('4', 'Call', { callEndedTimestamp: 'garbage', content: 'bad end' }),
        message('5', 'Default', { content: 'fine' }),
      ]),
      NEW_YORK,
    );
    expect(result.problems).toEqual([
      { locator: 'messages[0]', message: 'entry is a string, not a message object; skipped' },
      { locator: 'messages[1]', message: 'message has no author object; sender left blank' },
      { locator: 'messages[1]', message: 'message has no timestamp; date left unread' },
      { locator: 'messages[2]', message: 'unreadable timestamp "2024-02-30T10:00:00+00:00"' },
    ]);
    expect(result.items.map((item) => [item.locator, item.sender, item.text, item.dateIso])).toEqual([
      ['messages[1]', '', 'no author, no time', null],
      ['messages[2]', 'Ann', 'impossible date', null],
      ['messages[3]', 'Ann', 'bad end', '2024-04-30T09:15:00-04:00'],
      ['messages[4]', 'Ann', 'fine', '2024-04-30T09:15:00-04:00'],
    ]);
    expect(result.items[2]?.event).toEqual({ kind: 'call', durationSeconds: null, subjects: [] });
  });
});
