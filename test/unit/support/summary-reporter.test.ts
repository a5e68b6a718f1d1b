/**
 * The closing line CI reads, on a real Vitest run of two fixture files, one of which kills its
 * own worker process the way a native crash would: the run must not look green.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/corpus.js';

describe('summary reporter', () => {
  it('counts the tests of a file whose worker died as failed, and names the file', () => {
    const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', join('test', 'fixtures', 'vitest-crash', 'vitest.config.ts')], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    const lines = run.stdout.trim().split('\n');
    expect(run.status).not.toBe(0);
    // The unrun test, and the unhandled "Worker exited unexpectedly".
    expect(lines.at(-1)).toBe('1 passed, 2 failed');
    expect(lines).toContain(`Did not finish (its worker process ended, or the run was stopped): ${join(REPO_ROOT, 'test', 'fixtures', 'vitest-crash', 'crashes.fixture.ts')}`);
  }, 60_000);
});
