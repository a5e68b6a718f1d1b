/**
 * The last segment of a forward-slash path: how zip entries and a source's relative paths name
 * their files. Only '/' separates, on purpose: zip entry paths are normalised to forward slashes
 * when they are checked (archive/entry-name.ts), and a backslash left in a name is part of it.
 */

/** `a/b/c.txt` → `c.txt`; a path without a slash is returned whole; a trailing slash gives ''. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
