/**
 * The oracle on hand-made records, then against SQLite FTS5 itself: the end-to-end search test
 * trusts the oracle, so the oracle's text semantics must be FTS5's, shown here query by query.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { NearNode, TermNode } from '../../../shared/query/query-ast.js';
import { oracleMatches, wildcardMatches } from '../../support/query-oracle.js';
import type { OracleRecord } from '../../support/query-oracle.js';
import { parsed } from '../shared/query/parse-helpers.js';

const BLANK: OracleRecord = {
  subject: '',
  sender: '',
  to: '',
  cc: '',
  bcc: '',
  body: '',
  names: '',
  kind: 'email',
  custodians: [],
  channels: [],
  folders: [],
  labels: [],
  dateIso: null,
  childCount: 0,
  decisions: [],
  exemptions: [],
};

function record(fields: Partial<OracleRecord>): OracleRecord {
  return { ...BLANK, ...fields };
}

function finds(query: string, fields: Partial<OracleRecord>): boolean {
  return oracleMatches(parsed(query), record(fields));
}

describe('query oracle on hand-made records', () => {
  it('matches every record for a blank query', () => {
    expect(oracleMatches(null, BLANK)).toBe(true);
  });

  it('finds a term in any text column, as the index tokenises it', () => {
    for (const column of ['subject', 'sender', 'to', 'cc', 'bcc', 'body', 'names'] as const) {
      expect(finds('budget', { [column]: 'The BUDGET.' })).toBe(true);
    }
    expect(finds('budget', { body: 'budgets' })).toBe(false);
    expect(finds('cafe', { body: 'Café' })).toBe(true);
    expect(finds('e-mail', { body: 'send an E-Mail' })).toBe(true);
    expect(finds('e-mail', { body: 'email' })).toBe(false);
  });

  it('needs a phrase consecutive, in order, within one column', () => {
    expect(finds('"power plant"', { body: 'the power plant' })).toBe(true);
    expect(finds('"power plant"', { body: 'the plant power' })).toBe(false);
    expect(finds('"power plant"', { body: 'power station plant' })).toBe(false);
    expect(finds('"power plant"', { subject: 'power', body: 'plant' })).toBe(false);
    expect(finds('power plant', { subject: 'power', body: 'plant' })).toBe(true);
  });

  it('prefixes only the last word', () => {
    expect(finds('calif*', { body: 'Californian' })).toBe(true);
    expect(finds('calif*', { body: 'calif' })).toBe(true);
    expect(finds('calif*', { body: 'scalif' })).toBe(false);
    expect(finds('"power pla"*', { body: 'power plant' })).toBe(true);
    expect(finds('"power pla"*', { body: 'powerful plant' })).toBe(false);
  });

  it('maps fields to columns', () => {
    const mail = { sender: 'Kenneth Lay <kenneth.lay@enron.com>', to: 'Jeff Skilling', cc: 'Andrew Fastow', bcc: 'Sherron Watkins', subject: 'Q4', body: 'numbers', names: 'q4-budget.xls' };
    expect(finds('from:lay', mail)).toBe(true);
    expect(finds('from:skilling', mail)).toBe(false);
    expect(finds('to:skilling', mail)).toBe(true);
    expect(finds('cc:fastow', mail)).toBe(true);
    expect(finds('to:fastow', mail)).toBe(false);
    expect(finds('bcc:watkins', mail)).toBe(true);
    expect(finds('participant:watkins', mail)).toBe(true);
    expect(finds('participant:numbers', mail)).toBe(false);
    expect(finds('subject:q4', mail)).toBe(true);
    expect(finds('body:q4', mail)).toBe(false);
    expect(finds('filename:xls', mail)).toBe(true);
    expect(finds('filename:"q4 budget"', mail)).toBe(true);
    expect(finds('from:"kenneth lay enron"', mail)).toBe(true);
  });

  it('evaluates NEAR as FTS5 documents it', () => {
    // The examples of https://www.sqlite.org/fts5.html section 3.5, on 'A B C D x x x E F x'.
    const text = { body: 'A B C D x x x E F x' };
    expect(finds('e NEAR/4 d', text)).toBe(true);
    expect(finds('e NEAR/3 d', text)).toBe(true);
    expect(finds('e NEAR/2 d', text)).toBe(false);
    expect(finds('"c d" NEAR/3 "e f"', text)).toBe(true);
    expect(finds('"c" NEAR/3 "e f"', text)).toBe(false);
    expect(finds('a NEAR/6 d NEAR/6 e', text)).toBe(true);
    expect(finds('a NEAR/5 d NEAR/5 e', text)).toBe(false);
    expect(finds('"a b c d" NEAR/4 "b c" NEAR/4 "e f"', text)).toBe(true);
    expect(finds('"a b c d" NEAR/3 "b c" NEAR/3 "e f"', text)).toBe(false);
  });

  it('keeps NEAR within one column, in any order, with overlapping instances allowed', () => {
    expect(finds('lay NEAR/0 skilling', { body: 'skilling lay' })).toBe(true);
    expect(finds('lay NEAR/5 skilling', { subject: 'lay', body: 'skilling' })).toBe(false);
    expect(finds('subject:(lay NEAR/5 skilling)', { subject: 'lay and skilling' })).toBe(true);
    expect(finds('subject:(lay NEAR/5 skilling)', { body: 'lay and skilling' })).toBe(false);
    expect(finds('participant:(lay NEAR/1 ken)', { to: 'Ken Lay' })).toBe(true);
    expect(finds('"a b" NEAR/0 b', { body: 'a b' })).toBe(true);
    expect(finds('a NEAR/0 a', { body: 'a' })).toBe(true);
  });

  it('compares values whole, without case, with * for any run', () => {
    const facts = { custodians: ['Jeff Skilling'], channels: ['official-email'], kind: 'chat-message', labels: ['Important'], exemptions: ['b5'] };
    expect(finds('custodian:"jeff skilling"', facts)).toBe(true);
    expect(finds('custodian:skilling', facts)).toBe(false);
    expect(finds('custodian:*skill*', facts)).toBe(true);
    expect(finds('channel:OFFICIAL-EMAIL', facts)).toBe(true);
    expect(finds('kind:chat*', facts)).toBe(true);
    expect(finds('kind:email', facts)).toBe(false);
    expect(finds('tag:important', facts)).toBe(true);
    expect(finds('exemption:B5', facts)).toBe(true);
    expect(finds('exemption:b1', facts)).toBe(false);
  });

  it('matches a folder by its whole path or by one of its levels', () => {
    const filed = { folders: ['Inbox/Genie', 'archive'] };
    expect(finds('folder:inbox/genie', filed)).toBe(true);
    expect(finds('folder:genie', filed)).toBe(true);
    expect(finds('folder:INBOX', filed)).toBe(true);
    expect(finds('folder:archive', filed)).toBe(true);
    expect(finds('folder:gen', filed)).toBe(false);
    expect(finds('folder:gen*', filed)).toBe(true);
    expect(finds('folder:inbox/*', filed)).toBe(true);
    expect(finds('folder:genie/inbox', filed)).toBe(false);
  });

  it('reads decision:uncoded as no decision at all', () => {
    expect(finds('decision:uncoded', { decisions: [] })).toBe(true);
    expect(finds('decision:uncoded', { decisions: ['responsive'] })).toBe(false);
    expect(finds('decision:responsive', { decisions: ['responsive'] })).toBe(true);
    expect(finds('decision:responsive', { decisions: ['not-responsive'] })).toBe(false);
    expect(finds('decision:not-responsive', { decisions: ['responsive', 'not-responsive'] })).toBe(true);
  });

  it("compares dates by the record's own calendar day, ends included", () => {
    const late = { dateIso: '2021-03-31T23:30:00-05:00' };
    expect(finds('date:2021-03-31', late)).toBe(true);
    expect(finds('date:2021-03', late)).toBe(true);
    expect(finds('date:2021-04', late)).toBe(false);
    expect(finds('date:2021-01-01..2021-03-31', late)).toBe(true);
    expect(finds('date:..2021-03-30', late)).toBe(false);
    expect(finds('before:2021-04', late)).toBe(true);
    expect(finds('before:2021-03-31', late)).toBe(false);
    expect(finds('after:2021-03-31', late)).toBe(true);
    expect(finds('after:2021-04', late)).toBe(false);
    // No date: no date condition matches, so its negation does.
    expect(finds('date:2021', { dateIso: null })).toBe(false);
    expect(finds('budget -date:2021', { dateIso: null, body: 'budget' })).toBe(true);
  });

  it('reads has:attachment from the child count, and combines conditions', () => {
    expect(finds('has:attachment', { childCount: 2 })).toBe(true);
    expect(finds('has:attachment', { childCount: 0 })).toBe(false);
    expect(finds('budget -draft', { body: 'budget draft' })).toBe(false);
    expect(finds('budget OR forecast', { body: 'forecast' })).toBe(true);
    expect(finds('kind:email (budget OR forecast)', { kind: 'document', body: 'budget' })).toBe(false);
  });

  it('matches wildcards the slow way', () => {
    expect(wildcardMatches('a*c', 'ABBC')).toBe(true);
    expect(wildcardMatches('a*c', 'abcd')).toBe(false);
    expect(wildcardMatches('**', '')).toBe(true);
    expect(wildcardMatches('a.c', 'abc')).toBe(false);
    expect(wildcardMatches('(b)(5)', '(B)(5)')).toBe(true);
  });
});

/** The index's text columns, named as records_fts names them. */
const COLUMNS = ['subject', 'sender', 'to_text', 'cc_text', 'bcc_text', 'body', 'names'] as const;

