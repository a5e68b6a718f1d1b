/**
 * The CLI drives the same backend the app does, through the same contract and client: it builds
 * an in-process host and talks to it over the in-memory channel.
 */
import { join } from 'node:path';
import type { Client } from '../../shared/ipc/client.js';
import { createClient } from '../../shared/ipc/client.js';
import { appRootFrom, appVersion, currentActor, ingestWorkerPathIn } from '../host/app-paths.js';
import { createHost } from '../host/create-host.js';
import type { Host } from '../host/create-host.js';
import { noDialogs } from '../host/dialog-port.js';
import { inMemoryChannel } from '../host/in-memory-transport.js';

export type CliSession = { client: Client; host: Host; close(): Promise<void> };

export type CliEnvironment = {
  /** Root holding resources/ and package.json; defaults to the compiled layout's root. */
  appRoot?: string;
  actor?: string;
  clock?: () => Date;
};

export function openCliSession(env: CliEnvironment = {}): CliSession {
  const root = env.appRoot ?? appRootFrom(import.meta.url, 3);
  const host = createHost({
    mode: 'cli',
    version: appVersion(root),
    actor: env.actor ?? currentActor(),
    dialogs: noDialogs,
    resourcesDir: join(root, 'resources'),
    ingestWorkerPath: ingestWorkerPathIn(root),
    sampleCaseDir: null,
    clock: env.clock,
  });
  return { client: createClient(inMemoryChannel(host)), host, close: () => host.close() };
}
