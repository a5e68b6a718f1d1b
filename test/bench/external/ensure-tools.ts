/**
 * Makes sure Debian's recoll and notmuch are there before the comparison: installs them with
 * apt-get when running as root, and otherwise says how to install them so the suite can skip
 * those two with a clear line instead of failing.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { say } from '../bench-kit.js';

/** recollcmd is recoll's command-line half (recollindex, recollq) without the Qt GUI. */
export const INSTALL_COMMAND = 'apt-get install -y recollcmd notmuch';
const NEEDED = ['recollindex', 'recollq', 'notmuch'] as const;

export type ToolsReady = { recoll: boolean; notmuch: boolean };

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function check(): ToolsReady {
  return { recoll: onPath('recollindex') && onPath('recollq'), notmuch: onPath('notmuch') };
}

function aptGet(args: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
}

export function ensureExternalTools(): ToolsReady {
  const before = check();
  if (before.recoll && before.notmuch) {
    return before;
  }
  const missing = NEEDED.filter((command) => !onPath(command)).join(', ');
  if (process.getuid?.() !== 0 || !onPath('apt-get')) {
    say(`skip    recoll/notmuch comparison: ${missing} not found; install with: sudo ${INSTALL_COMMAND}`);
    return before;
  }
  say(`setup   ${missing} not found: running ${INSTALL_COMMAND}`);
  // A fresh machine may have no package lists yet: update once, only if the first try fails.
  if (!aptGet(['install', '-y', '-qq', 'recollcmd', 'notmuch'])) {
    aptGet(['update', '-qq']);
    aptGet(['install', '-y', '-qq', 'recollcmd', 'notmuch']);
  }
  const after = check();
  if (!after.recoll || !after.notmuch) {
    say(`skip    ${after.recoll ? '' : 'recoll '}${after.notmuch ? '' : 'notmuch '}comparison: "${INSTALL_COMMAND}" did not install it`);
  }
  return after;
}
