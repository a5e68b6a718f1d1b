/**
 * Search-term reports and saved searches over every transport, on a real mailbox (Sally
 * Bailey's Enron mail): the counts agree with search.query, exports land hashed and audited in
 * the case's reports/ folder, and saved searches keep a per-request history of their counts.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import type { AuditEntry } from '../../shared/model/audit.js';
import { parseSearchQuery } from '../../shared/query/query-parser.js';
import type { Host } from '../../main/host/create-host.js';
import { corpusPath, tempFolder } from '../support/corpus.js';
import { readPdfPages } from '../support/pdf-text.js';
import { expectCode } from '../support/expect-code.js';
import { makeTestHost } from '../support/test-host.js';
import type { Connected } from '../support/test-host.js';

const BAILEY = corpusPath('email', 'enron', 'maildir', 'bailey-s');
/** bailey-s: 478 files, 17 of them copies of a message filed in another folder too. */
const BAILEY_RECORDS = 461;

async function auditEntries(casePath: string): Promise<AuditEntry[]> {
  const text = await readFile(join(casePath, 'audit.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as AuditEntry);
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function defineSearchReportsSuite(transport: string, connect: (host: Host) => Promise<Connected>): void {
  describe(`search-term reports and saved searches over ${transport}`, () => {
    let data: { path: string; cleanup(): Promise<void> };
    let host: Host;
    let connection: Connected;
    let client: Client;
    let casePath: string;
    let requestId: string;
    let otherRequestId: string;
    const total = async (query: string): Promise<number> => (await client.call('search.query', { query, pageSize: 1 })).total;

    beforeAll(async () => {
      data = await tempFolder();
      host = makeTestHost({ dataDir: data.path });
      connection = await connect(host);
      client = connection.client;
      casePath = join(data.path, 'bailey-case');
      const created = await client.call('case.create', { path: casePath, name: 'Bailey case', requestTitle: 'Gas pricing' });
      requestId = created.requests[0]?.id ?? '';
      otherRequestId = (await client.call('requests.create', { title: 'Another request', requester: '' })).id;
      const report = await client.call('sources.add', { path: BAILEY, custodian: 'Sally Bailey' });
      expect(report.source.recordCount).toBe(BAILEY_RECORDS);
    }, 120_000);
    afterAll(async () => {
      await connection.close();
      await host.close();
      await data.cleanup();
    });

    it('counts each term as search.query does, unique hits against the other terms, and the union as the total', async () => {
      const report = await client.call('search.termReport', { terms: ['gas', 'price', 'gas AND price'] });
      const [gas, price, both] = report.rows;
      expect(report.rows.map((row) => row.term)).toEqual(['gas', 'price', 'gas AND price']);
      expect(gas?.hits).toBe(await total('gas'));
      expect(price?.hits).toBe(await total('price'));
      expect(both?.hits).toBe(await total('gas AND price'));
      expect(gas?.hits).toBeGreaterThan(both?.hits ?? 0);
      expect(both?.hits).toBeGreaterThan(0);
      // Every record "gas AND price" hits is hit by "gas" too: it adds nothing on its own.
      expect(both).toMatchObject({ uniqueHits: 0, uniqueHitsWithFamilies: 0 });
      expect(gas?.uniqueHits).toBe((gas?.hits ?? 0) - (both?.hits ?? 0));
      expect(price?.uniqueHits).toBe((price?.hits ?? 0) - (both?.hits ?? 0));
      expect(report.total.hits).toBe(await total('gas OR price'));
      for (const row of report.rows) {
        expect(row.hitsWithFamilies).toBeGreaterThanOrEqual(row.hits);
        expect(row.uniqueHitsWithFamilies).toBeGreaterThanOrEqual(row.uniqueHits);
      }
      expect(report.total.hitsWithFamilies).toBeGreaterThanOrEqual(report.total.hits);
      expect(report.recordsSearched).toBe(BAILEY_RECORDS);
      expect(report.within).toBe('');
    });

    it('ANDs the "within" query with every term and counts only the records inside it', async () => {
      const report = await client.call('search.termReport', { terms: ['price'], within: 'gas' });
      expect(report.rows[0]?.hits).toBe(await total('gas AND price'));
      expect(report.recordsSearched).toBe(await total('gas'));
      expect(report.within).toBe('gas');
    });

    it('refuses a term it cannot read with invalid-args naming the term and the place', async () => {
      const bad = 'price AND (gas';
      const parsed = parseSearchQuery(bad);
      expect(parsed.ok).toBe(false);
      const error = await expectCode(client.call('search.termReport', { terms: ['gas', bad] }), 'invalid-args');
      expect(error.message).toContain('term 2');
      expect(error.details).toMatchObject({ label: expect.stringContaining('term 2'), query: bad });
      if (!parsed.ok) {
        expect(error.details?.['span']).toEqual(parsed.error.span);
        expect(error.message).toContain(`at character ${parsed.error.span.start + 1}`);
      }
      const within = await expectCode(client.call('search.termReport', { terms: ['gas'], within: '(' }), 'invalid-args');
      expect(within.message).toContain('within');
    });

    it('exports CSV and PDF into reports/, hashed and audited', async () => {
      const terms = ['gas', 'price', 'gas AND price'];
      const csv = await client.call('search.exportTermReport', { terms, format: 'csv', requestId });
      const pdf = await client.call('search.exportTermReport', { terms, format: 'pdf', requestId });
      for (const written of [csv, pdf]) {
        expect(written.path.startsWith(join(casePath, 'reports') + sep)).toBe(true);
        const bytes = new Uint8Array(await readFile(written.path));
        expect(bytes.length).toBe(written.bytes);
        expect(sha256(bytes)).toBe(written.sha256);
      }
      expect(csv.path).toMatch(/search-terms-.*\.csv$/);
      expect(pdf.path).toMatch(/search-terms-.*\.pdf$/);

      const csvText = await readFile(csv.path, 'utf8');
      const lines = csvText.split('\r\n');
      expect(lines[0]).toBe('Term,Records hit,Unique hits,Records hit with families,Unique hits with families');
      const gas = csv.report.rows[0];
      expect(lines[1]).toBe(`gas,${gas?.hits},${gas?.uniqueHits},${gas?.hitsWithFamilies},${gas?.uniqueHitsWithFamilies}`);
      expect(csvText).toContain(`Total (any term),${csv.report.total.hits},,${csv.report.total.hitsWithFamilies},`);

      const pages = await readPdfPages(new Uint8Array(await readFile(pdf.path)));
      const text = pages.join('\n');
      expect(text).toContain('Search-term report');
      expect(text).toContain('Bailey case');
      expect(text).toContain('Gas pricing');
      expect(text).toContain('gas AND price');
      expect(text).toContain(pdf.report.total.hits.toLocaleString('en-US'));

      const exports = (await auditEntries(casePath)).filter((entry) => entry.action === 'report.search-terms');
      expect(exports.map((entry) => entry.target)).toEqual([csv.path, pdf.path]);
      expect(exports[1]?.after).toMatchObject({ sha256: pdf.sha256, format: 'pdf', terms, requestId });
      expect(await client.call('audit.verify', {})).toMatchObject({ ok: true });
    });

    it('writes a term that starts like a formula with a leading apostrophe in CSV', async () => {
      const written = await client.call('search.exportTermReport', { terms: ['=HYPERLINK("x")', 'gas'], format: 'csv' });
      const lines = (await readFile(written.path, 'utf8')).split('\r\n');
      expect(lines[1]?.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
      expect(lines[2]?.startsWith('gas,')).toBe(true);
    });

    it('saves a search with its count, re-runs it into the history, replaces by name and deletes, auditing each change', async () => {
      const gasTotal = await total('gas');
      const saved = await client.call('savedSearches.save', { requestId, name: 'Gas', query: 'gas' });
      expect(saved).toMatchObject({ requestId, name: 'Gas', query: 'gas', order: 'relevance', groupFamilies: false, hideDuplicates: false });
      expect(saved.history).toEqual([{ at: expect.any(String), by: 'test-officer', total: gasTotal }]);

      const ran = await client.call('savedSearches.run', { savedSearchId: saved.id });
      expect(ran.result.total).toBe(gasTotal);
      expect(ran.saved.history.map((entry) => entry.total)).toEqual([gasTotal, gasTotal]);
      expect((await client.call('savedSearches.list', { requestId }))[0]?.history).toHaveLength(2);

      const replaced = await client.call('savedSearches.save', { requestId, name: 'Gas', query: 'gas AND price', order: 'newest' });
      expect(replaced.id).toBe(saved.id);
      expect(replaced).toMatchObject({ query: 'gas AND price', order: 'newest', createdAt: saved.createdAt });
      expect(replaced.history.map((entry) => entry.total)).toEqual([gasTotal, gasTotal, await total('gas AND price')]);

      const priceSearch = await client.call('savedSearches.save', { requestId, name: 'Price', query: 'price' });
      const elsewhere = await client.call('savedSearches.save', { requestId: otherRequestId, name: 'Gas', query: 'gas' });
      expect(elsewhere.id).not.toBe(saved.id);
      expect((await client.call('savedSearches.list', { requestId })).map((entry) => entry.id).sort()).toEqual([saved.id, priceSearch.id].sort());
      expect((await client.call('savedSearches.list', { requestId: otherRequestId })).map((entry) => entry.id)).toEqual([elsewhere.id]);

      expect(await client.call('savedSearches.delete', { savedSearchId: priceSearch.id })).toEqual({ deleted: true });
      expect((await client.call('savedSearches.list', { requestId })).map((entry) => entry.id)).toEqual([saved.id]);

      const actions = (await auditEntries(casePath)).filter((entry) => entry.action.startsWith('search.'));
      expect(actions.map((entry) => [entry.action, entry.target])).toEqual([
        ['search.save', saved.id],
        ['search.run', saved.id],
        ['search.replace', saved.id],
        ['search.save', priceSearch.id],
        ['search.save', elsewhere.id],
        ['search.delete', priceSearch.id],
      ]);
      expect(actions[1]?.after).toMatchObject({ query: 'gas', total: gasTotal });
      expect(actions[2]?.before).toMatchObject({ query: 'gas' });
      expect(actions[2]?.after).toMatchObject({ query: 'gas AND price' });
      expect(await client.call('audit.verify', {})).toMatchObject({ ok: true });
    });

    it('answers not-found for an unknown saved search or request, and invalid-args for a query it cannot read', async () => {
      await expectCode(client.call('savedSearches.run', { savedSearchId: 'v_0000000000000000' }), 'not-found');
      await expectCode(client.call('savedSearches.delete', { savedSearchId: 'v_0000000000000000' }), 'not-found');
      await expectCode(client.call('savedSearches.list', { requestId: 'q_0000000000000000' }), 'not-found');
      await expectCode(client.call('savedSearches.save', { requestId, name: 'Broken', query: 'gas AND' }), 'invalid-args');
      expect((await client.call('savedSearches.list', { requestId })).some((entry) => entry.name === 'Broken')).toBe(false);
    });
  });
}
