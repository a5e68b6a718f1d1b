/**
 * `npm run bench [-- SUITE [ARGS]]…`: timings of the user-facing path on real data, printed and
 * saved as build/bench/<suite>-<time>.json, one file per suite run. Timings live here, never in
 * test assertions. See bench-args.ts for the suites and their arguments.
 *
 * A suite that fails is reported and the others still run; the exit code is then 1.
 */
import { BenchArgsError, parseBenchArgs, USAGE } from './bench-args.js';
import type { SuitePlan } from './bench-args.js';
import { fileStamp, say, saveResult } from './bench-kit.js';
import type { SuiteResult } from './bench-kit.js';
import { ENRON_MAILDIR } from './bench-paths.js';
import { runIngestSuite } from './ingest-suite.js';
import { runMboxScaleSuite } from './mbox-scale-suite.js';
import { runOcrSuite } from './ocr-suite.js';
import { runPacketSuite } from './packet-build-suite.js';
import { lazyReviewFixture } from './review-fixture.js';
import { runSearchSuite } from './search-suite.js';
import { runTagSuite } from './tag-suite.js';

function parse(): SuitePlan[] {
  try {
    // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
    const args = parseBenchArgs(process.argv.slice(2), { cwd: process.env.INIT_CWD ?? process.cwd(), defaultIngestPath: ENRON_MAILDIR });
    if (args.help) {
      say(USAGE);
      process.exit(0);
    }
    return args.plans;
  } catch (error) {
    if (error instanceof BenchArgsError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    throw error;
  }
}

const plans = parse();
const stamp = fileStamp();
const review = lazyReviewFixture();

async function run(plan: SuitePlan): Promise<SuiteResult> {
  switch (plan.suite) {
    case 'ingest':
      return runIngestSuite(plan.path);
    case 'search':
      return runSearchSuite(plan.records);
    case 'tag':
      return runTagSuite(await review.get());
    case 'packet':
      return runPacketSuite(await review.get());
    case 'ocr':
      return runOcrSuite();
    case 'mbox-scale':
      return runMboxScaleSuite(plan.sizeGb, plan.distinct);
  }
}

const REVIEW_SUITES: ReadonlySet<string> = new Set(['tag', 'packet']);

let failed = 0;
try {
  for (const [index, plan] of plans.entries()) {
    // Close the review case once no later suite needs it, so its memory is not in a later peak.
    if (!plans.slice(index).some((later) => REVIEW_SUITES.has(later.suite))) {
      await review.close();
    }
    try {
      const result = await run(plan);
      say(`saved   ${await saveResult(plan.suite, stamp, { plan, ...result })}`);
    } catch (error) {
      failed += 1;
      say(`FAILED  ${plan.suite}: ${error instanceof Error ? error.message : String(error)}`);
      if (error instanceof Error && error.stack !== undefined) {
        process.stderr.write(`${error.stack}\n`);
      }
    }
    say();
  }
} finally {
  await review.close();
}
process.exitCode = failed === 0 ? 0 : 1;
