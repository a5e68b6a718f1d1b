/**
 * Temporary folders that are removed whatever happens: by the suite when it ends, and by these
 * handlers when the run is interrupted (Ctrl-C) or dies on an uncaught error, so a 2 GB
 * generated mailbox or an index never outlives the bench.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type TempFolder = { path: string; remove(): Promise<void> };

const live = new Set<string>();
let handlersInstalled = false;

function removeAllNow(): void {
  for (const path of live) {
    rmSync(path, { recursive: true, force: true });
  }
  live.clear();
}

function installHandlers(): void {
  handlersInstalled = true;
  process.on('exit', removeAllNow);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      removeAllNow();
      process.exit(code);
    });
  }
}

export async function makeTempFolder(prefix: string): Promise<TempFolder> {
  if (!handlersInstalled) {
    installHandlers();
  }
  const path = await mkdtemp(join(tmpdir(), prefix));
  live.add(path);
  return {
    path,
    remove: async () => {
      await rm(path, { recursive: true, force: true });
      live.delete(path);
    },
  };
}
