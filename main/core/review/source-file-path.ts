/**
 * The file a record location names, on disk: the source's folder joined with the location's
 * path, or the source itself when the officer added one file. The path comes from the index,
 * which is derived data; it is still checked to stay inside the source folder, and a link found
 * where ingest read a file is refused, as ingest never follows links (walk-source.ts).
 */
import { lstat } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { AppError } from '../../../shared/errors.js';

/** The absolute path of `relativePath` in the source at `sourcePath`, or an AppError saying why not. */
export async function sourceFilePath(sourcePath: string, relativePath: string): Promise<string> {
  let root;
  try {
    root = await lstat(sourcePath);
  } catch (error) {
    throw new AppError('source-unreadable', `The source ${sourcePath} is missing: ${error instanceof Error ? error.message : String(error)}`, { path: sourcePath });
  }
  let path: string;
  if (root.isFile()) {
    if (relativePath !== basename(sourcePath)) {
      throw new AppError('source-unreadable', `The source ${sourcePath} is one file, not ${relativePath}`, { path: sourcePath });
    }
    path = resolve(sourcePath);
  } else {
    path = resolve(sourcePath, ...relativePath.split('/'));
    const inside = relative(resolve(sourcePath), path);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new AppError('source-unreadable', `${relativePath} is not a path inside the source ${sourcePath}`, { path: sourcePath });
    }
  }
  let file;
  try {
    file = await lstat(path);
  } catch {
    throw new AppError('source-unreadable', `The source file ${path} is missing: it was moved or deleted after it was indexed`, { path });
  }
  if (!file.isFile()) {
    throw new AppError('source-unreadable', `${path} is no longer a plain file (a link or a folder is there now)`, { path });
  }
  return path;
}
