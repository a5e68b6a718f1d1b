import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../../../shared/ipc/contract.js';
import type { ChatFacts, ConversationDay } from '../../../../shared/model/chat.js';
import { createTranscriptModel } from '../../../../renderer/state/transcript-model.js';
import { createFakeClient, deferred } from './fake-client.js';

const KEY = `cv-${'a'.repeat(24)}`;

function day(value: string): ConversationDay {
  return {
    id: `cd-${value}`,
    conversation: { key: KEY, title: 'Group', platform: 'whatsapp', sourceId: 's_00000001', custodian: 'Pat', path: 'chat.txt', messageCount: 3, eventCount: 0, firstDay: '2021-01-01', lastDay: '2021-01-03', dayCount: 3, participants: ['Ann'] },
    day: value,
    lines: [],
    previousDay: null,
    nextDay: null,
  };
}

const chat = (dayValue: string): { chat: ChatFacts } => ({ chat: { platform: 'whatsapp', conversationKey: KEY, conversationTitle: 'Group', day: dayValue, event: null } });

describe('transcript model', () => {
  it('follows a chat message to its conversation-day, and clears for other records', async () => {
    const client = createFakeClient({ 'chats.day': (args: CallInput<'chats.day'>) => day(args.day ?? '') });
    const model = createTranscriptModel({ client });
    await model.actions.showFor(chat('2021-01-02'));
    expect(model.store.get().transcript?.day).toBe('2021-01-02');
    // The same day again reads nothing.
    await model.actions.showFor(chat('2021-01-02'));
    expect(client.callNames()).toEqual(['chats.day']);
    await model.actions.showDay('2021-01-03');
    expect(model.store.get().transcript?.day).toBe('2021-01-03');
    await model.actions.showFor({ chat: null });
    expect(model.store.get().transcript).toBeNull();
  });

  it('never shows a slower, older answer over a newer one', async () => {
    const slow = deferred<ConversationDay>();
    const client = createFakeClient({ 'chats.day': (args: CallInput<'chats.day'>) => (args.day === '2021-01-01' ? slow.promise : day(args.day ?? '')) });
    const model = createTranscriptModel({ client });
    const first = model.actions.showFor(chat('2021-01-01'));
    await model.actions.showFor(chat('2021-01-02'));
    slow.resolve(day('2021-01-01'));
    await first;
    expect(model.store.get().transcript?.day).toBe('2021-01-02');
    expect(model.store.get().loading).toBe(false);
  });
});
