#!/usr/bin/env node
// Builds everything the app, browser mode, the CLI and the tests run from:
//   1. tsc -b: type-checks every layer (project references) and emits main/, shared/, test/ to build/
//   2. the Electron preload, bundled (sandboxed preloads cannot require relative files)
//   3. the ingest worker thread, bundled into build/workers/ (a worker loads one plain file)
//   4. the renderer, with Vite, into build/renderer/
import { spawnSync } from 'node:child_process';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`build: "${command} ${args.join(' ')}" failed\n`);
    process.exit(result.status ?? 1);
  }
}

run(process.execPath, ['node_modules/typescript/bin/tsc', '-b']);
run(process.execPath, ['scripts/build-preload.mjs']);
run(process.execPath, ['scripts/build-worker.mjs']);
run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
