/**
 * Where the app finds its bundled resources and keeps its own data, outside Electron (browser
 * mode, CLI). Electron passes `app.getPath('userData')` instead.
 */
import { readFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or unpacked app) root, from a compiled file at build/main/<layer>/x.js. */
export function appRootFrom(moduleUrl: string, depth: number): string {
  return fileURLToPath(new URL(`${'../'.repeat(depth)}`, moduleUrl));
}

/** The bundled ingest worker under an app root (scripts/build-worker.mjs writes it). */
export function ingestWorkerPathIn(root: string): string {
  return join(root, 'build', 'workers', 'ingest-worker.mjs');
}

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env['FOIA_WORKBENCH_DATA']) {
    return env['FOIA_WORKBENCH_DATA'];
  }
  if (platform === 'win32') {
    return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'FOIA Workbench');
  }
  if (platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', 'FOIA Workbench');
  }
  return join(env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'foia-workbench');
}

export function appVersion(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

/** The audit log's actor: the OS account, which is what a chain of custody can vouch for. */
export function currentActor(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
