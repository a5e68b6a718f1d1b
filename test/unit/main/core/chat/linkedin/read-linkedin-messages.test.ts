import { describe, expect, it } from 'vitest';
import { readLinkedInMessages, type LinkedInItem } from '../../../../../../main/core/chat/linkedin/read-linkedin-messages.js';
import { corpusPath } from '../../../../../support/corpus.js';
import { collect, fileChunks, hugeInput, textChunks } from '../mapped/chunks.js';

const FILE = corpusPath('chat', 'linkedin', 'LinkedIn-Data-Analysis', 'messages.csv');

function read(timeZone = 'UTC', chunkSize = 64 * 1024) {
  return collect(readLinkedInMessages(fileChunks(FILE, chunkSize), { timeZone }));
}

function row(items: LinkedInItem[], n: number): LinkedInItem {
  const item = items.find((candidate) => candidate.locator === `row ${n}`);
  if (!item) {
    throw new Error(`no row ${n}`);
  }
  return item;
}

const HEADER = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n';

describe('readLinkedInMessages on the genuine export', () => {
  it('reads every row, in file order, without problems', async () => {
    const { items, problems } = await read();
    expect(problems).toEqual([]);
    // 761 lines: a header and 760 rows, none spanning lines.
    expect(items).toHaveLength(760);
    expect(items[0]?.locator).toBe('row 2');
    expect(items.at(-1)?.locator).toBe('row 761');
    expect(items.map((item) => Number(item.locator.slice(4)))).toEqual(Array.from({ length: 760 }, (_, i) => i + 2));
    expect(new Set(items.map((item) => item.conversationId)).size).toBe(217);
    // 163 distinct FROM values: the blank one, and "Liza from LinkedIn Premium" once with a
    // trailing space; trimmed, 161 people.
    expect(new Set(items.map((item) => item.sender).filter((sender) => sender !== '')).size).toBe(161);
    const folders = new Map<string, number>();
    for (const item of items) {
      folders.set(item.folder, (folders.get(item.folder) ?? 0) + 1);
    }
    expect(Object.fromEntries(folders)).toEqual({ INBOX: 701, ARCHIVE: 54, SPAM: 1, '': 4 });
    const dates = items.map((item) => item.dateIso ?? '').sort();
    expect([dates[0], dates.at(-1)]).toEqual(['2019-07-10T06:15:55+00:00', '2023-04-22T08:18:59+00:00']);
  });

  it('reads the first row exactly, in the officer\'s zone', async () => {
    const { items } = await read('Asia/Kolkata');
    expect(row(items, 2)).toMatchObject({
      conversation: 'Job opportunity in LTIMindtree- Database Developer',
      conversationId: '2-ZjI5ODgxMjgtOWZhZS00M2E2LWFkMzMtZjRhNjk3MWI5YWExXzAxMA==',
      sender: 'Ranjana Rajput',
      senderId: 'https://www.linkedin.com/in/ranjana-rajput-bb855213a',
      recipients: [{ name: 'Annadaneshwari Soratur', id: 'https://www.linkedin.com/in/annadaneshwari' }],
      dateIso: '2023-04-22T13:48:59+05:30',
      dateRaw: '2023-04-22 08:18:59 UTC',
      folder: 'INBOX',
      event: null,
    });
    expect(row(items, 2).text.startsWith('Subject: Job opportunity in LTIMindtree- Database Developer\n\nWe are hiring for Database Developer  Experience:- 5 to 8 Years')).toBe(true);
  });

  it("makes LinkedIn's own notices events and names their conversation from its people", async () => {
    const { items } = await read();
    const notices = items.filter((item) => item.sender === '');
    expect(notices).toHaveLength(17);
    expect(notices.every((item) => item.event?.kind === 'other')).toBe(true);
    expect(notices.filter((item) => item.text === 'Message request accepted')).toHaveLength(15);
    // Row 22 comes first in its conversation; it takes the name row 23 gives.
    expect(row(items, 22)).toMatchObject({ text: 'Message request accepted', conversation: 'Annadaneshwari Soratur, Harshita Singh', recipients: [] });
    expect(row(items, 23).conversation).toBe('Annadaneshwari Soratur, Harshita Singh');
    // Rows with a sender and no content stay messages (LinkedIn leaves attachments out).
    const empty = items.filter((item) => item.sender !== '' && item.text === '');
    expect(empty.map((item) => item.locator)).toEqual(['row 636', 'row 638', 'row 642', 'row 643', 'row 644']);
    expect(empty.every((item) => item.event === null)).toBe(true);
  });

  it('turns HTML bodies into text and keeps a name with a comma whole', async () => {
    const { items } = await read();
    const html = row(items, 19);
    expect(html.sender).toBe('Nikita @ LinkedIn Learning');
    expect(html.text.startsWith("Hi Annadaneshwari,\n")).toBe(true);
    expect(html.text).toContain("I'd like to offer you free access to LinkedIn Learning.");
    expect(items.some((item) => /<p\b|<br>|&nbsp;/.test(item.text))).toBe(false);
    expect(row(items, 608).recipients).toEqual([{ name: 'Prakash Patil, MCIHT', id: 'https://www.linkedin.com/in/prakash-patil-mciht-47334936' }]);
    expect(items.filter((item) => item.conversation === 'Sponsored Conversation')).toHaveLength(16);
  });

  it('keeps each conversation newest first, as the export writes it', async () => {
    const { items } = await read();
    const last = new Map<string, string>();
    for (const item of items) {
      const previous = last.get(item.conversationId);
      if (previous !== undefined) {
        expect((item.dateIso ?? '') <= previous).toBe(true);
      }
      last.set(item.conversationId, item.dateIso ?? '');
    }
  });

  it('reads the same in 7-byte chunks', async () => {
    const whole = await read();
    const small = await read('UTC', 7);
    expect(small.items).toEqual(whole.items);
  });
});

