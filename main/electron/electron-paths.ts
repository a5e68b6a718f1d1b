/**
 * Where the desktop app finds its parts, in development (`electron .` from the repository) and
 * when packaged by electron-builder. Pure so that both layouts are tested without Electron.
 */
import { join } from 'node:path';

/** What `main.ts` reads from Electron and the file system to locate everything else. */
export type ElectronPathInputs = {
  /** `app.getAppPath()`: the repository root in development, `…/resources/app.asar` when packaged. */
  appRoot: string;
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `process.resourcesPath`: the folder electron-builder's `extraResources` are copied into. */
  resourcesPath: string;
  /** File-existence check, injected so tests need no files. */
  exists: (path: string) => boolean;
};

export type ElectronPaths = {
  /** The Vite build of the renderer, served over `app://`. */
  rendererDir: string;
  /** The bundled CommonJS preload (see scripts/build-preload.mjs). */
  preloadPath: string;
  /** Bundled read-only resources (fonts, exemption catalogues, the sample case). */
  resourcesDir: string;
  /** The bundled ingest worker, outside the asar archive when packaged (worker threads load plain files). */
  ingestWorkerPath: string;
  /** better-sqlite3 built for Electron's ABI, or undefined to load the package's own build. */
  nativeBinding: string | undefined;
};

/** Where `scripts/electron-native.mjs` puts better-sqlite3 built for Electron, relative to the app root. */
export const DEV_NATIVE_BINDING = join('build', 'native', 'electron', 'better_sqlite3.node');

/** Resolves the app's folders for the current layout. */
export function electronPaths(inputs: ElectronPathInputs): ElectronPaths {
  const { appRoot, isPackaged, resourcesPath, exists } = inputs;
  // In development node_modules holds better-sqlite3 built for Node (the CLI and the tests need
  // it), so Electron loads a separate build; electron-builder rebuilds the packaged copy itself.
  const devBinding = join(appRoot, DEV_NATIVE_BINDING);
  return {
    rendererDir: join(appRoot, 'build', 'renderer'),
    preloadPath: join(appRoot, 'build', 'main', 'electron', 'preload.cjs'),
    // Packaged: electron-builder copies <repo>/resources to <resourcesPath>/resources, outside
    // the asar archive, so large files can be read with ordinary file APIs.
    resourcesDir: isPackaged ? join(resourcesPath, 'resources') : join(appRoot, 'resources'),
    ingestWorkerPath: isPackaged
      ? join(resourcesPath, 'app.asar.unpacked', 'build', 'workers', 'ingest-worker.mjs')
      : join(appRoot, 'build', 'workers', 'ingest-worker.mjs'),
    nativeBinding: !isPackaged && exists(devBinding) ? devBinding : undefined,
  };
}
