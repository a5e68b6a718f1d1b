/**
 * A fresh case in a temporary folder behind the app's real backend: createHost and the
 * in-memory transport, the same path the desktop app and the CLI take, minus the window.
 */
import { join } from 'node:path';
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
  /** Closes the backend and deletes the case folder. */
  close(): Promise<void>;
};

export async function openBenchCase(name: string): Promise<BenchCase> {
  const work = await makeTempFolder('foia-bench-case-');
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
  const close = async (): Promise<void> => {
    try {
      await host.close();
    } finally {
      await work.remove();
    }
  };
  try {
    const client = createClient(inMemoryChannel(host));
    const created = await client.call('case.create', { path: join(work.path, 'case'), name });
    return { client, requestId: created.requests[0]?.id ?? '', close };
  } catch (error) {
    await close();
    throw error;
  }
}
