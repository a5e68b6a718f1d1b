/** Tasks stop when their case closes, and the case closes only once they have. */
import { describe, expect, it } from 'vitest';
import { BackendContext } from '../../../../main/core/backend-context.js';
import type { CaseSession } from '../../../../main/core/case/case-session.js';
import { cancelTask, runTask, type TaskControl } from '../../../../main/core/task-runner.js';
import { expectCode } from '../../../support/expect-code.js';

function context(): BackendContext {
  return new BackendContext({ actor: 'tester', emit: () => undefined, resourcesDir: '', sampleCaseDir: null, ingestWorkerPath: '' });
}

function fakeSession(events: string[]): CaseSession {
  return { close: async () => void events.push('case closed') } as unknown as CaseSession;
}

/** Work that runs until its signal fires, then takes a moment to stop (as a packet's writer would). */
function untilAborted(events: string[]) {
  return async (task: TaskControl): Promise<string> => {
    await new Promise<void>((resolve) => task.signal.addEventListener('abort', () => resolve(), { once: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    events.push('task stopped');
    await task.checkpoint();
    return 'finished';
  };
}

describe('task runner', () => {
  it('aborts the tasks of a closing case and closes it after they stopped', async () => {
    const ctx = context();
    const events: string[] = [];
    await ctx.replaceSession(fakeSession(events));
    const first = runTask(ctx, 'job-1', 'packet', untilAborted(events));
    const second = runTask(ctx, 'job-2', 'gap-detection', untilAborted(events));
    // Looked at below, once the case is closed.
    first.catch(() => undefined);
    second.catch(() => undefined);
    await ctx.replaceSession(null);
    expect(events).toEqual(['task stopped', 'task stopped', 'case closed']);
    await expectCode(first, 'cancelled');
    await expectCode(second, 'cancelled');
  });

  it('refuses a second task with the same id, cancels by id, and closes a case with no task at once', async () => {
    const ctx = context();
    const events: string[] = [];
    await ctx.replaceSession(fakeSession(events));
    const task = runTask(ctx, 'job-1', 'packet', untilAborted(events));
    await expectCode(runTask(ctx, 'job-1', 'packet', async () => 'again'), 'busy');
    expect(cancelTask(ctx, 'job-1')).toBe(true);
    await expectCode(task, 'cancelled');
    expect(cancelTask(ctx, 'job-1')).toBe(false);
    await ctx.replaceSession(null);
    expect(events).toEqual(['task stopped', 'case closed']);
  });
});
