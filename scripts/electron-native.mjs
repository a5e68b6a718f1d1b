/**
 * `npm start` on a developer machine: builds better-sqlite3 for Electron's ABI into
 * build/native/electron/better_sqlite3.node, which main/electron/electron-paths.ts hands to the
 * backend as `nativeBinding`.
 *
 * Why a separate build: node_modules/better-sqlite3 is built for Node, and the CLI, browser mode
 * and the tests need it that way. Rebuilding it in place for Electron (what electron-rebuild does)
 * would break all of those, so this script compiles a copy of the package in a temporary folder
 * and keeps only the resulting .node file. A stamp records the Electron and better-sqlite3
 * versions, platform and arch, so later starts skip the compile. Packaged apps do not use this:
 * electron-builder rebuilds the packaged copy itself (`npmRebuild: true`).
 *
 * Usage: node scripts/electron-native.mjs [--force]
 * Exit codes: 0 ready (built or up to date), 1 Electron binary missing or the build failed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });

const electronDir = join(root, 'node_modules', 'electron');
const sqliteDir = join(root, 'node_modules', 'better-sqlite3');
const outDir = join(root, 'build', 'native', 'electron');
const outFile = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');

function fail(message) {
  process.stderr.write(`electron-native: ${message}\n`);
  process.exit(1);
}

function readVersion(packageDir) {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
}

if (!existsSync(join(electronDir, 'package.json'))) {
  fail('the electron package is not installed. Run `npm install` first.');
}
if (!existsSync(join(electronDir, 'dist')) || !existsSync(join(electronDir, 'path.txt'))) {
  fail(
    [
      "Electron's binary is not installed (node_modules/electron/dist is missing), so the desktop app cannot start.",
      '',
      'This happens when `npm install` ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (headless or CI',
      'machines, or machines without access to github.com): the npm package and its TypeScript types',
      'are installed, but the Electron executable is not downloaded.',
      '',
      'To fix it on a machine with network access:',
      '  unset ELECTRON_SKIP_BINARY_DOWNLOAD   (PowerShell: Remove-Item Env:ELECTRON_SKIP_BINARY_DOWNLOAD)',
      '  node node_modules/electron/install.js',
      'then run `npm start` again.',
      '',
      'Without Electron you can still use the app in browser mode: `npm run web`.',
    ].join('\n'),
  );
}
if (!existsSync(join(sqliteDir, 'package.json'))) {
  fail('better-sqlite3 is not installed. Run `npm install` first.');
}

const stamp = {
  electron: readVersion(electronDir),
  betterSqlite3: readVersion(sqliteDir),
  platform: process.platform,
  arch: process.arch,
};

const upToDate = (() => {
  if (values.force || !existsSync(outFile) || !existsSync(stampFile)) {
    return false;
  }
  try {
    const previous = JSON.parse(readFileSync(stampFile, 'utf8'));
    return Object.entries(stamp).every(([key, value]) => previous[key] === value);
  } catch {
    return false;
  }
})();
if (upToDate) {
  process.stdout.write(`electron-native: better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} is up to date.\n`);
  process.exit(0);
}

/** node-gyp's CLI as [command, ...args]: the local copy run by this Node, else `npm exec`. */
function nodeGypCommand() {
  try {
    const script = createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
    return [process.execPath, script];
  } catch {
    return [process.platform === 'win32' ? 'npm.cmd' : 'npm', 'exec', '--yes', '--', 'node-gyp'];
  }
}

/**
 * The environment for node-gyp. Under `npm start`, npm exports its config as npm_config_*; a
 * `nodedir` there (set on machines that build offline against Node's headers) or a stray
 * target/runtime would make node-gyp compile for Node while we ask for Electron.
 */
function nodeGypEnv() {
  const overridden = /^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url)$/i;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !overridden.test(key)));
}

/** Compiles a copy of the package in `workDir` and returns the path of the built binary. */
function buildCopy(workDir) {
  const copy = join(workDir, 'better-sqlite3');
  // The package's own build/ holds the Node binary and intermediate files; compile from sources.
  cpSync(sqliteDir, copy, {
    recursive: true,
    filter: (source) => {
      const inside = relative(sqliteDir, source).split(/[\\/]/);
      return inside[0] !== 'build' && inside[0] !== 'node_modules';
    },
  });
  const [command, ...prefix] = nodeGypCommand();
  const result = spawnSync(
    command,
    [
      ...prefix,
      'rebuild',
      '--release',
      `--target=${stamp.electron}`,
      `--arch=${stamp.arch}`,
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
    ],
    // npm.cmd is a batch file, which Node only spawns through a shell on Windows.
    { cwd: copy, stdio: 'inherit', env: nodeGypEnv(), shell: process.platform === 'win32' && command === 'npm.cmd' },
  );
  if (result.error) {
    throw new Error(`could not run node-gyp: ${result.error.message}`);
  }
  if (result.status !== 0) {
    throw new Error(
      `node-gyp exited with ${result.status ?? result.signal}. It needs Python 3 and a C++ toolchain ` +
        '(build-essential on Linux, Xcode command-line tools on macOS, Visual Studio Build Tools on Windows) ' +
        "and network access to electronjs.org for Electron's headers.",
    );
  }
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) {
    throw new Error(`node-gyp succeeded but ${built} is missing.`);
  }
  return built;
}

process.stdout.write(
  `electron-native: building better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} (${stamp.platform}-${stamp.arch})…\n`,
);
const workDir = mkdtempSync(join(tmpdir(), 'foia-electron-native-'));
try {
  const built = buildCopy(workDir);
  mkdirSync(outDir, { recursive: true });
  // Drop the old stamp before replacing the binary, so an interrupted copy is never taken for a
  // finished build on the next start.
  rmSync(stampFile, { force: true });
  copyFileSync(built, outFile);
  writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  process.stdout.write(`electron-native: wrote ${relative(root, outFile)}\n`);
} catch (error) {
  process.exitCode = 1;
  process.stderr.write(`electron-native: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
