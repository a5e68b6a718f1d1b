import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CHAT_TEXT_CHARS } from '../../../../../../main/core/chat/chat-message.js';
import { looksLikeTeamsExport } from '../../../../../../main/core/chat/teams/looks-like-teams.js';
import { parseTeamsExport, readTeamsExport } from '../../../../../../main/core/chat/teams/parse-teams.js';
import { looksLikeChatJson } from '../../../../../../main/core/ingest/chat-sniffs.js';
import { REPO_ROOT, corpusPath } from '../../../../../support/corpus.js';

const NEW_YORK = { timeZone: 'America/New_York' };

function fixture(name: string): string {
  return readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'teams', name), 'utf8');
}

const GROUP = '19:8f3b2c1d4e5f46a7b8c9d0e1f2a3b4c5@thread.v2';
const ONE_ON_ONE = '19:4f1c2a7e-0b3d-4c55-9e21-6a7d8b9c0d11_c3d5e7f9-2b4c-4d6e-9f80-a1b2c3d4e544@unq.gbl.spaces';

describe('a user’s chats from the Export API (constructed from Microsoft’s documentation)', () => {
  const result = parseTeamsExport(fixture('getallmessages-chats-constructed.json'), { ...NEW_YORK, fileName: 'chats.json' });

  it('reads every message of both chats, one item each, in the file’s order, with nothing to report', () => {
    expect(result.problems).toEqual([]);
    expect(result.items).toHaveLength(14);
    expect(result.items.map((item) => item.locator)).toEqual(Array.from({ length: 14 }, (_, index) => `value[${index}]`));
    // Two chats in one file: no single conversation for the whole file.
    expect(result.conversation).toBe('');
    expect(new Set(result.items.map((item) => item.conversationId))).toEqual(new Set([GROUP, ONE_ON_ONE]));
  });

  it('titles a chat by the topic its rename set, and an unnamed chat by its id', () => {
    expect(result.items[2]).toMatchObject({ conversation: 'Permit 2024-117 review', conversationId: GROUP });
    // The topic applies to the whole chat, the messages before the rename too.
    expect(result.items[0]?.conversation).toBe('Permit 2024-117 review');
    expect(result.items[11]).toMatchObject({ conversation: ONE_ON_ONE, conversationId: ONE_ON_ONE });
  });

  it('reads senders, ids and times, shown in the officer’s zone at the same instant', () => {
    expect(result.items[2]).toMatchObject({
      sender: 'Dana Whitfield',
      senderId: '4f1c2a7e-0b3d-4c55-9e21-6a7d8b9c0d11',
      dateRaw: '2024-03-04T14:03:05.998Z',
      dateIso: '2024-03-04T09:03:05-05:00',
      text: 'Starting the review of permit 2024-117 here.',
      event: null,
      messageId: '1709560985998',
      replyTo: '',
    });
    for (const item of result.items) {
      expect(Date.parse(item.dateIso ?? '')).toBe(Math.floor(Date.parse(item.dateRaw) / 1000) * 1000);
    }
    // Evening in New York is the next day in UTC: the day follows the officer's zone.
    expect(result.items[11]?.dateIso).toBe('2024-03-04T20:20:33-05:00');
  });

  it('turns an HTML body into text, keeps the mention, and names the linked file with its link', () => {
    expect(result.items[3]).toMatchObject({
      sender: 'Omar Haddad',
      text: 'Thanks Dana Whitfield. Draft decision attached.\n[Attachment: Permit-2024-117-draft.docx] https://contoso.sharepoint.com/sites/Permits/Shared%20Documents/General/Permit-2024-117-draft.docx',
      attachments: ['Permit-2024-117-draft.docx'],
      // A link is no file in the export: nothing inline.
      inlineFiles: [],
    });
    expect(result.items[12]?.text).toBe('Call me & we will sort it out.');
    expect(result.items[10]?.text).toBe('Photo of the posted notice.\n[1 inline image, not in the export]');
  });

  it('flags edits and deletions as events', () => {
    expect(result.items[4]).toMatchObject({ sender: 'Priya Raman', text: 'Site visit is Thursday, not Wednesday.', event: { kind: 'message-edited' } });
    expect(result.items[5]).toMatchObject({ sender: 'Omar Haddad', text: '', event: { kind: 'message-deleted', durationSeconds: null, subjects: [] } });
  });

  it('names a bot as the sender and keeps its card’s words', () => {
    expect(result.items[6]?.sender).toBe('Permit Tracker');
    expect(result.items[6]?.text).toContain('Permit 2024-117: inspection booked\nThursday 7 March, 10:00\nInspector: Priya Raman.\nReply cancel to release the slot.');
  });

  it('maps system messages onto events, with names Graph left out looked up by id', () => {
    // The initiator and Omar are named by id only in the event; their names come from their messages.
    expect(result.items[0]).toMatchObject({
      sender: 'Dana Whitfield',
      senderId: '4f1c2a7e-0b3d-4c55-9e21-6a7d8b9c0d11',
      text: '[membersAdded] Omar Haddad, Priya Raman; by Dana Whitfield',
      event: { kind: 'member-added', durationSeconds: null, subjects: ['Omar Haddad', 'Priya Raman'] },
    });
    expect(result.items[1]).toMatchObject({ text: '[chatRenamed] “Permit 2024-117 review”; by Dana Whitfield', event: { kind: 'group-renamed' } });
    expect(result.items[7]).toMatchObject({
      text: '[callEnded] call; Dana Whitfield, Omar Haddad, Priya Raman; 845 seconds; by Dana Whitfield',
      event: { kind: 'call', durationSeconds: 845, subjects: ['Dana Whitfield', 'Omar Haddad', 'Priya Raman'] },
    });
    // Removing oneself is leaving; removing someone else is a removal.
    expect(result.items[8]).toMatchObject({ sender: 'Priya Raman', event: { kind: 'member-left', subjects: ['Priya Raman'] } });
    expect(result.items[9]).toMatchObject({ sender: 'Dana Whitfield', event: { kind: 'member-removed', subjects: ['Omar Haddad'] } });
    expect(result.items[13]).toMatchObject({ sender: 'Lee Chen', text: '[callStarted] call; by Lee Chen', event: { kind: 'call', durationSeconds: null } });
  });
});

