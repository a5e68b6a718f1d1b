import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_NATIVE_BINDING, electronPaths } from '../../../../main/electron/electron-paths.js';

const REPO = join('/home', 'dev', 'foia-workbench');
const ASAR = join('/opt', 'FOIA Workbench', 'resources', 'app.asar');
const RESOURCES = join('/opt', 'FOIA Workbench', 'resources');

describe('electronPaths', () => {
  it('uses the repository layout in development, with the Electron build of better-sqlite3 when present', () => {
    const paths = electronPaths({ appRoot: REPO, isPackaged: false, resourcesPath: '/ignored', exists: () => true });
    expect(paths).toEqual({
      rendererDir: join(REPO, 'build', 'renderer'),
      preloadPath: join(REPO, 'build', 'main', 'electron', 'preload.cjs'),
      resourcesDir: join(REPO, 'resources'),
      ingestWorkerPath: join(REPO, 'build', 'workers', 'ingest-worker.mjs'),
      nativeBinding: join(REPO, DEV_NATIVE_BINDING),
    });
  });

  it('falls back to the package build when scripts/electron-native.mjs has not run', () => {
    const checked: string[] = [];
    const paths = electronPaths({
      appRoot: REPO,
      isPackaged: false,
      resourcesPath: '/ignored',
      exists: (path) => {
        checked.push(path);
        return false;
      },
    });
    expect(checked).toEqual([join(REPO, 'build', 'native', 'electron', 'better_sqlite3.node')]);
    expect(paths.nativeBinding).toBeUndefined();
  });

  it('reads resources from extraResources and never the dev binding when packaged', () => {
    const paths = electronPaths({ appRoot: ASAR, isPackaged: true, resourcesPath: RESOURCES, exists: () => true });
    expect(paths).toEqual({
      rendererDir: join(ASAR, 'build', 'renderer'),
      preloadPath: join(ASAR, 'build', 'main', 'electron', 'preload.cjs'),
      resourcesDir: join(RESOURCES, 'resources'),
      // Worker threads cannot load from inside the asar: electron-builder unpacks build/workers.
      ingestWorkerPath: join(RESOURCES, 'app.asar.unpacked', 'build', 'workers', 'ingest-worker.mjs'),
      nativeBinding: undefined,
    });
  });
});