function openFts(records: readonly OracleRecord[]) {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE docs USING fts5(${COLUMNS.join(', ')}, tokenize='unicode61 remove_diacritics 2')`);
  const insert = db.prepare(`INSERT INTO docs(rowid, ${COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  records.forEach((r, index) => insert.run(index, r.subject, r.sender, r.to, r.cc, r.bcc, r.body, r.names));
  const search = db.prepare('SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rowid').pluck();
  return { db, match: (expression: string) => search.all(expression) as number[] };
}

function oracleIds(query: string, records: readonly OracleRecord[]): number[] {
  const tree = parsed(query);
  return records.flatMap((r, index) => (oracleMatches(tree, r) ? [index] : []));
}

const CORPUS: OracleRecord[] = [
  record({ subject: 'Q4 budget review', sender: 'Kenneth Lay <kenneth.lay@enron.com>', to: 'Jeff Skilling <jeff.skilling@enron.com>', body: 'The budget and the forecast for the fourth quarter. Draft only.', names: 'q4-budget.xls' }),
  record({ subject: 'Re: forecast', sender: 'Jeff Skilling', cc: 'Kenneth Lay', body: 'Gas price cap in California: the price cap holds.', names: '' }),
  record({ subject: 'Power plant', sender: 'Andrew Fastow', bcc: 'Kenneth Lay', body: 'The power plant near Houston; plant power is fine. Send an e-mail.' }),
  record({ subject: 'Café meeting', sender: 'Sherron Watkins', to: 'Ken Lay', body: "Don't pay $100 for the crème brûlée. ΣΟΦΟΣ σοφός. 東京都 office." }),
  record({ subject: 'Californian energy', sender: 'Lay', body: 'calif energy crisis; Straße in İstanbul, ılık hava', names: 'notes.docx\nCalifornia.pdf' }),
  record({ subject: 'memo', sender: 'Jeff', body: 'memo about the budget draft', names: 'memo.txt' }),
  record({ subject: 'lay and skilling', body: 'skilling a b c d e f g h i j k lay' }),
  record({ subject: 'fourth quarter forecast', sender: 'Greg Whalley', to: 'Lay', body: 'gas and price and california, price near gas; budget' }),
];

/** [our query, the FTS5 MATCH expression written by hand for it] */
const PAIRS: Array<[string, string]> = [
  ['budget', '"budget"'],
  ['Budget forecast', '"budget" AND "forecast"'],
  ['budget OR forecast', '"budget" OR "forecast"'],
  ['budget -draft', '"budget" NOT "draft"'],
  ['NOT draft budget', '"budget" NOT "draft"'],
  ['budget AND NOT (draft OR memo)', '"budget" NOT ("draft" OR "memo")'],
  ['budget memo OR plant', '("budget" AND "memo") OR "plant"'],
  ['(budget OR forecast) (q4 OR "fourth quarter")', '("budget" OR "forecast") AND ("q4" OR "fourth quarter")'],
  ['"power plant"', '"power plant"'],
  ['"plant power"', '"plant power"'],
  ['calif*', '"calif"*'],
  ['"price ca"*', '"price ca"*'],
  ['from:lay', 'sender : "lay"'],
  ['from:ken*', 'sender : "ken"*'],
  ['to:"jeff skilling"', 'to_text : "jeff skilling"'],
  ['cc:lay', 'cc_text : "lay"'],
  ['bcc:lay', 'bcc_text : "lay"'],
  ['participant:lay', '{sender to_text cc_text bcc_text} : "lay"'],
  ['participant:lay -from:lay', '{sender to_text cc_text bcc_text} : "lay" NOT sender : "lay"'],
  ['filename:xls', 'names : "xls"'],
  ['filename:california', 'names : "california"'],
  ['subject:(budget OR forecast)', 'subject : "budget" OR subject : "forecast"'],
  ['body:"fourth quarter"', 'body : "fourth quarter"'],
  ['lay NEAR skilling', 'NEAR("lay" "skilling", 10)'],
  ['lay NEAR/0 skilling', 'NEAR("lay" "skilling", 0)'],
  ['lay NEAR/1 skilling', 'NEAR("lay" "skilling", 1)'],
  ['body:(skilling NEAR/11 lay)', 'body : NEAR("skilling" "lay", 11)'],
  ['body:(skilling NEAR/10 lay)', 'body : NEAR("skilling" "lay", 10)'],
  ['price NEAR/0 cap', 'NEAR("price" "cap", 0)'],
  ['gas NEAR/3 price NEAR/3 california', 'NEAR("gas" "price" "california", 3)'],
  ['"price cap" NEAR/2 calif*', 'NEAR("price cap" "calif"*, 2)'],
  ['subject:(lay NEAR/1 skilling)', 'subject : NEAR("lay" "skilling", 1)'],
  ['kenneth.lay@enron.com', '"kenneth lay enron com"'],
  ['café', '"cafe"'],
  ['creme brulee', '"creme" AND "brulee"'],
  ['e-mail', '"e mail"'],
  ["don't", '"don t"'],
  ['$100', '"100"'],
  ['σοφοσ', '"σοφοσ"'],
  ['ΣΟΦΌΣ', '"σοφόσ"'],
  ['東京都', '"東京都"'],
  ['straße', '"straße"'],
  ['istanbul ılık', '"istanbul" AND "ılık"'],
  ['ｐｏｗｅｒ', '"power"'],
];

describe('query oracle against SQLite FTS5', () => {
  const fts = openFts(CORPUS);
  afterAll(() => fts.db.close());

  it.each(PAIRS)('%j finds what MATCH %j finds', (query, expression) => {
    expect(oracleIds(query, CORPUS)).toEqual(fts.match(expression));
  });

  it('is a real test: the pairs find different, non-trivial sets', () => {
    const results = PAIRS.map(([query]) => JSON.stringify(oracleIds(query, CORPUS)));
    expect(new Set(results).size).toBeGreaterThan(15);
    expect(results.filter((ids) => ids === '[]').length).toBeLessThanOrEqual(3);
    expect(oracleIds('budget -draft', CORPUS)).toEqual([7]);
    expect(oracleIds('lay NEAR/0 skilling', CORPUS)).toEqual([]);
    expect(oracleIds('lay NEAR/1 skilling', CORPUS)).toEqual([6]);
    expect(oracleIds('body:(skilling NEAR/11 lay)', CORPUS)).toEqual([6]);
    expect(oracleIds('body:(skilling NEAR/10 lay)', CORPUS)).toEqual([]);
    expect(oracleIds('participant:lay', CORPUS)).toEqual([0, 1, 2, 3, 4, 7]);
  });

  it('agrees with FTS5 on random NEAR groups, phrases and prefixes', () => {
    // A deterministic generator: five words, short texts, so that every distance case occurs.
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const vocabulary = ['ab', 'abc', 'b', 'c', 'd'];
    const text = () => Array.from({ length: 3 + random(20) }, () => vocabulary[random(vocabulary.length)]).join(' ');
    const records = Array.from({ length: 60 }, () => record({ subject: text(), body: text() }));
    const random_fts = openFts(records);
    try {
      for (let round = 0; round < 300; round += 1) {
        const terms: TermNode[] = Array.from({ length: 2 + random(2) }, () => ({
          type: 'term',
          span: { start: 0, end: 0 },
          field: null,
          words: Array.from({ length: 1 + random(2) }, () => vocabulary[random(vocabulary.length)] ?? 'b'),
          phrase: true,
          prefix: random(4) === 0,
        }));
        const near: NearNode = { type: 'near', span: { start: 0, end: 0 }, field: null, terms, distance: random(6) };
        const expression = `NEAR(${terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`).join(' ')}, ${near.distance})`;
        const ours = records.flatMap((r, index) => (oracleMatches(near, r) ? [index] : []));
        expect({ expression, ids: ours }).toEqual({ expression, ids: random_fts.match(expression) });
      }
    } finally {
      random_fts.db.close();
    }
  });
});
