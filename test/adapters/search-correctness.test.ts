/**
 * Search correctness: a fixed set of queries over a case built from real corpus files (Enron
 * mail under two custodians with shared copies, an Outlook PST with attachments, a Gmail
 * Takeout mbox with labels, a zipped WhatsApp export, Word documents), each run through the
 * backend exactly as the app runs it and paged to the end, and its result set compared with a
 * brute-force scan of the same records by the oracle (test/support/query-oracle.ts), which
 * evaluates the parsed query the slow, obvious way. Families, duplicates and facet counts are
 * compared the same way.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import type { SearchResult } from '../../shared/model/search.js';
import { parseSearchQuery } from '../../shared/query/query-parser.js';
import type { QueryNode } from '../../shared/query/query-ast.js';
import type { Host } from '../../main/host/create-host.js';
import { registerIndexFunctions } from '../../main/core/index/sqlite/sqlite-functions.js';
import { corpusPath, tempFolder } from '../support/corpus.js';
import { oracleMatches, type OracleRecord } from '../support/query-oracle.js';
import { connectInMemory, makeTestHost } from '../support/test-host.js';

/** Every kind of condition, alone and combined; each must hit something (checked below). */
const QUERIES = [
  'gas',
  'Gas',
  '"natural gas"',
  'pipe*',
  '"gas pi"*',
  'gas OR electricity',
  'gas AND price',
  'gas price',
  'gas -price',
  'gas AND NOT (price OR market)',
  '(gas OR power) AND (price OR cost)',
  'price NEAR/5 gas',
  'price NEAR gas',
  '"natural gas" NEAR/10 price',
  'subject:meeting',
  'subject:(meeting OR call)',
  'from:bailey',
  'from:"susan bailey"',
  'to:bailey',
  'cc:enron',
  'bcc:enron',
  'participant:fischer',
  'body:tomorrow',
  'filename:docx',
  'filename:doc*',
  'custodian:"Sally Bailey"',
  'custodian:*copy*',
  'custodian:sally* OR custodian:wanda',
  'channel:personal-email',
  'channel:personal-chat OR channel:documents',
  'kind:attachment',
  'kind:chat-message',
  'kind:document',
  'kind:* NOT kind:email',
  'folder:inbox',
  'folder:deleted_items gas',
  'tag:Inbox',
  'tag:*',
  'decision:responsive',
  'decision:release-in-full',
  'decision:not-responsive',
  'decision:uncoded gas',
  'has:attachment',
  'has:attachment kind:email',
  'date:2001',
  'date:2002-01-01..2002-03-31',
  'date:..2000-12-31',
  'after:2001-06-01 before:2001-07-01',
  'from:bailey date:2001-01-01..2001-12-31',
  'kind:email -custodian:"Sally Bailey"',
  'kind:* -kind:email -kind:attachment',
  'gas OR custodian:wanda',
  '(subject:gas OR body:power) AND NOT date:2001',
  'kind:email AND NOT has:attachment AND date:2000',
] as const;

const CASE_CUSTODIANS = { bailey: 'Sally Bailey', fischer: 'Mark Fischer', fischerCopy: 'Mark Fischer (copy)', pst: 'Pat Outlook', gmail: 'Gail Gmail', whatsapp: 'Wanda', docs: 'Dora Docs' };

let data: { path: string; cleanup(): Promise<void> };
let host: Host;
let client: Client;
let records: Map<string, OracleRecord & { familyId: string; content: string }>;

function parse(query: string): QueryNode | null {
  const parsed = parseSearchQuery(query);
  if (!parsed.ok) {
    throw new Error(`${query}: ${parsed.error.message}`);
  }
  return parsed.query;
}

/** Every result of a query, paged to the end the way the list does. */
async function allResults(query: string, options: { groupFamilies?: boolean; hideDuplicates?: boolean } = {}): Promise<{ ids: string[]; first: SearchResult }> {
  const ids: string[] = [];
  let first: SearchResult | null = null;
  for (let page = 0; ; page += 1) {
    const result = await client.call('search.query', { query, page, pageSize: 200, facets: page === 0, ...options });
    first ??= result;
    ids.push(...result.hits.map((hit) => hit.id));
    if ((page + 1) * 200 >= result.total) {
      break;
    }
  }
  return { ids, first: first as SearchResult };
}

function oracleIds(query: string): string[] {
  const node = parse(query);
  return [...records].filter(([, record]) => oracleMatches(node, record)).map(([id]) => id);
}

