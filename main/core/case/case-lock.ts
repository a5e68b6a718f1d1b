/**
 * One writer per case. case.json is rewritten whole on every change, so two programs with the
 * same case open (the app and a CLI run) would silently undo each other's decisions. The lock
 * file names its holder; a lock left by a process that no longer runs on this machine is taken
 * over, because a crash must not lock an officer out of their case.
 */
import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors.js';

export const LOCK_FILE = 'case.lock';

type LockInfo = { pid: number; host: string; since: string };

const ABANDONED_AFTER_MS = 10_000;

async function lockAgeMs(path: string, clock: () => Date): Promise<number> {
  try {
    return clock().getTime() - (await stat(path)).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type CaseLock = { release(): Promise<void> };

export async function acquireCaseLock(caseFolder: string, clock: () => Date): Promise<CaseLock> {
  const path = join(caseFolder, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: hostname(), since: clock().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(path, JSON.stringify(mine), { flag: 'wx' });
      return {
        release: async () => {
          await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppError('case-invalid', `Cannot lock the case in ${caseFolder}: ${(error as Error).message}`, { path: caseFolder });
      }
    }
    let holder: LockInfo | null = null;
    try {
      holder = JSON.parse(await readFile(path, 'utf8')) as LockInfo;
    } catch {
      holder = null;
    }
    // An unreadable lock may be one another program is writing this instant: it is live
    // unless it has been unreadable for long enough to be the remains of a crash.
    const unreadableAndOld = holder === null && (await lockAgeMs(path, clock)) > ABANDONED_AFTER_MS;
    if (holder === null && !unreadableAndOld) {
      throw new AppError('busy', `The case in ${caseFolder} is being opened by another program; try again`, { path: caseFolder });
    }
    const stale = unreadableAndOld || (holder !== null && holder.host === mine.host && !isRunning(holder.pid));
    if (!stale && holder !== null) {
      const who = holder.pid === process.pid ? 'this program' : `another FOIA Workbench (process ${holder.pid} on ${holder.host}, since ${holder.since})`;
      throw new AppError('busy', `The case in ${caseFolder} is open in ${who}. Close it there first.`, { path: caseFolder });
    }
    await unlink(path).catch(() => undefined);
  }
  throw new AppError('busy', `Could not lock the case in ${caseFolder}`, { path: caseFolder });
}
