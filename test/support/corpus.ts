/**
 * The shared corpus of real files written by others lives beside the repository
 * (`../shared/corpus`), read-only. Tests copy what they need to change into a temp folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const CORPUS_ROOT = resolve(REPO_ROOT, '..', 'shared', 'corpus');

export function corpusPath(...parts: string[]): string {
  return join(CORPUS_ROOT, ...parts);
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempFolder(prefix = 'foia-test-'): Promise<{ path: string; cleanup(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}
