/**
 * The index's facet bookkeeping (index migration 6): custodian, channel and tag counts and
 * conditions read numbered facets that triggers keep in step with a record's copies. Here a
 * record held by two sources of one channel, and copies forgotten again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IndexedRecord, IndexSearchQuery, SearchScope } from '../../../../../main/core/index/record-index.js';
import { SqliteRecordIndex } from '../../../../../main/core/index/sqlite/sqlite-record-index.js';
import { parseSearchQuery } from '../../../../../shared/query/query-parser.js';

function record(id: string, body: string, copy: { sourceId: string; custodian: string; path: string; labels?: string[] }): IndexedRecord {
  return {
    id,
    kind: 'email',
    parentId: null,
    familyId: id,
    partPath: '',
    title: id,
    subject: id,
    subjectKey: id,
    replyBySubject: false,
    from: { name: 'Dana', address: 'dana@example.org' },
    to: [],
    cc: [],
    bcc: [],
    dateIso: '2001-05-14T16:39:00-07:00',
    dateRaw: '',
    messageId: `<${id}@x>`,
    inReplyTo: '',
    references: [],
    body,
    htmlDeflated: null,
    filename: '',
    mimeType: 'message/rfc822',
    names: [],
    childCount: 0,
    sizeBytes: body.length,
    fileSha256: id,
    contentSha256: id,
    location: { sourceId: copy.sourceId, custodian: copy.custodian, path: copy.path, locator: '', folder: 'Inbox', labels: copy.labels ?? [], itemSha256: id, messageId: `<${id}@x>` },
    chat: null,
    document: null,
  };
}

const SCOPE: SearchScope = {
  sourceChannels: { s_work: 'official-email', s_archive: 'official-email', s_home: 'personal-email' },
  decisions: {},
  exemptions: {},
};

function search(text: string): IndexSearchQuery {
  const parsed = parseSearchQuery(text);
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }
  return {
    query: parsed.query,
    queryText: text,
    explanation: text,
    kinds: null,
    order: 'relevance',
    groupFamilies: false,
    hideDuplicates: false,
    facets: true,
    page: 0,
    pageSize: 25,
    scope: SCOPE,
  };
}

let index: SqliteRecordIndex;

beforeEach(async () => {
  index = SqliteRecordIndex.open(':memory:');
  await index.writeBatch({
    records: [
      record('r_a', 'pipeline budget', { sourceId: 's_work', custodian: 'Dana', path: 'work.mbox', labels: ['Budget'] }),
      // The same message again in an archive of the same channel, and once more at home.
      record('r_a', 'pipeline budget', { sourceId: 's_archive', custodian: 'Records Office', path: 'archive.mbox' }),
      record('r_a', 'pipeline budget', { sourceId: 's_home', custodian: 'Dana', path: 'home.mbox' }),
      record('r_b', 'pipeline schedule', { sourceId: 's_home', custodian: 'Dana', path: 'home.mbox' }),
    ],
    errors: [],
    files: [],
  });
});

afterEach(() => {
  index.close();
});

describe('facets over copies', () => {
  it('count a record once per channel, custodian and tag, however many of its copies share them', async () => {
    const result = await index.search(search('pipeline'));
    expect(result.total).toBe(2);
    expect(result.facets?.channel).toEqual([
      { value: 'personal-email', count: 2 },
      { value: 'official-email', count: 1 },
    ]);
    expect(result.facets?.custodian).toEqual([
      { value: 'Dana', count: 2 },
      { value: 'Records Office', count: 1 },
    ]);
    expect(result.facets?.tag).toEqual([{ value: 'Budget', count: 1 }]);
  });

  it('match value conditions against the copies', async () => {
    const ids = async (text: string) => (await index.search(search(text))).hits.map((hit) => hit.id).sort();
    expect(await ids('pipeline custodian:"records office"')).toEqual(['r_a']);
    expect(await ids('pipeline channel:official-email')).toEqual(['r_a']);
    expect(await ids('pipeline -channel:official-email')).toEqual(['r_b']);
    expect(await ids('tag:budget')).toEqual(['r_a']);
    expect(await ids('folder:inbox pipeline')).toEqual(['r_a', 'r_b']);
  });

  it('follow copies being deleted or forgotten: a record keeps the facets of the copies that remain', async () => {
    await index.deleteSource('s_work');
    const result = await index.search(search('pipeline'));
    expect(result.facets?.tag).toEqual([]);
    expect(result.facets?.channel).toEqual([
      { value: 'personal-email', count: 2 },
      { value: 'official-email', count: 1 },
    ]);
    await index.forgetFiles('s_home', ['home.mbox']);
    const rest = await index.search(search('pipeline'));
    expect(rest.hits.map((hit) => hit.id)).toEqual(['r_a']);
    expect(rest.facets?.custodian).toEqual([{ value: 'Records Office', count: 1 }]);
    expect(rest.facets?.channel).toEqual([{ value: 'official-email', count: 1 }]);
    expect((await index.search(search('schedule'))).total).toBe(0);
  });
});
