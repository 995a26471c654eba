import type { AppEvent } from '../../../shared/contract';
import { ServiceError } from '../service-error';

export type TaskOutcome = 'done' | 'cancelled' | 'failed';

/** What the code doing a long task holds: where to look for cancellation, where to report. */
export interface TaskHandle {
  readonly taskId: string;
  readonly signal: AbortSignal;
  progress(done: number, total: number): void;
  /** Ends the task (once; later calls are ignored) and tells every window how it ended. */
  finish(outcome: TaskOutcome, message?: string): void;
}

export interface TaskRegistryOptions {
  /** The shortest gap between two progress events of one task; about ten a second by default. */
  minProgressIntervalMs?: number;
  now?: () => number;
}

interface RunningTask {
  controller: AbortController;
}

/**
 * The long tasks running now (imports, copies, analyses), so the UI can show their progress and
 * cancel them by id. Progress is throttled here, once, rather than by every task: a copy that
 * reports each page would otherwise flood the event stream.
 */
export class TaskRegistry {
  private readonly running = new Map<string, RunningTask>();
  private readonly minInterval: number;
  private readonly now: () => number;

  constructor(
    private readonly emit: (event: AppEvent) => void,
    options: TaskRegistryOptions = {},
  ) {
    this.minInterval = options.minProgressIntervalMs ?? 100;
    this.now = options.now ?? (() => performance.now());
  }

  start(taskId: string, label: string): TaskHandle {
    if (this.running.has(taskId)) {
      throw new ServiceError('INVALID_PARAMS', `A task with the id “${taskId}” is already running; use a new id.`);
    }
    const controller = new AbortController();
    this.running.set(taskId, { controller });
    let lastEmitted = Number.NEGATIVE_INFINITY;
    let finished = false;

    return {
      taskId,
      signal: controller.signal,
      progress: (done, total) => {
        if (finished) return;
        const complete = total > 0 && done >= total;
        const at = this.now();
        // The first and the last report always go out, so a window never shows a stale bar.
        if (!complete && at - lastEmitted < this.minInterval) return;
        lastEmitted = at;
        this.emit({ type: 'task.progress', taskId, label, done: Math.max(0, done), total: Math.max(0, total) });
      },
      finish: (outcome, message) => {
        if (finished) return;
        finished = true;
        this.running.delete(taskId);
        this.emit({ type: 'task.finished', taskId, outcome, ...(message === undefined ? {} : { message }) });
      },
    };
  }

  /** Asks a running task to stop; false when no task has that id (it may have just ended). */
  cancel(taskId: string): boolean {
    const task = this.running.get(taskId);
    if (!task) return false;
    task.controller.abort();
    return true;
  }

  isRunning(taskId: string): boolean {
    return this.running.has(taskId);
  }
}
