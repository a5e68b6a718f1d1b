/**
 * `npm run bench -- [SUITE [ARGS]]…`: which suites to run, in order, each with its own arguments.
 * No suite named means all of them.
 */
import { resolve } from 'node:path';

export const SUITES = ['ingest', 'search', 'tag', 'packet', 'ocr', 'mbox-scale'] as const;
export type SuiteName = (typeof SUITES)[number];

export type SuitePlan =
  | { suite: 'ingest'; path: string }
  | { suite: 'search'; records: number }
  | { suite: 'tag' | 'packet' | 'ocr' }
  | { suite: 'mbox-scale'; sizeGb: number; distinct: boolean };

export type BenchArgs = { help: true } | { help: false; plans: SuitePlan[] };

export const DEFAULT_MBOX_GB = 2;
/** Far above any real mailbox; a typo like 2000 should not fill the disk. */
const MAX_MBOX_GB = 100;

/** The issue's scale for the search targets. */
export const DEFAULT_SEARCH_RECORDS = 500_000;
/** Ten times the issue's scale; beyond it a typo would fill the disk (about 3 KB of mbox a record). */
const MAX_SEARCH_RECORDS = 5_000_000;

export const USAGE = `npm run bench [-- SUITE [ARGS]]...
  (no suite)                  every suite below, in this order
  ingest [PATH]               ingest PATH (default: the Enron maildir, 3 custodians, 4,619 messages)
                              and time recollindex and notmuch new over the same files
  search [--records N]        a fixed mix of searches with facets (p50/p95) and the index's size
                              against its text, on N records (default ${DEFAULT_SEARCH_RECORDS.toLocaleString('en-US')}) made from the
                              Enron maildir, with recoll timed on the same messages; the mbox, the
                              case and recoll's index are built once into build/bench-cache/ (hours
                              at the default size) and reused by later runs
  tag                         on a case holding Enron skilling-j (4,139 messages)
  packet                      a 1,000-page packet from Enron mail with redactions: build time and
                              peak RSS (targets 10 s, 800 MB), and the read-back check's time
  ocr                         OCR pages/min at 200 dpi (libtasn1.pdf pp. 5–24, target ≥ 20), peak RSS,
                              CER of linn.pdf at 200 and 300 dpi
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
    case 'search':
      return { suite, records: DEFAULT_SEARCH_RECORDS };
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

function parseRecords(token: string | undefined): number {
  const records = Number(token);
  if (token === undefined || !/^\d+$/.test(token) || records < 1 || records > MAX_SEARCH_RECORDS) {
    throw new BenchArgsError(`search: --records takes a whole number from 1 to ${MAX_SEARCH_RECORDS.toLocaleString('en-US')}, not ${token === undefined ? 'nothing' : `"${token}"`}`);
  }
  return records;
}

/**
 * @param argv what followed the script name (`process.argv.slice(2)`)
 * @param cwd where a relative PATH is resolved: the folder npm was started from, not the
 *   package root npm switches to
 */
export function parseBenchArgs(argv: readonly string[], options: { cwd: string; defaultIngestPath: string }): BenchArgs {
  const plans: SuitePlan[] = [];
  const given = new Set<SuitePlan>();
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index] ?? '';
    if (token === '-h' || token === '--help') {
      return { help: true };
    }
    const current = plans.at(-1);
    if (isSuite(token)) {
      plans.push(defaultPlan(token, options.defaultIngestPath));
    } else if (current?.suite === 'search' && token === '--records') {
      index += 1;
      current.records = parseRecords(argv[index]);
    } else if (current?.suite === 'search' && token.startsWith('--records=')) {
      current.records = parseRecords(token.slice('--records='.length));
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
