import { Worker } from 'node:worker_threads';
import type { NewSuggestion } from '../../../../shared/domain/suggestion';
import type { TextAnalyzer } from '../text-analyzer';
import type { AnalysisRequest, AnalysisResponse } from './messages';

/**
 * Analyzes texts in a worker thread, one at a time. Cancelling terminates the worker (the
 * analysis has no points to stop at); the next text gets a fresh one.
 */
export class WorkerAnalyzer implements TextAnalyzer {
  private worker: Worker | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly script: string | URL) {}

  suggest(...args: Parameters<TextAnalyzer['suggest']>): Promise<NewSuggestion[]> {
    const run = this.queue.then(() => this.run(...args));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private run(...[text, reference, registry, { signal, onStep, authors = [] }]: Parameters<TextAnalyzer['suggest']>): Promise<NewSuggestion[]> {
    signal.throwIfAborted();
    const worker = (this.worker ??= new Worker(this.script));
    const id = this.nextId++;
    return new Promise<NewSuggestion[]>((resolve, reject) => {
      const finish = () => {
        // Idle, the worker must not keep the process alive.
        worker.unref();
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal.removeEventListener('abort', onAbort);
      };
      const onMessage = (response: AnalysisResponse) => {
        if (response.id !== id) return;
        if ('step' in response) return onStep?.(response.step);
        finish();
        if ('suggestions' in response) resolve(response.suggestions);
        else reject(new Error(response.error));
      };
      const onError = (error: Error) => {
        finish();
        this.worker = null;
        reject(error);
      };
      const onExit = () => {
        finish();
        this.worker = null;
        reject(signal.aborted ? signal.reason : new Error('The analysis stopped unexpectedly.'));
      };
      const onAbort = () => void worker.terminate();
      worker.ref();
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      signal.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ id, text, reference, registry: [...registry], authors: [...authors] } satisfies AnalysisRequest);
    });
  }

  async dispose(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
