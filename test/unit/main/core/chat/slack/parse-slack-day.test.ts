import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipArchive } from '../../../../../../main/core/archive/zip-archive.js';
import type { ChatItem } from '../../../../../../main/core/chat/chat-message.js';
import { ChatExportError } from '../../../../../../main/core/chat/json-document.js';
import { parseSlackDay } from '../../../../../../main/core/chat/slack/parse-slack-day.js';
import { readSlackDirectory, type SlackDirectory } from '../../../../../../main/core/chat/slack/slack-directory.js';
import { parseSlackIntegrationLogs } from '../../../../../../main/core/chat/slack/slack-integration-logs.js';
import { isSlackDayPath, looksLikeSlackExport, slackDirectoryFileKind } from '../../../../../../main/core/chat/slack/slack-paths.js';
import { corpusPath } from '../../../../../support/corpus.js';

type ZipText = { path: string; text: string };

/** The whole test archive as texts, read once through the guarded zip reader. */
async function readArchive(): Promise<ZipText[]> {
  const zip = await ZipArchive.open({ path: corpusPath('chat', 'slack', 'slack-export-viewer', 'testarchive.zip') });
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const files: ZipText[] = [];
    for (const entry of zip.entries) {
      if (entry.path !== null && !entry.isDirectory) {
        files.push({ path: entry.path, text: decoder.decode(await zip.read(entry, 1_000_000)) });
      }
    }
    return files;
  } finally {
    zip.close();
  }
}

