/**
 * Prints the closing line CI reads: `N passed, N failed` (with `, N skipped` when any were).
 *
 * A test file whose worker process died (a native crash, the process killed) leaves its tests
 * unrun; Vitest then reports them neither passed nor failed, and the run fails on an unhandled
 * "Worker exited unexpectedly". Those tests count as failed here, and the file is named, so the
 * closing line never looks green when the run was not, and the file to look at is known. Each
 * unhandled error counts as one more failure (a crash thus counts its unrun tests and itself).
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/** What the closing line counts, and the files whose tests never reported. */
export type RunSummary = { passed: number; failed: number; skipped: number; unfinishedFiles: string[] };

/** Counts a run's tests; pure over Vitest's reported modules so that it is tested directly. */
export function summariseRun(testModules: ReadonlyArray<TestModule>, unhandledErrors: number): RunSummary {
  let passed = 0;
  let failed = unhandledErrors;
  let skipped = 0;
  const unfinishedFiles: string[] = [];
  for (const module of testModules) {
    const tests = [...module.children.allTests()];
    let unfinished = 0;
    for (const test of tests) {
      const state = test.result().state;
      if (state === 'passed') {
        passed += 1;
      } else if (state === 'failed') {
        failed += 1;
      } else if (state === 'skipped') {
        skipped += 1;
      } else {
        // 'pending': the test never reported, because its file's worker is gone.
        unfinished += 1;
      }
    }
    failed += unfinished;
    if (unfinished > 0 || (module.state() !== 'passed' && module.state() !== 'failed' && module.state() !== 'skipped')) {
      unfinishedFiles.push(module.moduleId);
    }
    // A file that fails to load has no tests but must still count as a failure.
    if (module.state() === 'failed' && tests.length === 0) {
      failed += 1;
    }
  }
  return { passed, failed, skipped, unfinishedFiles };
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const summary = summariseRun(testModules, unhandledErrors.length);
    for (const file of summary.unfinishedFiles) {
      process.stdout.write(`\nDid not finish (its worker process ended, or the run was stopped): ${file}`);
    }
    if (unhandledErrors.length > 0) {
      process.stdout.write(`\n${unhandledErrors.length} unhandled error(s), each counted as a failure`);
    }
    const tail = summary.skipped > 0 ? `, ${summary.skipped} skipped` : '';
    process.stdout.write(`\n${summary.passed} passed, ${summary.failed} failed${tail}\n`);
  }
}
