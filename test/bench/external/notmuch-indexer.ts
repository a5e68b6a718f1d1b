/**
 * Debian's notmuch over the bench's input: `notmuch new` with a configuration file of its own
 * (NOTMUCH_CONFIG). notmuch takes every file under the mail root as one message. Since 0.32 the
 * mail root (database.mail_root) and the database (database.path) can be separate folders, so
 * the read-only corpus is only read and the Xapian database goes to a temporary folder.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempFolder } from '../temp-folders.js';
import { countProblem } from './indexer-outcome.js';
import type { IndexerOutcome } from './indexer-outcome.js';
import { failureOf, runTimed } from '../run-timed-process.js';

/** GKeyFile values run to the end of the line; a backslash starts an escape, so it is doubled. */
function keyFileValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/^ /, '\\s');
}

export function notmuchConfig(mailRoot: string, databasePath: string, hookDir: string): string {
  return [
    '# Written by the FOIA Workbench bench for one run.',
    '[database]',
    `mail_root=${keyFileValue(mailRoot)}`,
    `path=${keyFileValue(databasePath)}`,
    '# No pre-new/post-new hooks from the user\'s own setup may run inside the timing.',
    `hook_dir=${keyFileValue(hookDir)}`,
    '[new]',
    'tags=inbox;',
    'ignore=',
    '[search]',
    'exclude_tags=',
    '[maildir]',
    '# Flag sync renames files in cur/ and new/: the corpus must stay untouched.',
    'synchronize_flags=false',
    '[user]',
    'name=FOIA Workbench bench',
    'primary_email=bench@example.invalid',
    '',
  ].join('\n');
}

async function count(env: NodeJS.ProcessEnv, args: string[]): Promise<number | null> {
  const run = await runTimed('notmuch', ['count', ...args], env);
  const value = run.stdout.trim();
  return run.exitCode === 0 && /^\d+$/.test(value) ? Number(value) : null;
}

export async function indexWithNotmuch(path: string, knownWord: string): Promise<IndexerOutcome> {
  if (!(await stat(path)).isDirectory()) {
    return { tool: 'notmuch new', skipped: 'notmuch reads folders of one-message files (maildir, MH), not a single mailbox file' };
  }
  const work = await makeTempFolder('foia-bench-notmuch-');
  try {
    const database = join(work.path, 'db');
    const hooks = join(work.path, 'hooks');
    await mkdir(database);
    await mkdir(hooks);
    const config = join(work.path, 'notmuch-config');
    await writeFile(config, notmuchConfig(path, database, hooks));
    const env = { ...process.env, NOTMUCH_CONFIG: config };
    const index = await runTimed('notmuch', ['new', '--quiet'], env);
    const messages = await count(env, ['*']);
    const files = await count(env, ['--output=files', '*']);
    const problem = failureOf('notmuch new', index) ?? countProblem('notmuch', messages);
    return {
      tool: 'notmuch new',
      command: 'NOTMUCH_CONFIG=<tmp>/notmuch-config notmuch new --quiet',
      ms: index.ms,
      peakRssBytes: index.peakRssBytes,
      problem,
      indexed: messages,
      indexedNote: `messages by Message-ID (notmuch count '*'), from ${files === null ? '?' : files.toLocaleString('en-US')} files`,
      wordHits: await count(env, [knownWord]),
    };
  } finally {
    await work.remove();
  }
}