describe('Slack workspace export (slack-export-viewer testarchive.zip, a real pseudonymised export)', () => {
  let files: ZipText[] = [];
  let directory: SlackDirectory;
  let items: ChatItem[] = [];
  const byLocator = new Map<string, ChatItem>();

  beforeAll(async () => {
    files = await readArchive();
    directory = readSlackDirectory(files.filter((file) => !isSlackDayPath(file.path)));
    for (const file of files.filter((f) => isSlackDayPath(f.path)).sort((a, b) => a.path.localeCompare(b.path))) {
      const result = parseSlackDay(directory, file.path, file.text, { timeZone: 'America/Vancouver' });
      expect(result.problems).toEqual([]);
      items.push(...result.items);
    }
    for (const item of items) {
      byLocator.set(item.locator, item);
    }
  });
  afterAll(() => {
    items = [];
  });

  it('recognises the archive by its entry names', () => {
    expect(looksLikeSlackExport(files.map((file) => file.path))).toBe(true);
    // MANIFEST.tsv says 19 day files; the zip holds 17 (9 for enrique, 8 for traveling-sailor).
    expect(files.filter((file) => isSlackDayPath(file.path))).toHaveLength(17);
  });

  it('reads users and channels from the root files', () => {
    expect(directory.problems).toEqual([]);
    expect(directory.users.get('U0BMQB6JE')).toMatchObject({ name: 'Hamza Faran', handle: 'hamza' });
    // No real_name in the profile and an empty display_name: the account's real_name, then handle.
    expect(directory.users.get('U0BMM2FEH')?.name).toBe('heroeshannibal');
    expect([...directory.conversationsByFolder.keys()]).toEqual(['enrique', 'traveling-sailor']);
    expect(directory.conversationsById.get('C0JL6CGQ2')?.name).toBe('traveling-sailor');
  });

  it('reads all 158 messages with their subtypes as events', () => {
    expect(items).toHaveLength(158);
    const kinds = new Map<string, number>();
    for (const item of items) {
      const key = item.event?.kind ?? 'none';
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
    }
    // 8 channel_join, 3 bot_add (kept as 'other'), 1 edited message; the rest are content.
    expect(Object.fromEntries(kinds)).toEqual({ 'member-added': 8, other: 3, 'message-edited': 1, none: 146 });
    expect(items.filter((item) => item.event?.kind === 'other').every((item) => item.text.startsWith('[bot_add] '))).toBe(true);
    expect(items.filter((item) => item.senderId.startsWith('B'))).toHaveLength(94 + 3 - 3);
  });

  it('keeps file order, resolves mentions and shows instants in the chosen zone', () => {
    expect(items.slice(0, 5).map((item) => item.locator)).toEqual([
      'enrique/2016-01-14.json#0',
      'enrique/2016-01-14.json#1',
      'enrique/2016-01-14.json#2',
      'enrique/2016-01-14.json#3',
      'enrique/2016-01-14.json#4',
    ]);
    expect(byLocator.get('enrique/2016-01-14.json#1')).toMatchObject({
      conversation: 'enrique',
      conversationId: 'C0JGLMMNX',
      sender: 'Harry Potter',
      senderId: 'U0BMYT2FL',
      dateIso: '2016-01-14T21:55:18-08:00',
      dateRaw: '1452837318.000003',
      messageId: '1452837318.000003',
      text: '@Harry Potter has joined the channel',
      event: { kind: 'member-added', subjects: ['Harry Potter'], durationSeconds: null },
    });
    expect(byLocator.get('enrique/2016-01-14.json#4')?.text).toBe(
      '@Harry Potter: Created an issue for a setup.py so that it can be installed to a standard place',
    );
    // March 2016 is already daylight time in Vancouver (DST began 13 March).
    expect(byLocator.get('traveling-sailor/2016-03-29.json#0')?.dateIso).toMatch(/-07:00$/);
  });

  it('renders links and the text of legacy attachments (link unfurls, bot cards)', () => {
    expect(byLocator.get('enrique/2016-01-15.json#3')?.text).toBe(
      "Here's an example: https://github.com/hfaran/progressive/blob/master/setup.py\n" +
        'hfaran/progressive\nprogressive - Colorful progress bars and trees for your terminal',
    );
    expect(byLocator.get('enrique/2016-01-16.json#1')).toMatchObject({
      sender: 'Hamza Faran',
      text: '[bot_add] added an integration to this channel: github (https://mesos-magellan.slack.com/services/B0JL6RASU)',
      event: { kind: 'other' },
    });
    // A GitHub bot: no user, no username, only bot_id; its words are in the attachment.
    expect(byLocator.get('enrique/2016-03-28.json#0')).toMatchObject({
      sender: 'B0JL6RASU',
      senderId: 'B0JL6RASU',
      event: null,
      text:
        '[enrique:master] 1 new commit by hfaran:\n' +
        'b698a38 (https://github.com/mesos-magellan/enrique/commit/b698a38dabbd81c51029f163e74bcd76115e9c2f): Implement killTask; resolves #20 - hfaran',
    });
  });

  it('names shared files and keeps edits as events with their text', () => {
    const withFiles = items.filter((item) => item.attachments.length > 0);
    expect(withFiles.map((item) => [item.locator, item.attachments])).toEqual([
      ['traveling-sailor/2016-03-26.json#10', ['100_cities.js']],
      ['traveling-sailor/2016-03-27.json#0', ['10_cities.js']],
      ['traveling-sailor/2016-03-27.json#1', ['10_cities.js']],
      ['traveling-sailor/2016-03-28.json#0', ['cities1000.js']],
    ]);
    expect(byLocator.get('traveling-sailor/2016-03-27.json#1')).toMatchObject({
      sender: 'Hermione Granger',
      senderId: 'U0BMS113R',
      event: null,
    });
    expect(byLocator.get('traveling-sailor/2016-03-27.json#1')?.text).toMatch(/^@Hermione Granger commented on @Hermione Granger’s file 10 cities \(https:/);
    const edited = byLocator.get('traveling-sailor/2016-03-25.json#7');
    expect(edited?.event?.kind).toBe('message-edited');
    expect(edited?.text).toMatch(/^```\{"cities": \{\n {4}"New York City": \[40\.72, 74\.00\],/);
  });

  it('reads integration_logs.json as events, naming channels the export no longer lists by id', () => {
    const log = files.find((file) => slackDirectoryFileKind(file.path) === 'integration_logs');
    expect(log).toBeDefined();
    const result = parseSlackIntegrationLogs(directory, log?.path ?? '', log?.text ?? '', { timeZone: 'UTC' });
    expect(result.problems).toEqual([]);
    expect(result.items).toHaveLength(30);
    expect(result.items[0]).toMatchObject({
      locator: 'integration_logs.json#0',
      sender: 'Hermione Granger',
      senderId: 'U0BMS113R',
      conversation: 'C0JGJTZT7',
      dateIso: '2016-03-26T05:21:40+00:00',
      text: '[integration_added] Hermione Granger added Travis CI (incoming-webhook)',
      event: { kind: 'other' },
    });
    expect(result.items[2]?.conversation).toBe('enrique');
  });
});

/** A small workspace built in the test: one channel, one DM, one group DM, and a private channel. */
function constructedDirectory(): SlackDirectory {
  return readSlackDirectory([
    {
      path: 'export/users.json',
      text: JSON.stringify([
        { id: 'U1', name: 'ann', profile: { real_name: 'Ann Archer', display_name: 'annie' } },
        { id: 'U2', name: 'bob', profile: { display_name: 'Bobby' } },
        { id: 'U3', name: 'cy', deleted: true },
      ]),
    },
    { path: 'export/channels.json', text: JSON.stringify([{ id: 'C1', name: 'general', members: ['U1', 'U2', 'U3'] }]) },
    { path: 'export/groups.json', text: JSON.stringify([{ id: 'G1', name: 'legal-hold', members: ['U1'] }]) },
    { path: 'export/dms.json', text: JSON.stringify([{ id: 'D1', members: ['U1', 'U2'] }]) },
    { path: 'export/mpims.json', text: JSON.stringify([{ id: 'G2', name: 'mpdm-ann--bob--cy-1', members: ['U1', 'U2', 'U3'] }]) },
  ]);
}

function day(directory: SlackDirectory, path: string, messages: unknown[], timeZone = 'UTC') {
  return parseSlackDay(directory, path, JSON.stringify(messages), { timeZone });
}

describe('Slack conversations, markup and subtypes (constructed day files)', () => {
  const directory = constructedDirectory();

  it('finds DMs by id and group DMs by slug, naming them by their members', () => {
    expect(directory.problems).toEqual([]);
    expect(directory.users.get('U2')?.name).toBe('Bobby');
    const dm = day(directory, 'export/D1/2020-01-02.json', [{ type: 'message', user: 'U1', text: 'hi', ts: '1577923200.000100' }]);
    expect(dm.items[0]).toMatchObject({
      conversation: 'Ann Archer, Bobby',
      conversationId: 'D1',
      recipients: [{ name: 'Bobby', id: 'U2' }],
      locator: 'export/D1/2020-01-02.json#0',
      dateIso: '2020-01-02T00:00:00+00:00',
    });
    const mpim = day(directory, 'export/mpdm-ann--bob--cy-1/2020-01-02.json', [{ type: 'message', user: 'U2', text: 'yo', ts: '1577923200.0002' }]);
    expect(mpim.items[0]).toMatchObject({
      conversation: 'Ann Archer, Bobby, cy',
      conversationId: 'G2',
      recipients: [{ name: 'Ann Archer', id: 'U1' }, { name: 'cy', id: 'U3' }],
    });
    const channel = day(directory, 'export/general/2020-01-02.json', [{ type: 'message', user: 'U2', text: 'x', ts: '1577923200.0003' }]);
    expect(channel.items[0]?.recipients).toEqual([]);
  });

  it('resolves mentions, channels, broadcasts and links, and decodes only Slack’s three entities', () => {
    const text =
      '<@U1> and <@U9|zed> in <#C1|old-name> and <#C7> <!here> <!subteam^S1|@legal> <!date^1392734382^{date}|Feb 18> ' +
      '<https://example.gov/a?b=1&amp;c=2|the memo> <https://example.gov> <mailto:ann@example.gov|ann@example.gov> ' +
      '&lt;b&gt; &amp;lt; &quot;';
    const result = day(directory, 'export/general/2020-01-02.json', [{ type: 'message', user: 'U1', text, ts: '1577923200.0004' }]);
    expect(result.items[0]?.text).toBe(
      '@Ann Archer and @zed in #general and #C7 @here @legal Feb 18 ' +
        'the memo (https://example.gov/a?b=1&c=2) https://example.gov ann@example.gov ' +
        '<b> &lt; &quot;',
    );
  });

  it('maps subtypes to events and keeps unknown ones as "other" with their name', () => {
    const result = day(directory, 'export/general/2020-01-02.json', [
      { type: 'message', subtype: 'channel_leave', user: 'U2', text: '<@U2> has left the channel', ts: '1.000001' },
      { type: 'message', subtype: 'channel_name', user: 'U1', old_name: 'a', name: 'general', text: 'renamed', ts: '2' },
      { type: 'message', subtype: 'tombstone', user: 'USLACKBOT', text: 'This message was deleted.', ts: '3', thread_ts: '3' },
      { type: 'message', subtype: 'pinned_item', user: 'U1', text: '<@U1> pinned a message', ts: '4' },
      { type: 'message', subtype: 'frobnicate', user: 'U1', text: 'something new', ts: '5' },
      { type: 'message', subtype: 'channel_topic', user: 'U1', topic: 'FOIA', text: 'set the channel topic: FOIA', ts: '6' },
      { type: 'message', subtype: 'me_message', user: 'U1', text: 'waves', ts: '7' },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.items.map((item) => [item.event?.kind ?? null, item.text])).toEqual([
      ['member-left', '@Bobby has left the channel'],
      ['group-renamed', 'renamed'],
      ['message-deleted', ''],
      ['other', '[pinned_item] @Ann Archer pinned a message'],
      ['other', '[frobnicate] something new'],
      ['other', '[channel_topic] set the channel topic: FOIA'],
      [null, 'waves'],
    ]);
    expect(result.items[0]?.event?.subjects).toEqual(['Bobby']);
    expect(result.items[2]?.sender).toBe('Slackbot');
  });

  it('links thread replies to their parent and reads huddles as calls with their length', () => {
    const result = day(directory, 'export/general/2020-01-02.json', [
      { type: 'message', user: 'U1', text: 'parent', ts: '100.000001', thread_ts: '100.000001', reply_count: 1 },
      { type: 'message', user: 'U2', text: 'reply', ts: '101.000001', thread_ts: '100.000001', parent_user_id: 'U1' },
      { type: 'message', subtype: 'thread_broadcast', user: 'U2', text: 'also to channel', ts: '102.1', thread_ts: '100.000001' },
      {
        type: 'message',
        subtype: 'huddle_thread',
        user: 'USLACKBOT',
        text: '',
        ts: '200.1',
        edited: { user: 'USLACKBOT', ts: '300.0' },
        room: { id: 'R1', date_start: 1_700_000_000, date_end: 1_700_000_754, participant_history: ['U1', 'U2'] },
        blocks: [{ type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'A huddle happened' }] }] }],
      },
      { type: 'message', subtype: 'huddle_thread', user: 'USLACKBOT', text: '', ts: '201.1', room: { was_missed: true, participant_history: ['U1'] } },
    ]);
    expect(result.items.map((item) => item.replyTo)).toEqual(['', '100.000001', '100.000001', '', '']);
    expect(result.items[3]).toMatchObject({
      text: 'A huddle happened',
      event: { kind: 'call', durationSeconds: 754, subjects: ['Ann Archer', 'Bobby'] },
    });
    expect(result.items[4]?.event).toEqual({ kind: 'missed-call', durationSeconds: null, subjects: ['Ann Archer'] });
  });

  it('reads message_changed lines as edits carrying the new text, and bots by the name they posted under', () => {
    const result = day(directory, 'export/general/2020-01-02.json', [
      {
        type: 'message',
        subtype: 'message_changed',
        ts: '500.2',
        message: { type: 'message', user: 'U2', text: 'corrected <@U1>', ts: '499.1', edited: { user: 'U2', ts: '500.2' } },
      },
      { type: 'message', subtype: 'bot_message', bot_id: 'B1', username: 'Records Bot', text: '', ts: '501', attachments: [{ fallback: 'fallback only' }] },
      { type: 'message', user: 'U1', text: '', ts: '502', files: [{ id: 'F1', name: 'memo.pdf' }, { id: 'F2', mode: 'tombstone' }] },
      { type: 'message', user: 'U9', user_profile: { real_name: 'Guest Person' }, text: 'from a shared channel', ts: '503' },
    ]);
    expect(result.items[0]).toMatchObject({ sender: 'Bobby', senderId: 'U2', messageId: '499.1', text: 'corrected @Ann Archer', event: { kind: 'message-edited' } });
    expect(result.items[1]).toMatchObject({ sender: 'Records Bot', senderId: 'B1', text: 'fallback only', event: null });
    expect(result.items[2]?.attachments).toEqual(['memo.pdf']);
    expect(result.items[3]).toMatchObject({ sender: 'Guest Person', senderId: 'U9' });
  });
});

describe('Slack hostile inputs', () => {
  const directory = constructedDirectory();

  it('names the file and the place of malformed JSON', () => {
    const call = () => parseSlackDay(directory, 'general/2020-01-02.json', '[\n  {"ts": "1", "text": "a"},\n  {"ts": "2" "text": "b"}\n]', { timeZone: 'UTC' });
    expect(call).toThrow(ChatExportError);
    expect(call).toThrow(/^general\/2020-01-02\.json: not valid JSON: .* at line 3, column 14 \(character 43\)$/);
    expect(() => parseSlackDay(directory, 'general/2020-01-02.json', '[{"ts": "1"', { timeZone: 'UTC' })).toThrow(/truncated file\?/);
    expect(() => parseSlackDay(directory, 'general/2020-01-02.json', '{"ts": "1"}', { timeZone: 'UTC' })).toThrow(/expected a JSON array/);
    expect(() => parseSlackDay(directory, 'users.json', '[]', { timeZone: 'UTC' })).toThrow(/not a Slack day file/);
  });

  it('reports entries of the wrong shape and unreadable ts by locator and reads the rest', () => {
    const result = day(directory, 'general/2020-01-02.json', [
      'just a string',
      null,
      [1, 2],
      { type: 'message', user: 'U1', text: 'no ts here' },
      { type: 'message', user: 'U1', text: 'bad ts', ts: 'yesterday' },
      { type: 'message', user: 'U1', text: 'fine', ts: '1577923200.000001' },
    ]);
    expect(result.problems).toEqual([
      { locator: 'general/2020-01-02.json#0', message: 'entry is a string, not a message object; skipped' },
      { locator: 'general/2020-01-02.json#1', message: 'entry is null, not a message object; skipped' },
      { locator: 'general/2020-01-02.json#2', message: 'entry is an array, not a message object; skipped' },
      { locator: 'general/2020-01-02.json#3', message: 'message has no ts; date left unread' },
      { locator: 'general/2020-01-02.json#4', message: 'unreadable ts "yesterday"; date left unread' },
    ]);
    expect(result.items.map((item) => [item.locator, item.text, item.dateIso])).toEqual([
      ['general/2020-01-02.json#3', 'no ts here', null],
      ['general/2020-01-02.json#4', 'bad ts', null],
      ['general/2020-01-02.json#5', 'fine', '2020-01-02T00:00:00+00:00'],
    ]);
  });

  it('reports an unknown zone and an unlisted folder without stopping', () => {
    const result = day(directory, 'random/2020-01-02.json', [{ type: 'message', user: 'U1', text: 'x', ts: '1' }], 'Mars/Olympus');
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'unknown time zone "Mars/Olympus"; dates left unread',
      'folder "random" is not listed in the export\'s conversation files',
    ]);
    expect(result.items[0]).toMatchObject({ conversation: 'random', conversationId: '', dateIso: null, dateRaw: '1' });
  });

  it('reads a multi-megabyte text of unmatched brackets in linear time', () => {
    const hostile = '<'.repeat(1_000_000) + '<@U1' + 'a|'.repeat(500_000) + '&amp'.repeat(100_000);
    const result = day(directory, 'general/2020-01-02.json', [{ type: 'message', user: 'U1', text: hostile, ts: '1' }]);
    expect(result.items[0]?.text.length).toBe(hostile.length);
  });

  it('goes on without users.json when it is broken, showing ids', () => {
    const broken = readSlackDirectory([
      { path: 'users.json', text: '[{"id": "U1",' },
      { path: 'channels.json', text: JSON.stringify([{ id: 'C1', name: 'general' }, { nope: true }]) },
    ]);
    expect(broken.problems.map((problem) => problem.locator)).toEqual(['users.json', 'channels.json[1]']);
    expect(broken.problems[0]?.message).toBe(
      'users.json: not valid JSON: Expected double-quoted property name, where the text ends (truncated file?) at line 1, column 14 (character 13); file ignored',
    );
    const result = day(broken, 'general/2020-01-02.json', [{ type: 'message', user: 'U1', text: '<@U1>', ts: '1' }]);
    expect(result.items[0]).toMatchObject({ sender: 'U1', text: '@U1', conversationId: 'C1' });
  });

  it('tells day files and root files from everything else in the zip', () => {
    expect(isSlackDayPath('general/2016-05-03.json')).toBe(true);
    expect(isSlackDayPath('export/D024BE7RE/2016-05-03.json')).toBe(true);
    expect(isSlackDayPath('2016-05-03.json')).toBe(false);
    expect(isSlackDayPath('__MACOSX/general/._2016-05-03.json')).toBe(false);
    expect(isSlackDayPath('general/2016-05-03.json.bak')).toBe(false);
    expect(slackDirectoryFileKind('export/org_users.json')).toBe('org_users');
    expect(slackDirectoryFileKind('general/users.json.txt')).toBeNull();
    expect(looksLikeSlackExport(['users.json', 'general/2016-05-03.json'])).toBe(false);
  });
});
