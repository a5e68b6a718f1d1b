/**
 * `npm run bench -- [SUITE [ARGS]]…`: which suites to run, in order, each with its own arguments.
 * No suite named means all of them.
 */
import { resolve } from 'node:path';

export const SUITES = ['ingest', 'search', 'tag', 'packet', 'mbox-scale'] as const;
export type SuiteName = (typeof SUITES)[number];

export type SuitePlan =
  | { suite: 'ingest'; path: string }
  | { suite: 'search' | 'tag' | 'packet' }
  | { suite: 'mbox-scale'; sizeGb: number; distinct: boolean };

export type BenchArgs = { help: true } | { help: false; plans: SuitePlan[] };

export const DEFAULT_MBOX_GB = 2;
/** Far above any real mailbox; a typo like 2000 should not fill the disk. */
const MAX_MBOX_GB = 100;

export const USAGE = `npm run bench [-- SUITE [ARGS]]...
  (no suite)                  every suite below, in this order
  ingest [PATH]               ingest PATH (default: the Enron maildir, 3 custodians, 4,619 messages)
                              and time recollindex and notmuch new over the same files
  search | tag | packet       on a case holding Enron skilling-j (4,139 messages)
  mbox-scale [GB] [--distinct]
                              generate a GB-sized mbox (default ${DEFAULT_MBOX_GB}) from skilling-j's messages and
                              ingest it; --distinct also marks each copy's Subject, so copies are new
                              records rather than duplicates of the first
Results go to build/bench/<suite>-<time>.json.`;

export class BenchArgsError extends Error {}

function isSuite(token: string): token is SuiteName {
  return (SUITES as readonly string[]).includes(token);
}

function defaultPlan(suite: SuiteName, defaultIngestPath: string): SuitePlan {
  switch (suite) {
    case 'ingest':
      return { suite, path: defaultIngestPath };
    case 'mbox-scale':
      return { suite, sizeGb: DEFAULT_MBOX_GB, distinct: false };
    default:
      return { suite };
  }
}

function parseSize(token: string): number {
  const size = Number(token);
  if (!/^\d+(\.\d+)?$/.test(token) || !(size > 0) || size > MAX_MBOX_GB) {
    throw new BenchArgsError(`mbox-scale: size must be a number of GB above 0 and at most ${MAX_MBOX_GB}, not "${token}"`);
  }
  return size;
}

/**
 * @param argv what followed the script name (`process.argv.slice(2)`)
 * @param cwd where a relative PATH is resolved: the folder npm was started from, not the
 *   package root npm switches to
 */
export function parseBenchArgs(argv: readonly string[], options: { cwd: string; defaultIngestPath: string }): BenchArgs {
  const plans: SuitePlan[] = [];
  const given = new Set<SuitePlan>();
  for (const token of argv) {
    if (token === '-h' || token === '--help') {
      return { help: true };
    }
    const current = plans.at(-1);
    if (isSuite(token)) {
      plans.push(defaultPlan(token, options.defaultIngestPath));
    } else if (current?.suite === 'ingest' && !given.has(current)) {
      current.path = resolve(options.cwd, token);
      given.add(current);
    } else if (current?.suite === 'mbox-scale' && token === '--distinct') {
      current.distinct = true;
    } else if (current?.suite === 'mbox-scale' && !given.has(current)) {
      current.sizeGb = parseSize(token);
      given.add(current);
    } else {
      throw new BenchArgsError(
        current ? `Unexpected argument "${token}" after ${current.suite}` : `Unknown suite "${token}" (suites: ${SUITES.join(', ')})`,
      );
    }
  }
  if (plans.length === 0) {
    return { help: false, plans: SUITES.map((suite) => defaultPlan(suite, options.defaultIngestPath)) };
  }
  return { help: false, plans };
}
