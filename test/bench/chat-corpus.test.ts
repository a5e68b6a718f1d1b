import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAT_CORPUS, shiftYears } from './chat-corpus.js';

describe('the bench chat corpus', () => {
  it('moves every message year of the genuine export and nothing else', async () => {
    const genuine = await readFile(join(CHAT_CORPUS, 'whatsapp', 'An-lisis-chat-Whatsapp', '_chat.txt'), 'utf8');
    const shifted = shiftYears(genuine, -190);
    expect(shifted.length).toBe(genuine.length + (genuine.match(/^\u200e?\[\d{1,2}\/\d{1,2}\/\d{2},/gm)?.length ?? 0) * 2);
    expect(shifted).not.toMatch(/^\u200e?\[\d{1,2}\/\d{1,2}\/\d{2},/m);
    expect(shifted).toMatch(/^\u200e?\[13\/09\/1832, /m);
  });
});
