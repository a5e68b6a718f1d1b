/**
 * A real backend for tests: the same host the apps build, with scripted dialogs and a temp
 * folder for the sample case. Transports are chosen by the caller.
 */
import { join } from 'node:path';
import { createClient } from '../../shared/ipc/client.js';
import type { Client } from '../../shared/ipc/client.js';
import { ingestWorkerPathIn } from '../../main/host/app-paths.js';
import { createHost } from '../../main/host/create-host.js';
import type { Host } from '../../main/host/create-host.js';
import { scriptedDialogs } from '../../main/host/dialog-port.js';
import { inMemoryChannel } from '../../main/host/in-memory-transport.js';
import { startWebServer } from '../../main/host/web-server.js';
import type { WebServer } from '../../main/host/web-server.js';
import { connectWebSocketChannel } from '../../main/host/websocket-channel.js';
import { REPO_ROOT } from './corpus.js';

/** Tests run the TypeScript sources, but a worker thread needs the bundle `npm run build` wrote. */
export const TEST_WORKER_PATH = ingestWorkerPathIn(REPO_ROOT);

export type TestHostOptions = { dataDir: string; dialogAnswers?: Array<string | null>; staticDir?: string | null };

export function makeTestHost(options: TestHostOptions): Host {
  return createHost({
    mode: 'test',
    version: '0.0.0-test',
    actor: 'test-officer',
    dialogs: scriptedDialogs(options.dialogAnswers ?? []),
    resourcesDir: join(REPO_ROOT, 'resources'),
    ingestWorkerPath: TEST_WORKER_PATH,
    sampleCaseDir: join(options.dataDir, 'sample-case'),
    logger: { error: () => undefined },
  });
}

export type Connected = { client: Client; close(): Promise<void> };

export function connectInMemory(host: Host): Connected {
  return { client: createClient(inMemoryChannel(host)), close: async () => undefined };
}

export async function connectOverWebSocket(host: Host, staticDir: string | null = null): Promise<Connected & { server: WebServer }> {
  const server = await startWebServer({ host, staticDir });
  const channel = await connectWebSocketChannel(server.origin, server.token);
  return {
    client: createClient(channel),
    server,
    close: async () => {
      channel.close();
      await server.close();
    },
  };
}
