import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairFacebookMojibake } from '../../../../../../main/core/chat/messenger/facebook-mojibake.js';
import { looksLikeMessengerExport } from '../../../../../../main/core/chat/messenger/looks-like-messenger.js';
import { parseMessengerExport } from '../../../../../../main/core/chat/messenger/parse-messenger.js';
import { ChatExportError } from '../../../../../../main/core/chat/json-document.js';
import { corpusPath } from '../../../../../support/corpus.js';

const samplePath = corpusPath('chat', 'messenger', 'chat-analytics', '2A_7M.json');

describe('Facebook Messenger export from the corpus (2A_7M.json, anonymised, with a UTF-8 BOM)', () => {
  const text = readFileSync(samplePath, 'utf8');

  it('starts with a byte-order mark, which plain JSON.parse refuses', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('reads the thread and its seven messages in file order (newest first)', () => {
    const result = parseMessengerExport(text, { timeZone: 'America/New_York', fileName: '2A_7M.json' });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ conversation: 'Alice', conversationId: 'inbox/alice_aaaaaaaaaa', participants: ['Alice', 'Bob'] });
    expect(result.items.map((item) => [item.locator, item.sender, item.text, item.attachments])).toEqual([
      ['messages[0]', 'Alice', 'Hello', []],
      ['messages[1]', 'Bob', 'Whats up!', []],
      ['messages[2]', 'Bob', 'you what', []],
      ['messages[3]', 'Bob', '', ['blabla.docx']],
      ['messages[4]', 'Alice', '', ['audioclip11111.mp4']],
      ['messages[5]', 'Bob', '', ['123123123123123.png']],
      ['messages[6]', 'Bob', '', ['123123123123123.jpg']],
    ]);
    // November 2014, after the DST change: Eastern Standard Time.
    expect(result.items[0]).toMatchObject({
      dateRaw: '1415147732056',
      dateIso: '2014-11-04T19:35:32-05:00',
      recipients: [{ name: 'Bob', id: '' }],
      event: null,
      messageId: '',
      replyTo: '',
    });
    expect(result.items[6]?.dateIso).toBe('2014-11-04T19:27:20-05:00');
    expect(result.items.every((item) => item.event === null)).toBe(true);
  });

  it('is told apart from Telegram and DiscordChatExporter files', () => {
    expect(looksLikeMessengerExport(JSON.parse(text.slice(1)))).toBe(true);
    const discord = JSON.parse(readFileSync(corpusPath('chat', 'discord', 'chat-analytics', 'GC_3A_5M.json'), 'utf8')) as unknown;
    const telegram = JSON.parse(readFileSync(corpusPath('chat', 'telegram', 'chat-analytics', 'DM_2A_7M.json'), 'utf8')) as unknown;
    expect(looksLikeMessengerExport(discord)).toBe(false);
    expect(looksLikeMessengerExport(telegram)).toBe(false);
    expect(looksLikeMessengerExport({ participants: [], messages: [{ id: 1 }] })).toBe(false);
  });
});

describe('Facebook mojibake repair', () => {
  it('decodes byte-per-code-point UTF-8 and leaves everything else as written', () => {
    expect(repairFacebookMojibake('\u00c3\u00a9t\u00c3\u00a9 \u00f0\u009f\u0098\u00a2')).toBe('été 😢');
    expect(repairFacebookMojibake('plain ascii')).toBe('plain ascii');
    // Already real text beyond Latin-1: not Facebook's encoding.
    expect(repairFacebookMojibake('déjà 😢')).toBe('déjà 😢');
    // Latin-1 range but not valid UTF-8 ("café" typed as real é): kept.
    expect(repairFacebookMojibake('caf\u00e9')).toBe('café');
    // Truncated multi-byte sequence: kept.
    expect(repairFacebookMojibake('\u00f0\u009f\u0098')).toBe('\u00f0\u009f\u0098');
  });
});

/** A group thread built in the test from the documented format, with Facebook's escaping. */
const group = {
  participants: [{ name: 'Ren\u00c3\u00a9e' }, { name: 'Sam' }, { name: 'Tom' }],
  messages: [
    { sender_name: 'Sam', timestamp_ms: 1_700_000_600_000, content: 'Tom left the group.', type: 'Unsubscribe', users: [{ name: 'Sam' }], is_unsent: false },
    { sender_name: 'Ren\u00c3\u00a9e', timestamp_ms: 1_700_000_500_000, type: 'Unsubscribe', users: [{ name: 'Tom' }] },
    { sender_name: 'Ren\u00c3\u00a9e', timestamp_ms: 1_700_000_400_000, type: 'Subscribe', users: [{ name: 'Tom' }, { name: 'Uma' }], content: 'Ren\u00c3\u00a9e added Tom and Uma to the group.' },
    { sender_name: 'Sam', timestamp_ms: 1_700_000_300_000, type: 'Call', call_duration: 754, content: 'The call ended.' },
    { sender_name: 'Sam', timestamp_ms: 1_700_000_200_000, type: 'Call', call_duration: 0, content: 'Ren\u00c3\u00a9e missed your call.' },
    { sender_name: 'Tom', timestamp_ms: 1_700_000_100_000, type: 'Generic', is_unsent: true, reactions: [{ reaction: '\u00f0\u009f\u0098\u00a2', actor: 'Sam' }] },
    { sender_name: 'Tom', timestamp_ms: 1_700_000_050_000, type: 'Share', content: 'look', share: { link: 'https://example.gov/permit' } },
    { sender_name: 'Tom', timestamp_ms: 1_700_000_040_000, type: 'Share', share: { share_text: 'Live location ended' } },
    { sender_name: 'Tom', timestamp_ms: 1_700_000_030_000, type: 'Generic', videos: [{ uri: 'messages/inbox/g_1/videos/clip.mp4', thumbnail: { uri: 'x' } }], gifs: [{ uri: 'messages/inbox/g_1/gifs/a.gif' }] },
    { sender_name: 'Tom', timestamp_ms: 1_700_000_020_000, type: 'PollVote', content: 'voted' },
  ],
  title: 'Permit \u00e2\u0080\u009cteam\u00e2\u0080\u009d',
  is_still_participant: true,
  thread_type: 'RegularGroup',
  thread_path: 'inbox/permitteam_g_1',
  magic_words: [],
};

