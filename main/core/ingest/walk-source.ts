/**
 * Lists the files of a source (a folder, or a single file) in a stable order. Symbolic links
 * are not followed: a collection must not reach outside the folder the officer chose.
 */
import { lstat, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { AppError } from '../../../shared/errors.js';

export type SourceEntry = {
  absolutePath: string;
  relativePath: string;
  size: number;
  /** Modification time in whole milliseconds: with the size, what tells a changed file. */
  mtimeMs: number;
};

export type WalkResult = {
  files: SourceEntry[];
  /** Entries not read, with the reason (links, special files, unreadable folders). */
  skipped: Array<{ relativePath: string; reason: string }>;
};

export async function walkSource(root: string, signal?: AbortSignal): Promise<WalkResult> {
  let rootStat;
  try {
    rootStat = await lstat(root);
  } catch (error) {
    throw new AppError('not-found', `Cannot open source ${root}: ${(error as Error).message}`, { path: root });
  }
  if (rootStat.isFile()) {
    return { files: [{ absolutePath: root, relativePath: basename(root), size: rootStat.size, mtimeMs: Math.trunc(rootStat.mtimeMs) }], skipped: [] };
  }
  if (!rootStat.isDirectory()) {
    throw new AppError('source-unreadable', `${root} is neither a folder nor a file`, { path: root });
  }
  const result: WalkResult = { files: [], skipped: [] };
  const toPosix = (path: string) => relative(root, path).split(sep).join('/');
  async function visit(folder: string): Promise<void> {
    if (signal?.aborted) {
      throw new AppError('cancelled', 'Ingest cancelled');
    }
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      result.skipped.push({ relativePath: toPosix(folder) || '.', reason: `folder unreadable: ${(error as Error).message}` });
      return;
    }
    // Byte order, not locale order: the same folder lists the same way on every machine.
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const path = join(folder, name);
      let stat;
      try {
        stat = await lstat(path);
      } catch (error) {
        result.skipped.push({ relativePath: toPosix(path), reason: `unreadable: ${(error as Error).message}` });
        continue;
      }
      if (stat.isSymbolicLink()) {
        result.skipped.push({ relativePath: toPosix(path), reason: 'symbolic link not followed' });
      } else if (stat.isDirectory()) {
        await visit(path);
      } else if (stat.isFile()) {
        result.files.push({ absolutePath: path, relativePath: toPosix(path), size: stat.size, mtimeMs: Math.trunc(stat.mtimeMs) });
      } else {
        result.skipped.push({ relativePath: toPosix(path), reason: 'not a regular file' });
      }
    }
  }
  await visit(root);
  return result;
}
