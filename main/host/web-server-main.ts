/**
 * `npm run web`: browser mode. Serves the built renderer and the backend on 127.0.0.1 and
 * prints the address (with its per-launch token) to open in a browser on this machine.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { appRootFrom, appVersion, currentActor, ingestWorkerPathIn, userDataDir } from './app-paths.js';
import { createHost } from './create-host.js';
import { noDialogs } from './dialog-port.js';
import { startWebServer } from './web-server.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });
const root = appRootFrom(import.meta.url, 3);
const host = createHost({
  mode: 'browser',
  version: appVersion(root),
  actor: currentActor(),
  dialogs: noDialogs,
  resourcesDir: join(root, 'resources'),
  ingestWorkerPath: ingestWorkerPathIn(root),
  sampleCaseDir: join(userDataDir(), 'sample-case'),
});
const server = await startWebServer({ host, staticDir: join(root, 'build', 'renderer'), port: Number(values.port) });
process.stdout.write(`FOIA Workbench (browser mode) is serving on ${server.origin}\nOpen: ${server.url}\nPress Ctrl+C to stop.\n`);

const stop = async () => {
  await server.close();
  await host.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
