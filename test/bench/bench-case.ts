/**
 * A case behind the app's real backend: createHost and the in-memory transport, the same path
 * the desktop app and the CLI take, minus the window. Either a fresh case in a temporary folder
 * (openBenchCase) or one kept in a folder of the bench's cache across runs (openKeptCase).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_FILE } from '../../main/core/case/case-session.js';
import { createClient } from '../../shared/ipc/client.js';
import type { Client } from '../../shared/ipc/client.js';
import { ingestWorkerPathIn } from '../../main/host/app-paths.js';
import { createHost } from '../../main/host/create-host.js';
import { noDialogs } from '../../main/host/dialog-port.js';
import { inMemoryChannel } from '../../main/host/in-memory-transport.js';
import { REPO_ROOT } from './bench-paths.js';
import { makeTempFolder } from './temp-folders.js';

export type BenchCase = {
  client: Client;
  /** The request every new case starts with: what tag and packet code against. */
  requestId: string;
  /** Closes the backend; a temporary case's folder is deleted too. */
  close(): Promise<void>;
};

function startHost(): { client: Client; close(): Promise<void> } {
  const host = createHost({
    mode: 'test',
    version: 'bench',
    actor: 'bench',
    dialogs: noDialogs,
    resourcesDir: join(REPO_ROOT, 'resources'),
    // The worker bundle `npm run build` writes; ingest parses in worker threads of this process.
    ingestWorkerPath: ingestWorkerPathIn(REPO_ROOT),
    sampleCaseDir: null,
  });
  return { client: createClient(inMemoryChannel(host)), close: () => host.close() };
}

export async function openBenchCase(name: string): Promise<BenchCase> {
  const work = await makeTempFolder('foia-bench-case-');
  const host = startHost();
  const close = async (): Promise<void> => {
    try {
      await host.close();
    } finally {
      await work.remove();
    }
  };
  try {
    const created = await host.client.call('case.create', { path: join(work.path, 'case'), name });
    return { client: host.client, requestId: created.requests[0]?.id ?? '', close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The case in `path` through `case.open`, or a new one created there when the folder holds none
 * (it must then be empty or absent). Closing keeps the folder: the caller owns it.
 */
export async function openKeptCase(path: string, name: string): Promise<BenchCase & { created: boolean }> {
  const host = startHost();
  try {
    const created = !existsSync(join(path, CASE_FILE));
    const summary = created ? await host.client.call('case.create', { path, name }) : await host.client.call('case.open', { path });
    return { client: host.client, requestId: summary.requests[0]?.id ?? '', created, close: host.close };
  } catch (error) {
    await host.close();
    throw error;
  }
}
