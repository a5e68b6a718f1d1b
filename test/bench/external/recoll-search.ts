/**
 * Debian's recoll as the search suite's yardstick, over the same generated mbox as ours:
 * recollindex builds an index once, in a configuration folder kept in the bench cache, and each
 * query is then one `recollq` process. recollq is recoll's command-line query program (package
 * recollcmd, which ensure-tools.ts installs); `recoll -t -q` runs the same query code from the
 * GUI binary, which needs Qt and is not installed here.
 *
 * An mbox needs no configuration: recoll takes a file whose first line is a From_ line for
 * text/x-mail and indexes each message in it as a message/rfc822 document, which is what the
 * build counts afterwards.
 */
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { failureOf, runTimed } from '../run-timed-process.js';
import { countProblem } from './indexer-outcome.js';
import { recollConfig, recollCount } from './recoll-indexer.js';

/**
 * Before every query: no stem expansion (ours matches words as written, so with expansion
 * recoll would answer a larger question), and the first 25 results, as our first page.
 */
export const RECOLL_QUERY_OPTIONS = ['-s', '', '-n', '25'] as const;

export type RecollBuild = {
  indexMs: number;
  peakRssBytes: number | null;
  /** message/rfc822 documents in the index; null when recollq could not say. */
  indexed: number | null;
  problem: string | null;
};

const envFor = (confDir: string): NodeJS.ProcessEnv => ({ ...process.env, RECOLL_CONFDIR: confDir });

/** `confDir` must exist and be empty; `mboxFolder` must hold the mbox and nothing else. */
export async function buildRecollIndex(confDir: string, mboxFolder: string): Promise<RecollBuild> {
  await writeFile(join(confDir, 'recoll.conf'), recollConfig(mboxFolder));
  const env = envFor(confDir);
  const index = await runTimed('recollindex', ['-c', confDir], env);
  const indexed = await recollCount(confDir, env, 'mime:message/rfc822');
  return { indexMs: index.ms, peakRssBytes: index.peakRssBytes, indexed, problem: failureOf('recollindex', index) ?? countProblem('recoll', indexed) };
}

/** The command a reader would type for `query`, for the output. */
export function recollCommand(query: string): string {
  return `recollq -c <conf> ${RECOLL_QUERY_OPTIONS.map((option) => (option === '' ? "''" : option)).join(' ')} '${query}'`;
}

/**
 * One query as one recollq process, spawn to exit.
 * @returns recoll's own estimate of the number of results (Xapian's lower bound)
 */
export async function recollSearch(confDir: string, query: string): Promise<{ estimate: number | null }> {
  const run = await runTimed('recollq', ['-c', confDir, ...RECOLL_QUERY_OPTIONS, query], envFor(confDir));
  const failure = failureOf('recollq', run);
  if (failure !== null) {
    throw new Error(failure);
  }
  const match = /^(\d+) results/m.exec(run.stdout);
  return { estimate: match?.[1] === undefined ? null : Number(match[1]) };
}

/** Recoll's exact count for `query`, with the same options as the timed runs. */
export function recollExactCount(confDir: string, query: string): Promise<number | null> {
  return recollCount(confDir, envFor(confDir), query, ['-s', '']);
}

/** Bytes of the files under `path`, for the size of recoll's Xapian database. */
export async function folderBytes(path: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    total += entry.isDirectory() ? await folderBytes(child) : (await stat(child)).size;
  }
  return total;
}