describe('a page of channel messages (constructed)', () => {
  const result = parseTeamsExport(fixture('channel-page-constructed.json'), NEW_YORK);

  it('says the file is one page of more, and reads what it holds', () => {
    expect(result.problems).toEqual([{ locator: '@odata.nextLink', message: expect.stringMatching(/one page of a longer list/) as unknown }]);
    expect(result.items).toHaveLength(6);
  });

  it('titles the channel by its team’s and its own names, keeps subjects and replies', () => {
    expect(result.conversation).toBe('Permits Office / Inspections');
    expect(result.items[2]).toMatchObject({ conversationId: '19:a1b2c3d4e5f64718293a4b5c6d7e8f90@thread.tacv2', text: 'Inspection schedule\nInspections move to Tuesdays from April.', replyTo: '' });
    expect(result.items[3]).toMatchObject({ sender: 'Lee Chen', text: 'Noted.', replyTo: result.items[2]?.messageId });
    expect(result.items[4]).toMatchObject({ sender: 'Omar Haddad', replyTo: result.items[2]?.messageId, event: { kind: 'message-deleted' } });
  });

  it('keeps events without a kind of their own as "other", named', () => {
    expect(result.items[0]).toMatchObject({ text: expect.stringMatching(/^\[teamRenamed\] “Permits Office”; by 4f1c2a7e/) as unknown, event: { kind: 'group-renamed' } });
    expect(result.items[5]).toMatchObject({ sender: 'Priya Raman', text: '[messagePinned] by Priya Raman', event: { kind: 'other' } });
  });
});