describe('Messenger group thread (constructed from the documented format)', () => {
  const result = parseMessengerExport(JSON.stringify(group), { timeZone: 'UTC' });

  it('repairs names, titles and reactions-era text, and maps types to events', () => {
    expect(result.problems).toEqual([]);
    expect(result.conversation).toBe('Permit “team”');
    expect(result.participants).toEqual(['Renée', 'Sam', 'Tom']);
    expect(result.items.map((item) => [item.sender, item.event?.kind ?? null, item.event?.subjects ?? null, item.event?.durationSeconds ?? null])).toEqual([
      ['Sam', 'member-left', ['Sam'], null],
      ['Renée', 'member-removed', ['Tom'], null],
      ['Renée', 'member-added', ['Tom', 'Uma'], null],
      ['Sam', 'call', [], 754],
      ['Sam', 'missed-call', [], null],
      ['Tom', 'message-deleted', [], null],
      ['Tom', null, null, null],
      ['Tom', null, null, null],
      ['Tom', null, null, null],
      ['Tom', 'other', [], null],
    ]);
    expect(result.items[2]?.text).toBe('Renée added Tom and Uma to the group.');
    expect(result.items[4]?.text).toBe('Renée missed your call.');
    expect(result.items[5]?.text).toBe('');
    expect(result.items[9]?.text).toBe('[PollVote] voted');
    expect(result.items[0]?.recipients).toEqual([{ name: 'Renée', id: '' }, { name: 'Tom', id: '' }]);
  });

  it('adds shared links and names every media file', () => {
    expect(result.items[6]?.text).toBe('look\nhttps://example.gov/permit');
    expect(result.items[7]?.text).toBe('Live location ended');
    expect(result.items[8]?.attachments).toEqual(['clip.mp4', 'a.gif']);
  });
});

describe('Messenger hostile inputs', () => {
  it('names the file and the place of malformed JSON, after the BOM', () => {
    const call = () => parseMessengerExport('\ufeff{"participants": [], "messages": [}', { timeZone: 'UTC', fileName: 'message_1.json' });
    expect(call).toThrow(ChatExportError);
    // V8 gives no position for an unexpected token, only a short quote around it.
    expect(call).toThrow(`message_1.json: not valid JSON: Unexpected token '}' near …"ssages\\": [}"`);
    expect(() => parseMessengerExport('', { timeZone: 'UTC' })).toThrow('message_1.json: empty file, no JSON');
    expect(() => parseMessengerExport('{"messages": []}', { timeZone: 'UTC' })).toThrow(/not a Facebook Messenger export/);
  });

  it('reports messages of the wrong shape by locator and reads the rest', () => {
    const result = parseMessengerExport(
      JSON.stringify({
        participants: [{ name: 'A' }, 'B'],
        messages: [
          { sender_name: 'A', timestamp_ms: 1, content: 'first' },
          7,
          { sender_name: 'A', content: 'no time' },
          { sender_name: 'A', timestamp_ms: 'soon', content: 'bad time' },
          { sender_name: 'A', timestamp_ms: 2, content: { nested: true } },
        ],
        title: 'A',
        thread_path: 'inbox/a_1',
      }),
      { timeZone: 'UTC' },
    );
    expect(result.participants).toEqual(['A']);
    expect(result.problems).toEqual([
      { locator: 'messages[1]', message: 'entry is a number, not a message object; skipped' },
      { locator: 'messages[2]', message: 'message has no timestamp_ms; date left unread' },
      { locator: 'messages[3]', message: 'message has no timestamp_ms; date left unread' },
    ]);
    expect(result.items.map((item) => [item.locator, item.text, item.dateIso])).toEqual([
      ['messages[0]', 'first', '1970-01-01T00:00:00+00:00'],
      ['messages[2]', 'no time', null],
      ['messages[3]', 'bad time', null],
      ['messages[4]', '', '1970-01-01T00:00:00+00:00'],
    ]);
  });

  it('repairs a multi-megabyte message in linear time', () => {
    const big = '\u00c3\u00a9'.repeat(2_000_000);
    const result = parseMessengerExport(JSON.stringify({ participants: [], messages: [{ sender_name: 'A', timestamp_ms: 1, content: big }] }), { timeZone: 'UTC' });
    expect(result.items[0]?.text).toBe('é'.repeat(2_000_000));
  });
});
