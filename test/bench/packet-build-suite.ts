/**
 * `npm run bench -- packet`: a 1,000-page response packet from real Enron mail, with a share of
 * the records redacted and a few withheld, built by the layout and assembly and then checked by
 * verifyPacket (read back with pdf.js and pdf-lib).
 *
 * The records come from the review case (skilling-j ingested through the app, oldest first);
 * choosing them and their redactions is setup. The build and the check run in a child process
 * (packet-build-child.ts) so that their peak memory is measured alone, and each is timed there.
 * Targets: build (layout + assembly) ≤ 10 s and ≤ 800 MB; the check is held to half the build's
 * time budget per 1,000 pages, since it runs on every build.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RecordDetail } from '../../shared/model/record.js';
import { layoutPacket } from '../../main/core/packet/layout-packet.js';
import { loadPacketFonts } from '../../main/core/packet/packet-fonts.js';
import type { PacketInput, PacketItem } from '../../main/core/packet/packet-input.js';
import { LETTER_GEOMETRY } from '../../main/core/packet/page-geometry.js';
import { createTextShaper } from '../../main/core/packet/text-shaper.js';
import { MB, fmt, say, timed } from './bench-kit.js';
import type { SuiteResult } from './bench-kit.js';
import { REPO_ROOT } from './bench-paths.js';
import { benchInput, benchItems, mixCounts } from './packet-bench-input.js';
import type { PacketChildResult } from './packet-build-child.js';
import type { ReviewFixture } from './review-fixture.js';
import { failureOf, runTimed } from './run-timed-process.js';
import { targetLine } from './search-report.js';
import { makeTempFolder } from './temp-folders.js';

export const TARGET_PAGES = 1000;
export const BUILD_TARGET_MS = 10_000;
export const RSS_TARGET_BYTES = 800 * MB;
/** The check runs on every build: it should cost at most half the build's budget per 1,000 pages. */
export const VERIFY_TARGET_MS_PER_1000 = BUILD_TARGET_MS / 2;

/** A page holds about this many characters of body text: enough to stop fetching records early. */
const CHARS_PER_PAGE = 3000;
const PAGE_SIZE = 200;

/** Emails of the case, oldest first, until their text would fill about 1.5 × `pages` pages. */
async function fetchRecords(fixture: ReviewFixture, pages: number): Promise<RecordDetail[]> {
  const records: RecordDetail[] = [];
  let estimate = 0;
  for (let page = 0; estimate < 1.5 * pages; page += 1) {
    const result = await fixture.client.call('search.query', { query: '', kinds: ['email'], order: 'oldest', page, pageSize: PAGE_SIZE });
    if (result.hits.length === 0) {
      break;
    }
    for (const hit of result.hits) {
      const { codings: _codings, ...record } = await fixture.client.call('records.get', { recordId: hit.id });
      records.push(record);
      estimate += 1 + Math.floor(record.body.length / CHARS_PER_PAGE);
    }
  }
  return records;
}

/** A trial layout: the items in packet order, and the page (1-based) on which each one ends. */
type TrialLayout = (input: PacketInput) => { ordered: PacketItem[]; ends: number[] };

/**
 * The first records, in packet order, that fill at least `pages` pages: laid out once with all
 * of them to find where page `pages` falls, then with one more record at a time if the smaller
 * index leaves the packet short.
 */
function fillPages(items: readonly PacketItem[], pages: number, layout: TrialLayout): PacketInput {
  const all = layout(benchInput([...items]));
  let take = all.ends.findIndex((end) => end >= pages) + 1 || all.ordered.length;
  for (;;) {
    const input = benchInput(all.ordered.slice(0, take));
    if ((layout(input).ends.at(-1) ?? 0) >= pages || take >= all.ordered.length) {
      return input;
    }
    take += 1;
  }
}

function seconds(ms: number): string {
  return `${fmt(ms / 1000, 2)} s`;
}