describe('readLinkedInMessages on damaged input', () => {
  it('makes a 100 MB row a problem for that row alone, in bounded memory', async () => {
    const peak = { heapGrowth: 0 };
    const input = hugeInput(
      `${HEADER}c1,,Ann,u1,Bob,u2,2023-01-01 10:00:00 UTC,,"`,
      'long text, with "" quotes\n',
      100 * 1024 * 1024,
      '",INBOX\nc1,,Bob,u2,Ann,u1,2023-01-01 09:00:00 UTC,,after,INBOX\n',
      peak,
    );
    const { items, problems } = await collect(readLinkedInMessages(input, { timeZone: 'UTC', maxRowChars: 1024 * 1024 }));
    expect(items.map((item) => [item.locator, item.sender, item.text])).toEqual([['row 3', 'Bob', 'after']]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.locator).toBe('row 2');
    expect(problems[0]?.message).toMatch(/^line 2: record of \d+ characters \(lines 2–\d+\) is over the limit of 1048576; skipped$/);
    expect(peak.heapGrowth).toBeLessThan(48 * 1024 * 1024);
  });

  it('reports a bad date, a short row and a file that is not messages.csv', async () => {
    const { items, problems } = await collect(readLinkedInMessages(textChunks(HEADER, 'c1,,Ann,u1,Bob,u2,yesterday,,hi,INBOX\nc1,,Ann,u1\n'), { timeZone: 'UTC' }));
    expect(items.map((item) => [item.dateIso, item.text])).toEqual([
      [null, 'hi'],
      [null, ''],
    ]);
    expect(problems).toEqual([
      { locator: 'row 2', message: 'line 2: unreadable date "yesterday"' },
      { locator: 'row 3', message: 'line 3: 4 fields where the header has 10' },
      { locator: 'row 3', message: 'line 3: unreadable date ""' },
    ]);
    const other = await collect(readLinkedInMessages(textChunks('a,b\n1,2\n'), { timeZone: 'UTC' }));
    expect(other.items).toEqual([]);
    expect(other.problems).toEqual([{ locator: 'row 1', message: 'not a LinkedIn messages.csv: the header lacks CONVERSATION ID, FROM, DATE, CONTENT' }]);
  });

  it('keeps plain text with angle brackets as written', async () => {
    const { items } = await collect(readLinkedInMessages(textChunks(HEADER, 'c1,,Ann,u1,Bob,u2,2023-01-01 10:00:00 UTC,,"a <3 b > c",INBOX\n'), { timeZone: 'UTC' }));
    expect(items[0]?.text).toBe('a <3 b > c');
  });
});
