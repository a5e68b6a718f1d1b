#!/usr/bin/env node
// `npm test`: build (which type-checks every layer), lint, then every test suite — unit,
// adapters, contract, CLI and end-to-end — in one Vitest run whose last line is
// "N passed, N failed".
import { spawnSync } from 'node:child_process';

function run(label, command, args) {
  process.stdout.write(`\n== ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stdout.write(`\n${label} failed\n0 passed, 1 failed\n`);
    process.exit(result.status ?? 1);
  }
}

run('build and type-check', process.execPath, ['scripts/build.mjs']);
run('lint', process.execPath, ['node_modules/eslint/bin/eslint.js', '--max-warnings=0', '.']);
const tests = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(tests.status ?? 1);
