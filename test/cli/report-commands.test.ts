/**
 * The CLI's search options, search-term reports and saved searches, on Sally Bailey's Enron
 * mail: what an officer scripts to size a request and keep track of searches over time.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/foia-program.js';
import { EXIT } from '../../main/cli/exit-codes.js';
import type { SavedSearch, SearchResult, TermReport, WrittenReport } from '../../shared/model/search.js';
import { REPO_ROOT, corpusPath, tempFolder } from '../support/corpus.js';
import { readPdfPages } from '../support/pdf-text.js';

const BAILEY = corpusPath('email', 'enron', 'maildir', 'bailey-s');

async function foia(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text), interactive: false }, { appRoot: REPO_ROOT, actor: 'cli-test' });
  return { code, out, err };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('foia search options, terms and saved', () => {
  let dir: { path: string; cleanup(): Promise<void> };
  let casePath: string;
  let requestId: string;
  const searchJson = async (...args: string[]): Promise<SearchResult> => {
    const run = await foia('search', ...args, '--case', casePath, '--json');
    expect(run.code).toBe(EXIT.ok);
    return JSON.parse(run.out) as SearchResult;
  };

  beforeAll(async () => {
    dir = await tempFolder();
    casePath = join(dir.path, 'case');
    const created = await foia('case', 'init', casePath, '--name', 'Bailey CLI', '--request', 'Gas pricing');
    expect(created.code).toBe(EXIT.ok);
    requestId = /First request: (q_[0-9a-f]+)/.exec(created.out)?.[1] ?? '';
    expect((await foia('ingest', BAILEY, '--case', casePath, '--custodian', 'Sally Bailey')).code).toBe(EXIT.ok);
  }, 120_000);
  afterAll(async () => dir.cleanup());

  it('orders by date, groups families, hides duplicates and reads decisions in a request', async () => {
    const newest = await searchJson('gas', '--order', 'newest', '--limit', '50');
    expect(newest.order).toBe('newest');
    const dates = newest.hits.map((hit) => hit.date ?? '').filter((date) => date !== '').map((date) => Date.parse(date));
    expect(dates.length).toBeGreaterThan(2);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const oldest = await searchJson('gas', '--order', 'oldest', '--limit', '50');
    const oldDates = oldest.hits.map((hit) => hit.date ?? '').filter((date) => date !== '').map((date) => Date.parse(date));
    expect([...oldDates].sort((a, b) => a - b)).toEqual(oldDates);

    expect(await searchJson('gas', '--families')).toMatchObject({ groupFamilies: true, hideDuplicates: false });
    expect(await searchJson('gas', '--hide-duplicates')).toMatchObject({ groupFamilies: false, hideDuplicates: true });
    expect((await searchJson('gas', '--request', requestId)).total).toBe((await searchJson('gas')).total);
    expect((await foia('search', 'gas', '--case', casePath, '--request', 'q_0000000000000000')).code).toBe(EXIT.notFound);
    expect((await foia('search', 'gas', '--case', casePath, '--order', 'sideways')).code).toBe(EXIT.usage);
  });

  it('prints facet counts with --facets', async () => {
    const run = await foia('search', '', '--case', casePath, '--facets', '--limit', '1');
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toContain('Facets:');
    expect(run.out).toMatch(/custodian\s+Sally Bailey \(461\)/);
    expect(run.out).toMatch(/kind\s+email \(461\)/);
    expect(run.out).toMatch(/year\s+\d{4} \(\d+\)/);
    expect((await foia('search', 'gas', '--case', casePath)).out).not.toContain('Facets:');
  });

  it('shows a query it cannot read with a caret under the place, and exits 2', async () => {
    const run = await foia('search', 'price', 'AND', '(gas', '--case', casePath);
    expect(run.code).toBe(EXIT.usage);
    const lines = run.err.split('\n');
    expect(lines[0]).toMatch(/^foia: Query not understood \(at character (\d+)\)/);
    const column = Number(/at character (\d+)/.exec(lines[0] ?? '')?.[1]);
    expect(lines[1]).toBe('  price AND (gas');
    expect(lines[2]?.indexOf('^')).toBe(2 + column - 1);
  });

  it('prints a term report whose counts match searches, from arguments or a file', async () => {
    const run = await foia('terms', 'gas', 'price', 'gas AND price', '--case', casePath);
    expect(run.code).toBe(EXIT.ok);
    const lines = run.out.split('\n');
    expect(lines[0]).toMatch(/^Term\s+Records hit\s+Unique hits\s+With families\s+Unique with families$/);
    const gasTotal = (await searchJson('gas')).total;
    const bothTotal = (await searchJson('gas AND price')).total;
    const unionTotal = (await searchJson('gas OR price')).total;
    expect(lines.find((line) => line.startsWith('gas  '))).toMatch(new RegExp(`^gas\\s+${gasTotal.toLocaleString('en-US')}\\s`));
    expect(lines.find((line) => line.startsWith('gas AND price'))).toMatch(new RegExp(`^gas AND price\\s+${bothTotal}\\s+0\\s`));
    expect(lines.find((line) => line.startsWith('Total (any term)'))).toMatch(new RegExp(`^Total \\(any term\\)\\s+${unionTotal.toLocaleString('en-US')}\\s`));
    expect(run.out).toContain('Records searched: 461 (within: the whole case)');

    const file = join(dir.path, 'terms.txt');
    await writeFile(file, '\uFEFFgas\r\n\r\n  price  \ngas AND price\n');
    const fromFile = await foia('terms', '--file', file, '--case', casePath, '--within', 'gas', '--json');
    expect(fromFile.code).toBe(EXIT.ok);
    const report = JSON.parse(fromFile.out) as TermReport;
    expect(report.rows.map((row) => row.term)).toEqual(['gas', 'price', 'gas AND price']);
    expect(report).toMatchObject({ within: 'gas', recordsSearched: gasTotal });
    expect((await foia('terms', '--file', join(dir.path, 'missing.txt'), '--case', casePath)).code).toBe(EXIT.notFound);
    expect((await foia('terms', '--case', casePath)).code).toBe(EXIT.usage);
  });

  it('names the term with a syntax error and points at it', async () => {
    const run = await foia('terms', 'gas', 'price AND (gas', '--case', casePath);
    expect(run.code).toBe(EXIT.usage);
    expect(run.err).toContain('term 2');
    expect(run.err).toContain('  price AND (gas\n');
    expect(run.err).toMatch(/\n {2} *\^+\n/);
  });

  it('writes CSV or PDF into reports/ and prints where, with the SHA-256', async () => {
    for (const format of ['csv', 'pdf'] as const) {
      const run = await foia('terms', 'gas', 'price', `--${format}`, '--case', casePath);
      expect(run.code).toBe(EXIT.ok);
      expect(run.out).toMatch(/^Term\s+Records hit/);
      const path = /Report written: (.+)\n/.exec(run.out)?.[1] ?? '';
      const hash = /SHA-256 ([0-9a-f]{64})/.exec(run.out)?.[1] ?? '';
      expect(path.startsWith(join(casePath, 'reports') + sep)).toBe(true);
      expect(path.endsWith(`.${format}`)).toBe(true);
      const bytes = new Uint8Array(await readFile(path));
      expect(sha256(bytes)).toBe(hash);
      if (format === 'pdf') {
        expect((await readPdfPages(bytes)).join('\n')).toContain('Search-term report');
      } else {
        expect(new TextDecoder().decode(bytes)).toMatch(/^Term,Records hit/);
      }
    }
    const json = await foia('terms', 'gas', '--csv', '--json', '--case', casePath);
    expect((JSON.parse(json.out) as WrittenReport).sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await foia('terms', 'gas', '--csv', '--pdf', '--case', casePath)).code).toBe(EXIT.usage);
  });

  it('saves, lists, runs, replaces and deletes saved searches by id or name', async () => {
    const gasTotal = (await searchJson('gas')).total;
    const saved = await foia('saved', 'save', 'Gas mail', 'gas', '--case', casePath, '--json');
    expect(saved.code).toBe(EXIT.ok);
    const search = JSON.parse(saved.out) as SavedSearch;
    expect(search).toMatchObject({ name: 'Gas mail', query: 'gas', requestId, history: [{ total: gasTotal, by: 'cli-test' }] });

    const listed = await foia('saved', 'list', '--case', casePath);
    expect(listed.out).toContain(`${search.id}  Gas mail`);
    expect(listed.out).toContain(`last count: ${gasTotal}`);

    const ran = await foia('saved', 'run', 'Gas mail', '--case', casePath);
    expect(ran.code).toBe(EXIT.ok);
    expect(ran.out).toContain(`Gas mail: ${gasTotal} records now`);
    expect((/history: (.*)/.exec(ran.out)?.[1] ?? '').split(', ')).toHaveLength(2);
    const byId = await foia('saved', 'run', search.id, '--case', casePath, '--json');
    expect((JSON.parse(byId.out) as { saved: SavedSearch }).saved.history).toHaveLength(3);

    const replaced = await foia('saved', 'save', 'Gas mail', 'gas', 'AND', 'price', '--order', 'newest', '--families', '--case', casePath);
    expect(replaced.out).toMatch(/^Replaced: /);
    expect(replaced.out).toContain(search.id);
    expect(replaced.out).toContain('query: gas AND price  [newest, families]');

    expect((await foia('saved', 'save', 'Broken', 'gas AND', '--case', casePath)).code).toBe(EXIT.usage);
    expect((await foia('saved', 'run', 'No such search', '--case', casePath)).code).toBe(EXIT.notFound);
    expect((await foia('saved', 'delete', 'Gas mail', '--case', casePath)).out).toContain(`Deleted saved search ${search.id}`);
    expect((await foia('saved', 'list', '--case', casePath)).out).toContain('No saved searches');
    expect((await foia('saved', 'delete', search.id, '--case', casePath)).code).toBe(EXIT.notFound);
  });
});
