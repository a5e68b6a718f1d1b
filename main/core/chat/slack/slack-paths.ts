/**
 * Which entries of a Slack workspace export zip are what. The zip holds workspace files at its
 * root (`users.json`, `channels.json`, …) and one folder per conversation with one file per day
 * (`general/2016-05-03.json`). Re-zipped exports put all of it under one more folder, so only
 * the last one or two path segments decide.
 */

/** The workspace-level files, by the name Slack gives them. */
export type SlackDirectoryFileKind = 'users' | 'org_users' | 'channels' | 'groups' | 'dms' | 'mpims' | 'integration_logs';

const DIRECTORY_FILES: ReadonlyMap<string, SlackDirectoryFileKind> = new Map([
  ['users.json', 'users'],
  // Enterprise Grid exports name the member list org_users.json.
  ['org_users.json', 'org_users'],
  ['channels.json', 'channels'],
  ['groups.json', 'groups'],
  ['dms.json', 'dms'],
  ['mpims.json', 'mpims'],
  ['integration_logs.json', 'integration_logs'],
]);

const DAY_FILE = /^(\d{4})-(\d{2})-(\d{2})\.json$/;

function segments(path: string): string[] {
  return path.split(/[\\/]/).filter((part) => part !== '');
}

/** macOS zips carry `__MACOSX/…` and `._name` resource forks that look like data files. */
function isResourceFork(parts: string[]): boolean {
  return parts.some((part) => part === '__MACOSX' || part.startsWith('._'));
}

/** The conversation folder and day of a day file (`general/2016-05-03.json`), or null. */
export function slackDayPathParts(path: string): { folder: string; day: string } | null {
  const parts = segments(path);
  if (parts.length < 2 || isResourceFork(parts)) {
    return null;
  }
  const file = parts[parts.length - 1] ?? '';
  const match = DAY_FILE.exec(file);
  if (!match) {
    return null;
  }
  return { folder: parts[parts.length - 2] ?? '', day: `${match[1]}-${match[2]}-${match[3]}` };
}

/** True for a per-conversation day file such as `general/2016-05-03.json`. */
export function isSlackDayPath(path: string): boolean {
  return slackDayPathParts(path) !== null;
}

/** Which workspace file the path is (`users.json` → 'users'), or null for anything else. */
export function slackDirectoryFileKind(path: string): SlackDirectoryFileKind | null {
  const parts = segments(path);
  if (parts.length === 0 || isResourceFork(parts)) {
    return null;
  }
  return DIRECTORY_FILES.get((parts[parts.length - 1] ?? '').toLowerCase()) ?? null;
}

/**
 * True when a zip's entry names look like a Slack workspace export: a member list, at least
 * one conversation list, and at least one day file. Names only, so it can run before any entry
 * is read.
 */
export function looksLikeSlackExport(paths: readonly string[]): boolean {
  const kinds = new Set(paths.map(slackDirectoryFileKind));
  const hasMembers = kinds.has('users') || kinds.has('org_users');
  const hasConversations = kinds.has('channels') || kinds.has('groups') || kinds.has('dms') || kinds.has('mpims');
  return hasMembers && hasConversations && paths.some(isSlackDayPath);
}
