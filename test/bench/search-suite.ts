/**
 * `npm run bench -- search [--records N]`: the issue's search targets on N records (default
 * 500,000) made from the Enron maildir, with Debian's recoll timed over the same messages.
 *
 * 1. One mbox of exactly N messages (search-corpus.ts), ingested into a case through
 *    `sources.add`; both are kept in build/bench-cache/ and reused by later runs.
 * 2. The index's size against the text it holds (index-size.ts), with the backend closed.
 * 3. The fixed mix (search-mix.ts) through `search.query` with facets, first page of 25, in
 *    rounds (query-rounds.ts), then the same mix through recoll.
 */
import { availableParallelism, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import type { SearchResult } from '../../shared/model/search.js';
import { MB, fmt, say, timed } from './bench-kit.js';
import type { SuiteResult } from './bench-kit.js';
import { openKeptCase } from './bench-case.js';
import type { Artefact } from './bench-cache.js';
import { REPO_ROOT } from './bench-paths.js';
import { ensureExternalTools } from './external/ensure-tools.js';
import { folderBytes, recollCommand, recollExactCount, recollSearch } from './external/recoll-search.js';
import type { RecollBuild } from './external/recoll-search.js';
import { measureIndexSize } from './index-size.js';
import type { IndexSize } from './index-size.js';
import { ROUNDS, describeError, latencyStats, timeRounds } from './query-rounds.js';
import type { LatencyStats, QueryTiming } from './query-rounds.js';
import { GENERATION, searchCase, searchMbox, searchRecollIndex } from './search-corpus.js';
import type { CaseBuild, SearchCorpus } from './search-corpus.js';
import { SEARCH_MIX } from './search-mix.js';
import { SIZE_TARGET_RATIO, mb, printComparison, printLatencyTargets, targetLine } from './search-report.js';
import type { QueryOutcome } from './search-report.js';

/** A word no message holds: recoll's time for it is the floor of launching recollq at all. */
const NO_HIT_QUERY = 'zqxjvbenchnohit';

function artefactLine<T>(label: string, artefact: Artefact<T>): string {
  const seconds = fmt(artefact.buildMs / 1000, 1);
  return artefact.built ? `built in ${seconds} s` : `reused from ${artefact.builtAt} (${label} took ${seconds} s then)`;
}

/**
 * The index against the text it was built from. The target is read against the collection's
 * text: the mbox, every message as collected with its headers (the Enron maildir holds text
 * only, no encoded attachments). The ratio to the full-text columns alone (bodies, subjects,
 * people, names: the text without Message-IDs, dates and other headers the index also keeps)
 * is printed beside it, as the stricter figure.
 */
function reportSize(size: IndexSize, records: number, mboxBytes: number): { ratio: number; ratioToIndexedText: number } {
  const indexBytes = size.fileBytes + size.walBytes;
  const ratio = indexBytes / mboxBytes;
  const ratioToIndexedText = indexBytes / size.textBytes;
  const columns = Object.entries(size.textBytesByColumn).map(([column, bytes]) => `${column} ${mb(bytes)}`).join(', ');
  const wal = size.checkpointed
    ? '; a -wal file was left over and has been checkpointed into it'
    : size.walBytes === 0
      ? ' (no -wal file left: SQLite checkpoints when the last connection closes)'
      : `, -wal ${mb(size.walBytes)} MB`;
  say(`size    index.sqlite ${mb(size.fileBytes)} MB${wal}`);
  say(`        the collection's text: the mbox, ${mb(mboxBytes)} MB, all text (no encoded attachments)`);
  say(`        of which the full-text columns: ${mb(size.textBytes)} MB in UTF-8 (${columns})`);
  say(`        largest parts: ${size.pagesByObject.slice(0, 6).map((part) => `${part.name} ${mb(part.bytes)} MB`).join(', ')}`);
  targetLine(ratio <= SIZE_TARGET_RATIO, `index ${ratio.toFixed(2)} × the collection's text, ${fmt(indexBytes / records)} bytes a record (target ≤ ${SIZE_TARGET_RATIO} ×)`);
  say(`        and ${ratioToIndexedText.toFixed(2)} × the text of the full-text columns alone`);
  return { ratio, ratioToIndexedText };
}

function reportRecords(size: IndexSize, records: number, built: Artefact<CaseBuild>): void {
  const kinds = Object.entries(size.recordsByKind).map(([kind, count]) => `${kind} ${fmt(count)}`).join(', ');
  if (size.records === records) {
    say(`        records ${fmt(size.records)} (${kinds}): one per message in the mbox`);
    return;
  }
  const { duplicates, errors, warnings } = built.info;
  say(`NOTE    records ${fmt(size.records)} (${kinds}) for ${fmt(records)} messages in the mbox; the ingest reported`);
  say(`        ${fmt(duplicates)} duplicates (messages the app judged to have the same content as another),`);
  say(`        ${fmt(errors)} errors and ${fmt(warnings)} warnings (see ingest.errors in the case)`);
  const unseen = records - size.records - duplicates;
  if (unseen > 0) {
    say(`        ${fmt(unseen)} messages are none of those: the mbox reader did not take them for messages of their own`);
  }
}

/** Latency means little on a machine busy with other work, so the run says how busy it was. */
function loadCheck(): number {
  const [load = 0] = loadavg();
  const cpus = availableParallelism();
  if (load >= cpus) {
    say(`NOTE    load average ${load.toFixed(1)} on ${cpus} CPUs: other processes compete for them, so these timings run high`);
  }
  return load;
}

async function timeOurs(corpus: SearchCorpus): Promise<Array<QueryTiming<SearchResult>>> {
  const benchCase = await openKeptCase(corpus.casePath, 'Bench search');
  try {
    if (benchCase.created) {
      throw new Error(`${corpus.casePath} held no case to open`);
    }
    return await timeRounds(SEARCH_MIX.length, (index) =>
      benchCase.client.call('search.query', { query: SEARCH_MIX[index]?.ours ?? '', facets: true, pageSize: 25 }),
    );
  } finally {
    await benchCase.close();
  }
}

type RecollComparison = {
  build: Artefact<RecollBuild>;
  xapianBytes: number;
  floor: LatencyStats | null;
  timings: Array<QueryTiming<{ estimate: number | null }>>;
  exact: Array<number | null>;
};

/** Null when recoll is not installed or its index could not be built; ours is reported anyway. */
async function compareWithRecoll(corpus: SearchCorpus, records: number, phases: Record<string, number>): Promise<RecollComparison | null> {
  if (!ensureExternalTools().recoll) {
    return null;
  }
  const started = performance.now();
  const recoll = await searchRecollIndex(corpus).catch((error: unknown) => {
    say(`ERROR   recoll index: ${describeError(error)}`);
    return null;
  });
  phases['recoll index'] = performance.now() - started;
  if (recoll === null) {
    return null;
  }
  const { indexed, peakRssBytes } = recoll.index.info;
  say(`recoll  index of the same mbox ${artefactLine('recollindex', recoll.index)}; ${fmt(indexed ?? 0)} message/rfc822 documents${peakRssBytes === null ? '' : `, peak RSS ${mb(peakRssBytes)} MB`}`);
  if (indexed !== records) {
    say(`NOTE    recoll indexed ${fmt(indexed ?? 0)} of the ${fmt(records)} messages`);
  }
  const xapianBytes = await folderBytes(join(recoll.confDir, 'xapiandb'));
  say(`        its Xapian database: ${mb(xapianBytes)} MB`);
  say(`        timing ${recollCommand('<query>')}: one process launch per query`);
  // The no-hit query runs inside the same rounds as the mix, so it meets the same conditions.
  const queries = [NO_HIT_QUERY, ...SEARCH_MIX.map((query) => query.recoll)];
  const queried = performance.now();
  const [floor, ...timings] = await timeRounds(queries.length, (index) => recollSearch(recoll.confDir, queries[index] ?? ''));
  phases['recoll queries'] = performance.now() - queried;
  const floorStats = latencyStats(floor?.ms ?? []);
  if (floorStats !== null) {
    say(`        launch floor: a query without hits ("${NO_HIT_QUERY}") takes p50 ${fmt(floorStats.p50Ms, 1)} ms, p95 ${fmt(floorStats.p95Ms, 1)} ms`);
  }
  const exact: Array<number | null> = [];
  for (const query of SEARCH_MIX) {
    exact.push(await recollExactCount(recoll.confDir, query.recoll));
  }
  return { build: recoll.index, xapianBytes, floor: floorStats, timings, exact };
}

export async function runSearchSuite(records: number): Promise<SuiteResult> {
  const phases: Record<string, number> = {};
  say(`search  ${fmt(records)} records made from the Enron maildir: each distinct message once per pass, every copy`);
  say(`        a new record ("[bench copy N]" on its Subject), dates moved by ${GENERATION.yearShifts.join('/')} years per pass`);

  const { value: corpus, ms: mboxMs } = await timed(() => searchMbox(records));
  phases.mbox = mboxMs;
  for (const removed of corpus.removed) {
    say(`cache   removed ${removed} (built for an older generator or index schema)`);
  }
  const mbox = corpus.mbox.info;
  say(`mbox    ${relative(REPO_ROOT, mbox.path)} ${artefactLine('generation', corpus.mbox)}`);
  say(`        ${fmt(mbox.messages)} messages, ${mb(mbox.bytes)} MB: ${mbox.copies} passes over ${fmt(mbox.sourceMessages)} distinct messages of ${fmt(mbox.sourceFiles)} files`);

  const { value: caseBuild, ms: ingestMs } = await timed(() => searchCase(corpus));
  phases.ingest = ingestMs;
  say(`ours    case ${relative(REPO_ROOT, corpus.casePath)} ${artefactLine('ingest', caseBuild)}`);
  say(`        sources.add took ${fmt(caseBuild.info.ingestMs / 1000, 1)} s (${fmt(mbox.messages / (caseBuild.info.ingestMs / 1000))} messages/s)${caseBuild.built ? '' : ' when it was built'}`);

  const { value: size, ms: sizeMs } = await timed(async () => measureIndexSize(corpus.indexPath));
  phases['index size'] = sizeMs;
  reportRecords(size, records, caseBuild);
  const sizeRatios = reportSize(size, records, mbox.bytes);

  say(`ours    timing search.query { facets: true, pageSize: 25 }: ${ROUNDS.warmup} warm-up rounds, then ${ROUNDS.measured} counted, each query once a round`);
  const load = loadCheck();
  const { value: oursTimings, ms: oursMs } = await timed(() => timeOurs(corpus));
  phases['our queries'] = oursMs;
  for (const [index, query] of SEARCH_MIX.entries()) {
    const last = oursTimings[index]?.last;
    if (last) {
      say(`        ${query.kind}: ${query.ours}  →  ${fmt(last.total)} hits; read as: ${last.explanation}`);
    }
  }

  const recoll = await compareWithRecoll(corpus, records, phases);
  const outcomes: QueryOutcome[] = SEARCH_MIX.map((query, index) => {
    const ours = oursTimings[index];
    const theirs = recoll?.timings[index];
    return {
      kind: query.kind,
      ours: { query: query.ours, stats: latencyStats(ours?.ms ?? []), error: ours?.error ?? null, hits: ours?.last?.total ?? null },
      recoll: recoll === null ? null : { query: query.recoll, stats: latencyStats(theirs?.ms ?? []), error: theirs?.error ?? null, hits: recoll.exact[index] ?? null },
    };
  });
  const oursMix = latencyStats(oursTimings.flatMap((timing) => timing.ms));
  const recollMix = recoll === null ? null : latencyStats(recoll.timings.flatMap((timing) => timing.ms));
  const mix: QueryOutcome = {
    kind: 'whole mix',
    ours: { query: '', stats: oursMix, error: null, hits: null },
    recoll: recoll === null ? null : { query: '', stats: recollMix, error: null, hits: null },
  };
  say();
  printComparison(outcomes, mix);
  const latencyPass = printLatencyTargets(outcomes, oursMix);
  if (recoll !== null) {
    say(`        recoll's Xapian database is ${(recoll.xapianBytes / mbox.bytes).toFixed(2)} × the collection's text (ours ${sizeRatios.ratio.toFixed(2)} ×)`);
  }
  const loadAfter = loadCheck();
  say(`phases  ${Object.entries(phases).map(([name, ms]) => `${name} ${fmt(ms / 1000, 1)} s`).join(', ')}`);

  return {
    records,
    generation: GENERATION,
    cacheFolder: relative(REPO_ROOT, corpus.folder),
    phasesSeconds: Object.fromEntries(Object.entries(phases).map(([name, ms]) => [name, ms / 1000])),
    mbox: { ...mbox, path: relative(REPO_ROOT, mbox.path), built: corpus.mbox.built, buildSeconds: corpus.mbox.buildMs / 1000 },
    ingest: { ...caseBuild.info, built: caseBuild.built, buildSeconds: caseBuild.buildMs / 1000 },
    indexSize: { ...size, ...sizeRatios, targetRatio: SIZE_TARGET_RATIO, withinTarget: sizeRatios.ratio <= SIZE_TARGET_RATIO, mboxMegabytes: mbox.bytes / MB },
    rounds: ROUNDS,
    machine: { cpus: availableParallelism(), loadAverageBeforeTiming: load, loadAverageAfterTiming: loadAfter },
    queries: outcomes,
    mix: { ours: oursMix, recoll: recollMix, withinTarget: latencyPass },
    recoll:
      recoll === null
        ? { skipped: 'not installed' }
        : { command: recollCommand('<query>'), build: recoll.build, xapianBytes: recoll.xapianBytes, launchFloor: recoll.floor },
  };
}