/** The records as the index stores them, with the case's facts, flattened for the oracle. */
function readOracleRecords(casePath: string, sourceChannels: Map<string, string>, decisions: Map<string, string[]>) {
  const db = new Database(join(casePath, 'index.sqlite'), { readonly: true });
  registerIndexFunctions(db);
  try {
    // The text as the FTS table reads it (bodies inflated, recipients written out of their JSON).
    const rows = db
      .prepare(
        `SELECT r.id, r.kind, t.subject, t.sender, t.to_text, t.cc_text, t.bcc_text, t.body, t.names, r.date_iso, r.child_count, r.family_id, r.content_sha256
         FROM records r JOIN record_text t ON t.rid = r.rowid`,
      )
      .all() as Array<Record<string, string | number | null>>;
    const copies = db.prepare('SELECT custodian, source_id, folder, labels_json FROM record_locations WHERE record_id = ?');
    const map = new Map<string, OracleRecord & { familyId: string; content: string }>();
    for (const row of rows) {
      const id = String(row['id']);
      const locations = copies.all(id) as Array<{ custodian: string; source_id: string; folder: string; labels_json: string }>;
      map.set(id, {
        subject: String(row['subject']),
        sender: String(row['sender']),
        to: String(row['to_text']),
        cc: String(row['cc_text']),
        bcc: String(row['bcc_text']),
        body: String(row['body']),
        names: String(row['names']),
        kind: String(row['kind']),
        custodians: [...new Set(locations.map((location) => location.custodian))],
        channels: [...new Set(locations.map((location) => sourceChannels.get(location.source_id) ?? ''))],
        folders: [...new Set(locations.map((location) => location.folder).filter((folder) => folder !== ''))],
        labels: [...new Set(locations.flatMap((location) => JSON.parse(location.labels_json) as string[]))],
        dateIso: row['date_iso'] === null ? null : String(row['date_iso']),
        childCount: Number(row['child_count']),
        decisions: decisions.get(id) ?? [],
        exemptions: [],
        familyId: String(row['family_id']),
        content: String(row['content_sha256']),
      });
    }
    return map;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  data = await tempFolder();
  host = makeTestHost({ dataDir: data.path });
  client = connectInMemory(host).client;
  const casePath = join(data.path, 'case');
  const created = await client.call('case.create', { path: casePath, name: 'Search correctness' });
  const fischerCopy = join(data.path, 'fischer-copy');
  await cp(corpusPath('email', 'enron', 'maildir', 'fischer-m'), fischerCopy, { recursive: true });
  const add = (path: string, custodian: string, channel: 'official-email' | 'personal-email' | 'personal-chat' | 'documents') =>
    client.call('sources.add', { path, custodian, channel, timeZone: 'America/Chicago' });
  await add(corpusPath('email', 'enron', 'maildir', 'bailey-s'), CASE_CUSTODIANS.bailey, 'official-email');
  await add(corpusPath('email', 'enron', 'maildir', 'fischer-m'), CASE_CUSTODIANS.fischer, 'official-email');
  await add(fischerCopy, CASE_CUSTODIANS.fischerCopy, 'personal-email');
  await add(corpusPath('email', 'pst', 'aspose-email', 'Outlook.pst'), CASE_CUSTODIANS.pst, 'personal-email');
  await add(corpusPath('email', 'mbox', 'gmail-takeout'), CASE_CUSTODIANS.gmail, 'personal-email');
  await add(corpusPath('chat', 'whatsapp', 'whatsapp-chat-parser-website'), CASE_CUSTODIANS.whatsapp, 'personal-chat');
  await add(corpusPath('docs', 'docx', 'tika'), CASE_CUSTODIANS.docs, 'documents');

  // Codings: decision: reads them. Released in full: the first 20 gas hits; not responsive: 10 price hits.
  const requestId = created.requests[0]?.id ?? '';
  const gas = (await client.call('search.query', { query: 'gas', pageSize: 20 })).hits.map((hit) => hit.id);
  const price = (await client.call('search.query', { query: 'price -gas', pageSize: 10 })).hits.map((hit) => hit.id);
  await client.call('records.code', { requestId, recordIds: gas, decision: 'release-in-full' });
  await client.call('records.code', { requestId, recordIds: price, decision: 'not-responsive' });

  const sources = await client.call('sources.list', {});
  const decisions = new Map<string, string[]>();
  gas.forEach((id) => decisions.set(id, ['release-in-full']));
  price.forEach((id) => decisions.set(id, ['not-responsive']));
  records = readOracleRecords(casePath, new Map(sources.map((source) => [source.id, source.channel])), decisions);
}, 120_000);

