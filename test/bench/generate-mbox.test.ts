/**
 * The mbox generator on a few hand-made messages: separators, fresh Message-IDs, the copy
 * header, mboxrd escaping, the size or count it stops at, dropped copies and moved dates.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../support/corpus.js';
import { asctime, generateMbox } from './generate-mbox.js';

const MESSAGES: Record<string, string> = {
  'inbox/1.': 'Message-ID: <1.JavaMail.evans@thyme>\r\nDate: Mon, 14 May 2001 17:37:00 -0700 (PDT)\r\nFrom: jeff.skilling@enron.com\r\nSubject: Survey\r\n\r\nPlease reply.\r\nFrom the desk of Jeff\r\n',
  'inbox/2.': 'Message-Id: <2@x>\nFrom: "Kean, Steven" <steven.kean@enron.com>\nTo: a@enron.com\nSubject: Re: rates\n  continued\n\n>From earlier:\nok\n\n\n',
  'sent/1.': 'From: nobody\nSubject: no id, no date\n\nbody\n',
};

let folder: { path: string; cleanup(): Promise<void> };

beforeEach(async () => {
  folder = await tempFolder('foia-bench-mbox-test-');
  for (const [name, text] of Object.entries(MESSAGES)) {
    await mkdir(join(folder.path, 'src', name, '..'), { recursive: true });
    await writeFile(join(folder.path, 'src', name), text, 'latin1');
  }
});

afterEach(async () => {
  await folder.cleanup();
});

function fromLines(mbox: string): string[] {
  return mbox.split('\n').filter((line, index, lines) => line.startsWith('From ') && (index === 0 || lines[index - 1] === ''));
}

describe('generateMbox', () => {
  it('repeats every message with a From_ line, a fresh Message-ID and its copy number', async () => {
    const target = join(folder.path, 'out.mbox');
    const made = await generateMbox({ sourceDir: join(folder.path, 'src'), targetPath: target, targetBytes: 1500, distinct: false });
    const mbox = await readFile(target, 'latin1');
    expect(made.bytes).toBe(Buffer.byteLength(mbox, 'latin1'));
    expect(made.bytes).toBeGreaterThanOrEqual(1500);
    expect(made.sourceMessages).toBe(3);
    expect(fromLines(mbox)).toHaveLength(made.messages);
    expect(made.messages).toBeGreaterThan(3);
    const ids = [...mbox.matchAll(/^Message-I[dD]: (.*)$/gm)].map((match) => match[1]);
    expect(ids).toHaveLength(made.messages);
    expect(new Set(ids).size).toBe(made.messages);
    expect(mbox).not.toContain('JavaMail');
    expect([...mbox.matchAll(/^X-Bench-Copy: (\d+)$/gm)].map((match) => Number(match[1]))).toContain(made.copies);
    expect(mbox).not.toContain('\r');
  });

  it('takes the sender and date for the From_ line and escapes body lines that look like one', async () => {
    const target = join(folder.path, 'out.mbox');
    await generateMbox({ sourceDir: join(folder.path, 'src'), targetPath: target, targetBytes: 1, distinct: false });
    const mbox = await readFile(target, 'latin1');
    expect(mbox.startsWith('From jeff.skilling@enron.com Tue May 15 00:37:00 2001\n')).toBe(true);
    expect(mbox).toContain('\n>From the desk of Jeff\n');
    expect(fromLines(mbox)).toHaveLength(1);
  });

  it('keeps folded headers whole and marks each copy\'s Subject with --distinct', async () => {
    const target = join(folder.path, 'out.mbox');
    await generateMbox({ sourceDir: join(folder.path, 'src'), targetPath: target, targetBytes: 10_000, distinct: true });
    const mbox = await readFile(target, 'latin1');
    expect(mbox).toContain('Subject: Re: rates continued [bench copy 2]\n');
    expect(mbox).toContain('\n>>From earlier:\n');
    expect(mbox).toContain('From MAILER-DAEMON Thu Jan  1 00:00:00 1970\n');
  });

  it('stops after exactly targetMessages messages, whichever stop comes first', async () => {
    const target = join(folder.path, 'out.mbox');
    const made = await generateMbox({ sourceDir: join(folder.path, 'src'), targetPath: target, targetMessages: 7, distinct: true });
    const mbox = await readFile(target, 'latin1');
    expect(made.messages).toBe(7);
    expect(made.copies).toBe(3);
    expect(fromLines(mbox)).toHaveLength(7);
    expect(made.bytes).toBe(Buffer.byteLength(mbox, 'latin1'));
    const capped = await generateMbox({ sourceDir: join(folder.path, 'src'), targetPath: target, targetMessages: 7, targetBytes: 1, distinct: true });
    expect(capped.messages).toBe(1);
    await expect(generateMbox({ sourceDir: join(folder.path, 'src'), targetPath: target, distinct: true })).rejects.toThrow(/targetBytes or targetMessages/);
  });

  it('keeps one source file per message content with uniqueSources', async () => {
    // The same message filed again, as Enron does: its own Message-ID, X-Folder and CRLF spacing.
    const copy = (MESSAGES['inbox/1.'] ?? '').replace('<1.JavaMail.evans@thyme>', '<9.JavaMail.evans@thyme>\r\nX-Folder: \\all_documents').replace('Please reply.', 'Please  reply.');
    await mkdir(join(folder.path, 'src', 'all_documents'), { recursive: true });
    await writeFile(join(folder.path, 'src', 'all_documents', '1.'), copy, 'latin1');
    const target = join(folder.path, 'out.mbox');
    const all = await generateMbox({ sourceDir: join(folder.path, 'src'), targetPath: target, targetMessages: 8, distinct: true });
    expect(all).toMatchObject({ sourceFiles: 4, sourceMessages: 4 });
    const unique = await generateMbox({ sourceDir: join(folder.path, 'src'), targetPath: target, targetMessages: 6, distinct: true, uniqueSources: true });
    expect(unique).toMatchObject({ sourceFiles: 4, sourceMessages: 3, messages: 6, copies: 2 });
    // One "Survey" per pass: the first file in name order (all_documents/) stands for both.
    const mbox = await readFile(target, 'latin1');
    expect(mbox.match(/^Subject: Survey /gm)).toHaveLength(2);
    expect(mbox.match(/^X-Folder: /gm)).toHaveLength(2);
  });

  it('moves each copy\'s Date and From_ line by the years given for its pass', async () => {
    const target = join(folder.path, 'out.mbox');
    await generateMbox({ sourceDir: join(folder.path, 'src'), targetPath: target, targetMessages: 9, distinct: true, yearShifts: [0, -2] });
    const mbox = await readFile(target, 'latin1');
    expect(mbox).toContain('From jeff.skilling@enron.com Tue May 15 00:37:00 2001\n');
    expect(mbox).toContain('Date: Mon, 14 May 2001 17:37:00 -0700 (PDT)\n');
    expect(mbox).toContain('From jeff.skilling@enron.com Sat May 15 00:37:00 1999\n');
    expect(mbox).toContain('Date: Fri, 14 May 1999 17:37:00 -0700 (PDT)\n');
    // Pass 3 takes the first shift again; a message without a Date keeps none.
    expect(mbox.match(/^Date: Mon, 14 May 2001 /gm)).toHaveLength(2);
    expect(mbox.match(/^From MAILER-DAEMON Thu Jan {2}1 00:00:00 1970$/gm)).toHaveLength(3);
  });
});

describe('asctime', () => {
  it('pads the day with a space, as mbox readers expect', () => {
    expect(asctime(new Date(Date.UTC(2001, 4, 5, 7, 8, 9)))).toBe('Sat May  5 07:08:09 2001');
  });
});
