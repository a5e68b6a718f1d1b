/**
 * Where the bench finds the repository and the shared corpus. The bench runs from
 * build/test/bench/ while its unit tests run from test/bench/, so the root is found by walking
 * up to the package.json rather than by a fixed number of `../`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRepoRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) {
      return folder;
    }
    if (dirname(folder) === folder) {
      throw new Error(`No package.json above ${start}`);
    }
  }
}

export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

/** The read-only Enron maildir beside the repository: three custodians, 4,619 messages. */
export const ENRON_MAILDIR = resolve(REPO_ROOT, '..', 'shared', 'corpus', 'email', 'enron', 'maildir');

/** One custodian (4,139 messages in 12 folders): the case the review suites work on. */
export const SKILLING_MAILDIR = join(ENRON_MAILDIR, 'skilling-j');

/**
 * A word every tool's search must find in Enron mail after indexing (the California energy
 * crisis runs through it), plain enough that all of them tokenise it alike.
 */
export const KNOWN_WORD = 'california';

export const RESULTS_DIR = join(REPO_ROOT, 'build', 'bench');
