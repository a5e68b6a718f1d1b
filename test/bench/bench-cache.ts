/**
 * build/bench-cache/: what a suite builds once and reuses on later runs (a generated mailbox, a
 * case ingested from it, another tool's index), because at the scale each takes many
 * minutes. A folder's name ends in a key of everything that shapes its contents, so a change to
 * any of them builds a new folder; older folders of the same name are removed, since each can
 * hold gigabytes.
 *
 * An artefact counts as built only once its marker file exists, and the marker is written last:
 * a build that was interrupted is started over, never reused half-made.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { timed } from './bench-kit.js';
import { REPO_ROOT } from './bench-paths.js';

export const CACHE_ROOT = join(REPO_ROOT, 'build', 'bench-cache');

/** Twelve hex digits of a SHA-256 over the parts. */
export function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(`${part.length}:`).update(part);
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Creates (or finds) build/bench-cache/<name>-<key>/ and removes every <name>-<other key>/.
 * @returns the folder, and the folders removed, relative to the repository
 */
export async function cacheFolder(name: string, key: string, root = CACHE_ROOT): Promise<{ path: string; removed: string[] }> {
  await mkdir(root, { recursive: true });
  const removed: string[] = [];
  for (const entry of await readdir(root)) {
    const rest = entry.startsWith(`${name}-`) ? entry.slice(name.length + 1) : null;
    if (rest !== null && rest !== key && /^[0-9a-f]+$/.test(rest)) {
      await rm(join(root, entry), { recursive: true, force: true });
      removed.push(relative(REPO_ROOT, join(root, entry)));
    }
  }
  const path = join(root, `${name}-${key}`);
  await mkdir(path, { recursive: true });
  return { path, removed };
}

type Marker<T> = { stamp: string; builtAt: string; buildMs: number; info: T };

export type Artefact<T> = {
  /** True when this run built it; false when an earlier run's build was reused. */
  built: boolean;
  /** How long building took, in this run or the one that built it. */
  buildMs: number;
  builtAt: string;
  info: T;
};

export type ArtefactSpec<T> = {
  /** The marker file: written last, holds what `build` returned. */
  marker: string;
  /** What else the artefact depends on beyond its folder's key ('' for nothing): a change rebuilds it. */
  stamp: string;
  /** Whether the built output is still there (someone may have deleted it by hand). */
  present(): boolean;
  /** Removes any half-made output before a build. */
  clear(): Promise<void>;
  build(): Promise<T>;
};

/** Reuses the artefact when its marker exists, its stamp matches and its output is present; else builds it. */
export async function cachedArtefact<T>(spec: ArtefactSpec<T>): Promise<Artefact<T>> {
  if (existsSync(spec.marker)) {
    const saved = JSON.parse(await readFile(spec.marker, 'utf8')) as Marker<T>;
    if (saved.stamp === spec.stamp && spec.present()) {
      return { built: false, buildMs: saved.buildMs, builtAt: saved.builtAt, info: saved.info };
    }
    await rm(spec.marker);
  }
  await spec.clear();
  const { ms, value } = await timed(() => spec.build());
  const saved: Marker<T> = { stamp: spec.stamp, builtAt: new Date().toISOString(), buildMs: ms, info: value };
  await writeFile(spec.marker, `${JSON.stringify(saved, null, 2)}\n`);
  return { built: true, buildMs: ms, builtAt: saved.builtAt, info: value };
}