afterAll(async () => {
  await host.close();
  await data.cleanup();
});

describe('search over a real corpus agrees with a brute-force scan', () => {
  it('holds every kind of record the queries need', () => {
    const kinds = new Set([...records.values()].map((record) => record.kind));
    expect([...kinds].sort()).toEqual(['attachment', 'chat-message', 'document', 'email']);
    expect([...records.values()].some((record) => record.custodians.length > 1)).toBe(true);
    expect([...records.values()].some((record) => record.labels.length > 0)).toBe(true);
  });

  it.each(QUERIES)('%s', async (query) => {
    const expected = oracleIds(query).sort();
    const { ids, first } = await allResults(query);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expected);
    expect(first.total).toBe(expected.length);
    // A query that hits nothing proves nothing: every query in the list was chosen to hit.
    expect(expected.length).toBeGreaterThan(0);
  });

  it('groups families: one row per family with a hit, counting the family’s hits', async () => {
    for (const query of ['gas', 'filename:docx', 'has:attachment', 'kind:attachment']) {
      const hits = oracleIds(query);
      const families = new Map<string, number>();
      for (const id of hits) {
        const familyId = records.get(id)?.familyId ?? id;
        families.set(familyId, (families.get(familyId) ?? 0) + 1);
      }
      const { ids, first } = await allResults(query, { groupFamilies: true });
      expect(first.total).toBe(families.size);
      expect(ids.map((id) => records.get(id)?.familyId ?? id).sort()).toEqual([...families.keys()].sort());
    }
  });

  it('hides duplicates within a family when families are grouped, so no family disappears', async () => {
    for (const query of ['kind:attachment', 'gas', 'filename:docx']) {
      const families = new Set(oracleIds(query).map((id) => records.get(id)?.familyId));
      const { first } = await allResults(query, { groupFamilies: true, hideDuplicates: true });
      expect(first.total).toBe(families.size);
    }
  });

  it('hides duplicates: one record per distinct content', async () => {
    for (const query of ['kind:attachment', 'gas']) {
      const contents = new Set(oracleIds(query).map((id) => records.get(id)?.content));
      const { first } = await allResults(query, { hideDuplicates: true });
      expect(first.total).toBe(contents.size);
    }
  });

  it('counts facets over the whole result set', async () => {
    for (const query of ['gas', 'date:2001', 'kind:* NOT kind:email']) {
      const hits = oracleIds(query).map((id) => records.get(id) as OracleRecord);
      const { first } = await allResults(query);
      const count = (pick: (record: OracleRecord) => readonly string[]) => {
        const counts = new Map<string, number>();
        for (const record of hits) {
          for (const value of new Set(pick(record))) {
            counts.set(value, (counts.get(value) ?? 0) + 1);
          }
        }
        return Object.fromEntries(counts);
      };
      const asObject = (list: ReadonlyArray<{ value: string; count: number }>) => Object.fromEntries(list.map((facet) => [facet.value, facet.count]));
      expect(asObject(first.facets?.kind ?? [])).toEqual(count((record) => [record.kind]));
      expect(asObject(first.facets?.custodian ?? [])).toEqual(count((record) => record.custodians));
      expect(asObject(first.facets?.channel ?? [])).toEqual(count((record) => record.channels));
      expect(asObject(first.facets?.month ?? [])).toEqual(count((record) => (record.dateIso === null ? [] : [record.dateIso.slice(0, 7)])));
      expect(asObject(first.facets?.decision ?? [])).toEqual(count((record) => (record.decisions.length === 0 ? ['uncoded'] : record.decisions)));
    }
  });

  it('rejects what it cannot read with the place of the problem, never an empty result', async () => {
    await expect(client.call('search.query', { query: 'gas AND (price' })).rejects.toMatchObject({ code: 'invalid-args', details: { span: { start: 8 } } });
    await expect(client.call('search.query', { query: 'form:lay' })).rejects.toMatchObject({ code: 'invalid-args', message: /from:/ });
    // An exemption code no catalogue has is an error with its place; a real one nobody applied finds nothing.
    await expect(client.call('search.query', { query: 'gas -exemption:b55' })).rejects.toMatchObject({ code: 'invalid-args', details: { span: { start: 15 } } });
    expect((await client.call('search.query', { query: 'exemption:b5' })).total).toBe(0);
    expect((await client.call('search.query', { query: 'gas -exemption:b5' })).total).toBe((await client.call('search.query', { query: 'gas' })).total);
  });
});