export async function runPacketSuite(fixture: ReviewFixture): Promise<SuiteResult> {
  const fonts = await loadPacketFonts(join(REPO_ROOT, 'resources', 'fonts'));
  const shaper = createTextShaper(fonts);
  const setup = await timed(async () => {
    const records = await fetchRecords(fixture, TARGET_PAGES);
    const layout: TrialLayout = (input) => {
      const plan = layoutPacket(input, shaper, LETTER_GEOMETRY);
      const position = new Map(plan.pages.map((page, index) => [page.bates, index + 1]));
      const byId = new Map(input.items.map((item) => [item.record.id, item]));
      return {
        ordered: plan.entries.flatMap((entry) => byId.get(entry.recordId) ?? []),
        ends: plan.entries.map((entry) => position.get(entry.batesLast) ?? 0),
      };
    };
    return fillPages(benchItems(records), TARGET_PAGES, layout);
  });
  const input = setup.value;
  const mix = mixCounts(input.items);
  say(`setup   ${fmt(input.items.length)} Enron messages chosen and redacted in ${seconds(setup.ms)} (not a measurement)`);

  const work = await makeTempFolder('foia-bench-packet-');
  let child: PacketChildResult;
  let processMs: number;
  try {
    const inputPath = join(work.path, 'input.json');
    await writeFile(inputPath, JSON.stringify(input));
    const script = fileURLToPath(new URL('./packet-build-child.js', import.meta.url));
    // FOIA_BENCH_CPU_PROF=<folder> writes a V8 CPU profile of the measured process there.
    const profile = process.env['FOIA_BENCH_CPU_PROF'];
    const run = await runTimed(process.execPath, [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), script, inputPath], process.env);
    const failure = failureOf('packet build', run);
    if (failure !== null) {
      throw new Error(failure);
    }
    child = JSON.parse(run.stdout) as PacketChildResult;
    processMs = run.ms;
  } finally {
    await work.remove();
  }

  const buildMs = child.layoutMs + child.assemblyMs;
  const verifyPer1000 = (child.verifyMs * 1000) / Math.max(1, child.pages);
  say(
    `packet  ${fmt(child.pages)} pages, ${fmt(child.records)} records (${fmt(mix.inFull)} in full, ${fmt(mix.inPart)} in part with ${fmt(mix.redactions)} redactions, ${fmt(mix.withheld)} withheld), ${fmt(child.pdfBytes / MB, 1)} MB`,
  );
  say(`build   layout ${seconds(child.layoutMs)} + assembly ${seconds(child.assemblyMs)} = ${seconds(buildMs)}; peak RSS ${fmt(child.buildPeakRssBytes / MB)} MB`);
  const verifyPeak = child.verifyPeakIsSeparate ? `peak RSS ${fmt(child.verifyPeakRssBytes / MB)} MB during the check` : `peak RSS ${fmt(child.verifyPeakRssBytes / MB)} MB over build and check`;
  say(`check   ${seconds(child.verifyMs)} (${seconds(verifyPer1000)} per 1,000 pages), ${verifyPeak}; ${child.problemCount === 0 ? 'no problems' : `${fmt(child.problemCount)} problems`}`);
  say(`        the child process ran ${seconds(processMs)} in all (start, fonts, input, build, check)`);
  const buildPass = buildMs <= BUILD_TARGET_MS;
  const rssPass = child.buildPeakRssBytes <= RSS_TARGET_BYTES;
  const verifyPass = verifyPer1000 <= VERIFY_TARGET_MS_PER_1000;
  targetLine(buildPass, `build ${seconds(buildMs)} for ${fmt(child.pages)} pages (target ≤ ${seconds(BUILD_TARGET_MS)})`);
  targetLine(rssPass, `build peak RSS ${fmt(child.buildPeakRssBytes / MB)} MB (target ≤ ${fmt(RSS_TARGET_BYTES / MB)} MB)`);
  targetLine(verifyPass, `check ${seconds(verifyPer1000)} per 1,000 pages (target ≤ ${seconds(VERIFY_TARGET_MS_PER_1000)}, half the build budget)`);
  for (const message of child.problems) {
    say(`PROBLEM ${message}`);
  }
  if (!child.verifyOk) {
    throw new Error(`the packet check found ${fmt(child.problemCount)} problems in a packet built from real mail (listed above)`);
  }
  return {
    pages: child.pages,
    records: child.records,
    mix,
    pdfMegabytes: child.pdfBytes / MB,
    layoutSeconds: child.layoutMs / 1000,
    assemblySeconds: child.assemblyMs / 1000,
    buildSeconds: buildMs / 1000,
    buildPeakRssMegabytes: child.buildPeakRssBytes / MB,
    verifySeconds: child.verifyMs / 1000,
    verifySecondsPer1000Pages: verifyPer1000 / 1000,
    verifyPeakRssMegabytes: child.verifyPeakRssBytes / MB,
    verifyPeakIsSeparate: child.verifyPeakIsSeparate,
    processSeconds: processMs / 1000,
    targets: { buildSeconds: BUILD_TARGET_MS / 1000, rssMegabytes: RSS_TARGET_BYTES / MB, verifySecondsPer1000Pages: VERIFY_TARGET_MS_PER_1000 / 1000 },
    withinTargets: { build: buildPass, rss: rssPass, verify: verifyPass },
  };
}