describe('damaged and hostile input', () => {
  it('reads a bare array, reporting each damaged entry with its place and keeping the rest', () => {
    const result = parseTeamsExport(fixture('chat-array-damaged-constructed.json'), NEW_YORK);
    expect(result.problems).toEqual([
      { locator: '[1]', message: 'unreadable createdDateTime "2024-03-0710:00:00.000Z"' },
      { locator: '[2]', message: 'entry is a number, not a message object; skipped' },
      { locator: '[3]', message: 'message has no sender (from is null); sender left blank' },
    ]);
    expect(result.items.map((item) => item.locator)).toEqual(['[0]', '[1]', '[3]', '[4]']);
    expect(result.items[1]).toMatchObject({ sender: 'Omar Haddad', dateIso: null, dateRaw: '2024-03-0710:00:00.000Z', text: 'Which date did the owner give?' });
    expect(result.items[2]).toMatchObject({ sender: '', senderId: '', text: 'The owner said the 12th.' });
    expect(result.items[3]?.event?.kind).toBe('message-edited');
  });

  it('reports text that is not JSON, or JSON that is no Teams export, as a problem instead of throwing', () => {
    const broken = parseTeamsExport('{"value": [ {"id": "1", ', { ...NEW_YORK, fileName: 'cut.json' });
    expect(broken.items).toEqual([]);
    expect(broken.problems[0]?.message).toMatch(/^cut\.json: not valid JSON/);
    expect(parseTeamsExport('', NEW_YORK).problems[0]?.message).toMatch(/empty file/);
    for (const value of [{ value: 'no' }, { messages: [] }, [1, 2], { value: [{ id: 1, text: 'hi' }] }, null]) {
      const read = readTeamsExport(value, { ...NEW_YORK, fileName: 'x.json' });
      expect(read.items).toEqual([]);
      expect(read.problems).toEqual([{ locator: '', message: expect.stringMatching(/^x\.json: not a Microsoft Teams export/) as unknown }]);
    }
  });

  it('reads an empty page that says it lists chat messages, and shows instants in UTC when the zone is unknown', () => {
    expect(readTeamsExport({ '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#chats('19%3Aa%40thread.v2')/messages", value: [] }, NEW_YORK)).toEqual({ conversation: '', items: [], problems: [] });
    const read = readTeamsExport([message({ createdDateTime: '2024-01-02T03:04:05.6+02:00' })], { timeZone: 'Mars/Olympus' });
    expect(read.problems).toEqual([{ locator: '', message: 'unknown time zone "Mars/Olympus"; times shown in UTC' }]);
    expect(read.items[0]?.dateIso).toBe('2024-01-02T01:04:05+00:00');
  });

  it('never runs what an HTML body holds, and keeps a text body exactly as written', () => {
    const [html, text] = readTeamsExport(
      [
        message({ body: { contentType: 'html', content: '<p>before<script>globalThis.hacked = 1</script><img src=x onerror="globalThis.hacked = 2">after<br>line two</p>' } }),
        message({ body: { contentType: 'text', content: 'a <3 b > c &amp; d' } }),
      ],
      NEW_YORK,
    ).items;
    expect(html?.text).toBe('beforeafter\nline two\n[1 inline image, not in the export]');
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
    expect(text?.text).toBe('a <3 b > c &amp; d');
  });

  it('reads other message types, bare system messages and unknown events as "other", a deletion over an edit', () => {
    const read = readTeamsExport(
      [
        message({ messageType: 'chatEvent', body: { contentType: 'text', content: 'x' } }),
        message({ messageType: 'systemEventMessage', from: null, body: { contentType: 'html', content: '<systemEventMessage/>' } }),
        message({ messageType: 'systemEventMessage', from: null, eventDetail: { '@odata.type': '#microsoft.graph.teamsAppInstalledEventMessageDetail', teamsAppDisplayName: 'Flipgrid' } }),
        message({ messageType: 'systemEventMessage', from: null, eventDetail: { '@odata.type': '#microsoft.graph.membersJoinedEventMessageDetail', members: [{ id: 'g1', displayName: 'Alex (Guest)' }] } }),
        message({ messageType: 'systemEventMessage', from: null, eventDetail: { '@odata.type': '#microsoft.graph.membersLeftEventMessageDetail', members: [{ id: 'g1', displayName: null }] } }),
        message({ messageType: 'systemEventMessage', from: null, eventDetail: { '@odata.type': '#microsoft.graph.callEndedEventMessageDetail', callDuration: 'about a minute' } }),
        message({ lastEditedDateTime: '2024-01-02T03:05:00Z', deletedDateTime: '2024-01-02T03:06:00Z' }),
        message({ deleted: true, from: null }),
      ],
      NEW_YORK,
    );
    expect(read.problems).toEqual([]);
    expect(read.items.map((item) => [item.text, item.event?.kind ?? null])).toEqual([
      ['[chatEvent] x', 'other'],
      ['[systemEventMessage]', 'other'],
      ['[teamsAppInstalled] “Flipgrid”', 'other'],
      ['[membersJoined] Alex (Guest)', 'member-added'],
      ['[membersLeft] Alex (Guest)', 'member-left'],
      ['[callEnded]', 'call'],
      ['hello', 'message-deleted'],
      ['hello', 'message-deleted'],
    ]);
    expect(read.items[5]?.event?.durationSeconds).toBeNull();
  });

  it('cuts a huge message with a warning, and stays bounded on a deeply nested card', () => {
    const huge = 'word '.repeat(MAX_CHAT_TEXT_CHARS / 4);
    const nested = `${'['.repeat(100_000)}{"text": "deep"}${']'.repeat(100_000)}`;
    const started = performance.now();
    const read = readTeamsExport(
      [
        message({ body: { contentType: 'text', content: huge } }),
        message({ attachments: [{ id: 'a', contentType: 'application/vnd.microsoft.card.adaptive', content: nested }] }),
      ],
      NEW_YORK,
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(read.items[0]?.text).toHaveLength(MAX_CHAT_TEXT_CHARS);
    expect(read.problems).toEqual([{ locator: '[0]', message: expect.stringMatching(/cut to the first/) as unknown }]);
    expect(read.items[1]?.text).toBe('hello');
  });
});

describe('recognising a Teams export', () => {
  it('tells Graph chatMessage lists from the other JSON chat exports', () => {
    expect(looksLikeTeamsExport(JSON.parse(fixture('getallmessages-chats-constructed.json')))).toBe(true);
    expect(looksLikeTeamsExport(JSON.parse(fixture('chat-array-damaged-constructed.json')))).toBe(true);
    const telegram = JSON.parse(readFileSync(corpusPath('chat', 'telegram', 'chat-analytics', 'DM_2A_7M.json'), 'utf8')) as unknown;
    const discord = JSON.parse(readFileSync(corpusPath('chat', 'discord', 'chat-analytics', 'DM_2A_2M.json'), 'utf8')) as unknown;
    const wickr = JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'chat', 'wickr', 'retention-constructed.jsonl'), 'utf8').split('\n')[0] ?? '') as unknown;
    expect([telegram, discord, wickr, [wickr], { value: [] }, []].map(looksLikeTeamsExport)).toEqual([false, false, false, false, false, false]);
  });

  it('lets the chat JSON adapter pick a Teams file from its first bytes, object or bare array', () => {
    const head = (text: string) => new TextEncoder().encode(text.slice(0, 4096));
    expect(looksLikeChatJson(head(fixture('getallmessages-chats-constructed.json')))).toBe(true);
    expect(looksLikeChatJson(head(fixture('channel-page-constructed.json')))).toBe(true);
    expect(looksLikeChatJson(head(fixture('chat-array-damaged-constructed.json')))).toBe(true);
    expect(looksLikeChatJson(head('[{"name": "a", "value": 1}]'))).toBe(false);
    expect(looksLikeChatJson(head('{"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", "value": []}'))).toBe(false);
  });
});

/** A documented chatMessage with every field Graph writes, overridden by `fields`. */
function message(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '1704164645600',
    replyToId: null,
    etag: '1704164645600',
    messageType: 'message',
    createdDateTime: '2024-01-02T03:04:05.6Z',
    lastModifiedDateTime: '2024-01-02T03:04:05.6Z',
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: null,
    summary: null,
    chatId: '19:0a1b2c3d@thread.v2',
    importance: 'normal',
    locale: 'en-us',
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: null,
    from: { application: null, device: null, user: { id: 'u1', displayName: 'Ann Lee', userIdentityType: 'aadUser' } },
    body: { contentType: 'text', content: 'hello' },
    attachments: [],
    mentions: [],
    reactions: [],
    ...fields,
  };
}
