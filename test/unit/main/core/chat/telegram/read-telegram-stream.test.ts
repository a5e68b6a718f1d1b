/**
 * The streamed Telegram reader gives, message for message, what the whole-document reader gives
 * for the same file, in any chunking; it streams only single-chat exports, and keeps the
 * messages before the cut of a file cut short.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChatItem, ChatProblem } from '../../../../../../main/core/chat/chat-message.js';
import { decodeChunks } from '../../../../../../main/core/chat/mapped/text-chunks.js';
import { parseTelegramExport } from '../../../../../../main/core/chat/telegram/parse-telegram.js';
import { readTelegramStream, telegramStreamHeader } from '../../../../../../main/core/chat/telegram/read-telegram-stream.js';
import { corpusPath } from '../../../../../support/corpus.js';
import { fileChunks, textChunks } from '../mapped/chunks.js';

const OPTIONS = { timeZone: 'America/Argentina/Buenos_Aires' };

async function streamed(chunks: AsyncIterable<Uint8Array>, head: string): Promise<{ items: ChatItem[]; problems: ChatProblem[] }> {
  const header = telegramStreamHeader(head);
  if (header === null) {
    throw new Error('not streamable');
  }
  const items: ChatItem[] = [];
  const problems: ChatProblem[] = [];
  for await (const output of readTelegramStream(decodeChunks(chunks, 'auto'), header, OPTIONS)) {
    if ('problem' in output) {
      problems.push(output.problem);
    } else {
      items.push(output);
    }
  }
  return { items, problems };
}

describe('readTelegramStream', () => {
  for (const name of [['chat-analytics', 'DM_2A_7M.json'], ['chat-miner', 'test_single_export.json']] as const) {
    it(`reads ${name[1]} as the whole-document reader does, in 64 KiB and 7-byte chunks`, async () => {
      const path = corpusPath('chat', 'telegram', ...name);
      const text = readFileSync(path, 'utf8');
      const whole = parseTelegramExport(text, OPTIONS);
      for (const size of [64 * 1024, 7]) {
        const result = await streamed(fileChunks(path, size), text);
        expect(result.items).toEqual(whole.items);
        expect(result.problems).toEqual(whole.problems);
      }
    });
  }

  it('streams only single-chat Telegram exports', () => {
    const discord = readFileSync(corpusPath('chat', 'discord', 'chat-analytics', 'DM_2A_2M.json'), 'utf8');
    const messenger = readFileSync(corpusPath('chat', 'messenger', 'chat-analytics', '2A_7M.json'), 'utf8').replace(/^\uFEFF/, '');
    expect(telegramStreamHeader(discord)).toBeNull();
    expect(telegramStreamHeader(messenger)).toBeNull();
    expect(telegramStreamHeader('{"chats": {"list": [{"name": "A", "type": "personal_chat", "id": 1, "messages": []}]}}')).toBeNull();
    expect(telegramStreamHeader('{"messages": [1, 2]}')).toBeNull();
    expect(telegramStreamHeader('{"name": "Big", "type": "private_group", "id": 5, "messages": [')).toEqual({ name: 'Big', type: 'private_group', id: 5, messages: [] });
  });

  it('keeps the messages before the cut of a file cut short, and says where it stops', async () => {
    const head = '{"name": "Bob", "type": "personal_chat", "id": 7, "messages": [\n';
    const message = (id: number) => `{"id": ${id}, "type": "message", "date_unixtime": "1600000000", "from": "Bob", "from_id": "user7", "text": "m${id}"}`;
    const text = `${head}${message(1)},\n${message(2)},\n{"id": 3, "type": "mess`;
    const result = await streamed(textChunks(text), text);
    expect(result.items.map((item) => item.text)).toEqual(['m1', 'm2']);
    expect(result.problems).toEqual([{ locator: 'line 4', message: 'the file ends inside record 3 (started on line 4); it is cut short' }]);
  });
});
