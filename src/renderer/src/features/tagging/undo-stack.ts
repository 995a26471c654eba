/** One step the reporter can take back and redo: both directions call the services. */
export interface UndoableStep {
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/**
 * Undo and redo of tagging. A new step drops what could be redone (the usual editor rule);
 * a step whose undo fails stays where it was, so pressing again retries rather than skipping.
 */
export class UndoStack {
  private readonly done: UndoableStep[] = [];
  private readonly undone: UndoableStep[] = [];
  /** Undo and redo run one after another: three quick Ctrl+Z are three steps, not one twice. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly limit = 200) {}

  /**
   * Does something undoable in turn with undo and redo, and records its step: an undo pressed
   * while an edit is still on its way waits for that edit, and then undoes it.
   */
  record<T>(work: () => Promise<{ result: T; step: UndoableStep | null }>): Promise<T> {
    return this.serially(async () => {
      const { result, step } = await work();
      if (step) this.push(step);
      return result;
    });
  }

  push(step: UndoableStep): void {
    this.done.push(step);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  undo(): Promise<string | null> {
    return this.serially(() => this.undoNow());
  }

  redo(): Promise<string | null> {
    return this.serially(() => this.redoNow());
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async undoNow(): Promise<string | null> {
    const step = this.done.at(-1);
    if (!step) return null;
    await step.undo();
    this.done.pop();
    this.undone.push(step);
    return step.label;
  }

  private async redoNow(): Promise<string | null> {
    const step = this.undone.at(-1);
    if (!step) return null;
    await step.redo();
    this.undone.pop();
    this.done.push(step);
    return step.label;
  }
}
