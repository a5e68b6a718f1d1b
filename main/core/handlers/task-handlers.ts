/** Cancelling a running task (see task-runner.ts). */
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { cancelTask } from '../task-runner.js';

export function taskHandlers(ctx: BackendContext): Pick<CoreHandlers, 'task.cancel'> {
  return {
    'task.cancel': async ({ jobId }) => ({ cancelled: cancelTask(ctx, jobId) }),
  };
}
