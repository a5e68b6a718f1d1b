/**
 * Long work other than ingest: each run has a job id the caller chose, reports progress as
 * `task.progress` events and stops at its next check when `task.cancel` names it. Kept apart
 * from ingest jobs, which lock the case against switching; a task is aborted when the case
 * closes instead, and the case closes once its tasks have stopped, so none writes to a case
 * that is gone (a packet half built, a detector run's proposals).
 */
import { AppError } from '../../shared/errors.js';
import type { TaskKind, TaskProgress } from '../../shared/model/task.js';
import type { BackendContext } from './backend-context.js';

export type TaskControl = {
  signal: AbortSignal;
  /** Reports progress (throttled to one event per 100 ms, plus the last of each stage). */
  report(stage: string, done: number, total: number): void;
  /** Throws `cancelled` if the task was cancelled, after letting other calls (a cancel) run. */
  checkpoint(): Promise<void>;
};

/** A task in flight: how to stop it, and its end (settled either way). */
type RunningTask = { controller: AbortController; ended: Promise<void> };

const running = new WeakMap<BackendContext, Map<string, RunningTask>>();

function tasksOf(ctx: BackendContext): Map<string, RunningTask> {
  let tasks = running.get(ctx);
  if (tasks === undefined) {
    const created = new Map<string, RunningTask>();
    running.set(ctx, created);
    ctx.onCaseClosing(async () => {
      const stopping = [...created.values()];
      for (const task of stopping) {
        task.controller.abort();
      }
      await Promise.all(stopping.map((task) => task.ended));
    });
    tasks = created;
  }
  return tasks;
}

/** Runs `work` as task `jobId`; a second task with the same id is refused. */
export async function runTask<T>(ctx: BackendContext, jobId: string, kind: TaskKind, work: (control: TaskControl) => Promise<T>): Promise<T> {
  const tasks = tasksOf(ctx);
  if (tasks.has(jobId)) {
    throw new AppError('busy', `A task with the id ${jobId} is already running`);
  }
  const controller = new AbortController();
  let end = (): void => undefined;
  tasks.set(jobId, { controller, ended: new Promise<void>((resolve) => (end = resolve)) });
  let lastEmit = 0;
  let lastStage = '';
  const emit = (progress: TaskProgress) => ctx.deps.emit('task.progress', progress);
  const control: TaskControl = {
    signal: controller.signal,
    report(stage, done, total) {
      const now = Date.now();
      if (stage !== lastStage || done >= total || now - lastEmit >= 100) {
        lastEmit = now;
        lastStage = stage;
        emit({ jobId, kind, stage, done, total });
      }
    },
    async checkpoint() {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (controller.signal.aborted) {
        throw new AppError('cancelled', 'Cancelled: nothing was changed');
      }
    },
  };
  try {
    return await work(control);
  } catch (error) {
    // Whatever the work threw on its way out (an AbortError from a reader), a cancel is a cancel.
    if (controller.signal.aborted && !(error instanceof AppError && error.code === 'cancelled')) {
      throw new AppError('cancelled', 'Cancelled: nothing was changed');
    }
    throw error;
  } finally {
    tasks.delete(jobId);
    end();
  }
}

/** Asks task `jobId` to stop; false when no such task runs. */
export function cancelTask(ctx: BackendContext, jobId: string): boolean {
  const task = tasksOf(ctx).get(jobId);
  task?.controller.abort();
  return task !== undefined;
}
