/**
 * `npm run bench`: timings of the user-facing path on real data, printed as a table and saved
 * to build/bench/results.json. Timings live here, never in test assertions.
 *
 * - ingest: the whole skilling-j custodian (4,139 Enron messages, 12 folders) into a new case;
 * - search: median and 95th percentile over a fixed set of queries, first page of 25;
 * - tag: coding 200 records in one call (case.json write + 200 audit lines);
 * - packet: building the PDF of those 200 records.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '../../shared/ipc/client.js';
import { createHost } from '../../main/host/create-host.js';
import { noDialogs } from '../../main/host/dialog-port.js';
import { inMemoryChannel } from '../../main/host/in-memory-transport.js';

const root = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
const corpus = resolve(root, '..', 'shared', 'corpus', 'email', 'enron', 'maildir', 'skilling-j');
const QUERIES = ['california', 'energy crisis', '"power plant"', 'ferc OR commission', 'enron -broadband', 'subject:meeting', 'deriv*', 'skilling', 'gas price', 'board'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const work = await mkdtemp(join(tmpdir(), 'foia-bench-'));
const host = createHost({ mode: 'test', version: 'bench', actor: 'bench', dialogs: noDialogs, resourcesDir: join(root, 'resources'), sampleCaseDir: null });
const client = createClient(inMemoryChannel(host));
try {
  const created = await client.call('case.create', { path: join(work, 'case'), name: 'Bench' });
  const requestId = created.requests[0]?.id ?? '';
  const ingest = await time(() => client.call('sources.add', { path: corpus, custodian: 'Jeffrey Skilling' }));
  const report = ingest.value;
  const rssAfterIngest = process.memoryUsage().rss;

  const searchTimes: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    for (const query of QUERIES) {
      searchTimes.push((await time(() => client.call('search.query', { query, pageSize: 25 }))).ms);
    }
  }
  const page = await client.call('search.query', { query: 'california', pageSize: 200 });
  const ids = page.hits.map((hit) => hit.id);
  const tag = await time(() => client.call('records.tag', { requestId, recordIds: ids, responsiveness: 'responsive' }));
  const packet = await time(() => client.call('packet.build', { requestId, batesPrefix: 'BENCH-' }));

  const results = {
    machine: { node: process.version, platform: process.platform },
    ingest: {
      files: report.source.fileCount,
      megabytes: +(report.source.totalBytes / 1e6).toFixed(1),
      records: report.recordsAdded,
      seconds: +(ingest.ms / 1000).toFixed(2),
      recordsPerSecond: Math.round(report.recordsAdded / (ingest.ms / 1000)),
      rssMegabytes: Math.round(rssAfterIngest / 1e6),
    },
    search: { queries: searchTimes.length, p50Ms: +percentile(searchTimes, 50).toFixed(1), p95Ms: +percentile(searchTimes, 95).toFixed(1) },
    tag: { records: ids.length, ms: Math.round(tag.ms) },
    packet: { records: packet.value.recordCount, pages: packet.value.pageCount, seconds: +(packet.ms / 1000).toFixed(2) },
  };
  await mkdir(join(root, 'build', 'bench'), { recursive: true });
  await writeFile(join(root, 'build', 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    [
      `ingest  ${results.ingest.records} records from ${results.ingest.files} files (${results.ingest.megabytes} MB) in ${results.ingest.seconds} s = ${results.ingest.recordsPerSecond} records/s, RSS ${results.ingest.rssMegabytes} MB`,
      `search  ${results.search.queries} queries: p50 ${results.search.p50Ms} ms, p95 ${results.search.p95Ms} ms`,
      `tag     ${results.tag.records} records in ${results.tag.ms} ms`,
      `packet  ${results.packet.records} records, ${results.packet.pages} pages in ${results.packet.seconds} s`,
      `saved   build/bench/results.json`,
      '',
    ].join('\n'),
  );
} finally {
  await host.close();
  await rm(work, { recursive: true, force: true });
}
