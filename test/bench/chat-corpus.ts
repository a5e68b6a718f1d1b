/**
 * A chat collection big enough to time: every real export in the corpus's chat folder, plus
 * copies of the genuine Peruvian WhatsApp group export (507 messages) with each copy's years
 * moved, so every copy is new content rather than a duplicate found again. The messages, names,
 * system lines and invisible marks are the real export's; only the years differ.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './bench-paths.js';

export const CHAT_CORPUS = resolve(REPO_ROOT, '..', 'shared', 'corpus', 'chat');
const GENUINE_EXPORT = join(CHAT_CORPUS, 'whatsapp', 'An-lisis-chat-Whatsapp', '_chat.txt');

/** `[13/09/22, 20:11:05]` at a line start (after an optional U+200E): the year is the third field. */
const IOS_STAMP = /^(\u200e?\[\d{1,2}\/\d{1,2}\/)(\d{2}),/gm;

/** The export with its two-digit years moved by `offset` years, written as four digits. */
export function shiftYears(text: string, offset: number): string {
  return text.replace(IOS_STAMP, (_whole, head: string, year: string) => `${head}${2000 + Number(year) + offset},`);
}

/** Fills `folder` with the real exports and `copies` year-shifted copies; returns the copies' message count. */
export async function writeChatCorpus(folder: string, copies: number): Promise<{ copiedMessages: number }> {
  await cp(CHAT_CORPUS, join(folder, 'corpus'), { recursive: true });
  const genuine = await readFile(GENUINE_EXPORT, 'utf8');
  const perCopy = genuine.match(IOS_STAMP)?.length ?? 0;
  for (let copy = 1; copy <= copies; copy += 1) {
    // Two years apart per copy, so no copy's dates meet another's.
    await writeFile(join(folder, `WhatsApp Chat - copy ${copy}.txt`), shiftYears(genuine, -200 + copy * 2));
  }
  return { copiedMessages: perCopy * copies };
}
