/**
 * Debian's recoll over the bench's input: `recollindex` with a configuration folder of its own
 * (RECOLL_CONFDIR), so the run starts from an empty index and never touches ~/.recoll.
 *
 * Mail without a suffix: recoll names a file's type from its suffix first, and Enron's files
 * ("1.", "2.") have none. It then reads the file's first lines and takes it for message/rfc822
 * when at least three known mail headers (From:, To:, Date:, Subject:, Message-Id:…) appear
 * (common/idfile.cpp), which every Enron file passes; mbox files ("From " on line 1) become
 * text/x-mail and are split into messages. So no mimemap entry is needed, and the suite checks
 * it afterwards: it counts message/rfc822 documents and searches for a known word.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempFolder } from '../temp-folders.js';
import { countProblem } from './indexer-outcome.js';
import type { IndexerOutcome } from './indexer-outcome.js';
import { failureOf, runTimed } from '../run-timed-process.js';

/** recoll.conf(5): topdirs is a space-separated list, so the path is quoted. */
export function recollConfig(path: string): string {
  return [
    '# Written by the FOIA Workbench bench for one run.',
    `topdirs = "${path.replace(/"/g, '\\"')}"`,
    '# recollindex lowers its own priority to nice 19 by default; our ingest runs at normal',
    '# priority, so the comparison runs recoll at normal priority too.',
    'idxniceprio = 0',
    '# After indexing, recoll builds an aspell spelling dictionary for query suggestions. It is',
    '# not part of making the messages searchable and our ingest has no such step.',
    'noaspell = 1',
    '',
  ].join('\n');
}

/**
 * Recoll's exact count of documents matching `query`; null when it could not say.
 * @param options recollq options placed before the query, e.g. `['-s', '']`
 */
export async function recollCount(confDir: string, env: NodeJS.ProcessEnv, query: string, options: readonly string[] = []): Promise<number | null> {
  // -E: the exact count, not Xapian's lower-bound estimate; -Q: the count line only.
  const run = await runTimed('recollq', ['-c', confDir, ...options, '-E', '-Q', query], env);
  const match = /^(\d+) results/m.exec(run.stdout);
  return match?.[1] === undefined ? null : Number(match[1]);
}

export async function indexWithRecoll(path: string, knownWord: string): Promise<IndexerOutcome> {
  const conf = await makeTempFolder('foia-bench-recoll-');
  try {
    await writeFile(join(conf.path, 'recoll.conf'), recollConfig(path));
    const env = { ...process.env, RECOLL_CONFDIR: conf.path };
    const index = await runTimed('recollindex', ['-c', conf.path], env);
    const indexed = await recollCount(conf.path, env, 'mime:message/rfc822');
    const problem = failureOf('recollindex', index) ?? countProblem('recoll', indexed);
    return {
      tool: 'recollindex',
      command: 'RECOLL_CONFDIR=<tmp> recollindex -c <tmp>',
      ms: index.ms,
      peakRssBytes: index.peakRssBytes,
      problem,
      indexed,
      indexedNote: 'message/rfc822 documents (recollq -E "mime:message/rfc822")',
      wordHits: await recollCount(conf.path, env, knownWord),
    };
  } finally {
    await conf.remove();
  }
}
