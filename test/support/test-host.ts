/**
 * A real backend for tests: the same host the apps build, with scripted dialogs and a temp
 * folder for the sample case. Transports are chosen by the caller.
 */
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
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
import { REPO_ROOT, tempFolder } from './corpus.js';

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

/** A test host running for the tests of one describe block, with its client and temp data folder. */
export type SuiteHost = { readonly host: Host; readonly client: Client; readonly dataDir: string };

/**
 * Starts a test host on a fresh temp folder, connected by `connect`, before the tests of the
 * describe block it is called in (and before the hooks registered after it), and closes the
 * connection, the host and the folder after them. Read its fields inside hooks and tests.
 */
export function useTestHost(connect: (host: Host) => Connected | Promise<Connected>, options: Omit<TestHostOptions, 'dataDir'> = {}): SuiteHost {
  let running: { data: { path: string; cleanup(): Promise<void> }; host: Host; connection: Connected } | null = null;
  const started = (): NonNullable<typeof running> => {
    if (running === null) {
      throw new Error('The test host is used before its beforeAll ran, or after its afterAll');
    }
    return running;
  };
  beforeAll(async () => {
    const data = await tempFolder();
    const host = makeTestHost({ ...options, dataDir: data.path });
    try {
      running = { data, host, connection: await connect(host) };
    } catch (error) {
      await host.close();
      await data.cleanup();
      throw error;
    }
  });
  afterAll(async () => {
    // Nothing to close when the set-up failed: its own error is the one to see.
    if (running === null) {
      return;
    }
    const { data, host, connection } = running;
    running = null;
    try {
      await connection.close();
    } finally {
      try {
        await host.close();
      } finally {
        await data.cleanup();
      }
    }
  });
  return {
    get host() {
      return started().host;
    },
    get client() {
      return started().connection.client;
    },
    get dataDir() {
      return started().data.path;
    },
  };
}
