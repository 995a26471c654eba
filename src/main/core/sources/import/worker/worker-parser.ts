import { Worker } from 'node:worker_threads';
import type { DocumentParser, ParseJob } from '../document-parser';
import { ImportRefusal, type ParsedDocument } from '../types';
import type { WorkerRequest, WorkerResponse } from './messages';

export interface WorkerParserOptions {
  /** The built import worker (out/main/import-worker.js), or a stand-in in tests. */
  script: string | URL;
  workerData?: unknown;
  /** How long one document may take before it is given up on. */
  timeoutMs?: number;
  /** Heap for the worker: enough for a long report, too little for a decompression bomb. */
  maxHeapMb?: number;
  /**
   * How much the whole process may grow while one document is read. The heap limit does not
   * cover the ArrayBuffers parsers decode streams into, so the process's resident memory is
   * watched too, and the worker is stopped when a document makes it grow past this.
   */
  maxGrowthMb?: number;
  /** How often memory is checked while a document is read. */
  memoryCheckMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_HEAP_MB = 768;
const DEFAULT_MAX_GROWTH_MB = 1536;
const DEFAULT_MEMORY_CHECK_MS = 100;

const OUT_OF_MEMORY = new ImportRefusal(
  'too-large',
  'Reading this document needed more memory than Sourcebook allows, so it was stopped. It may be damaged or built to exhaust memory (a “decompression bomb”).',
);

/**
 * Reads documents in a worker thread, one at a time, in the order asked. A document that
 * takes too long, grows memory too far, crashes the parser or is cancelled costs only the
 * worker: it is terminated and the next document gets a fresh one, while the thread answering
 * the UI never waits on a parser.
 */
export class WorkerParser implements DocumentParser {
  private worker: Worker | null = null;
  private nextId = 1;
  /** The job being read now; the worker reads one at a time. */
  private active: { id: number; worker: Worker; settle(outcome: { document?: ParsedDocument; error?: unknown }): void } | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: WorkerParserOptions) {}

  parse(job: ParseJob, { signal }: { signal: AbortSignal }): Promise<ParsedDocument> {
    const run = this.queue.then(() => this.run(job, signal));
    // The next job waits for this one however it ends.
    this.queue = run.catch(() => undefined);
    return run;
  }

  warm(): void {
    this.ensureWorker();
  }

  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private run(job: ParseJob, signal: AbortSignal): Promise<ParsedDocument> {
    signal.throwIfAborted();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxGrowth = (this.options.maxGrowthMb ?? DEFAULT_MAX_GROWTH_MB) * 1024 * 1024;
    const baseline = process.memoryUsage.rss();
    // While a document is being read the worker keeps the process alive; idle, it must not.
    worker.ref();

    return new Promise<ParsedDocument>((resolve, reject) => {
      const settle = (outcome: { document?: ParsedDocument; error?: unknown }, stopWorker = false) => {
        clearTimeout(timer);
        clearInterval(memoryWatch);
        signal.removeEventListener('abort', onAbort);
        if (this.active?.id === id) this.active = null;
        if (stopWorker) this.stop(worker);
        else worker.unref();
        if (outcome.document) resolve(outcome.document);
        else reject(outcome.error);
      };
      const timer = setTimeout(() => {
        const seconds = Math.round(timeoutMs / 1000);
        settle(
          {
            error: new ImportRefusal(
              'timeout',
              `Reading this document took longer than ${seconds} seconds, so it was stopped. It may be damaged or unusually complex.`,
            ),
          },
          true,
        );
      }, timeoutMs);
      const memoryWatch = setInterval(() => {
        if (process.memoryUsage.rss() - baseline > maxGrowth) settle({ error: OUT_OF_MEMORY }, true);
      }, this.options.memoryCheckMs ?? DEFAULT_MEMORY_CHECK_MS);
      const onAbort = () => settle({ error: signal.reason ?? new DOMException('The import was cancelled.', 'AbortError') }, true);
      signal.addEventListener('abort', onAbort, { once: true });

      this.active = { id, worker, settle };
      const request: WorkerRequest = { id, job };
      worker.postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.script, {
      workerData: this.options.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB },
    });
    worker.on('message', (response: WorkerResponse) => this.receive(worker, response));
    worker.on('error', (error: Error & { code?: string }) => {
      this.failActive(worker, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? OUT_OF_MEMORY : error);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.failActive(worker, new Error('The document reader stopped unexpectedly.'));
    });
    // An idle worker must not keep a server that is shutting down alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private receive(worker: Worker, response: WorkerResponse): void {
    const active = this.active;
    if (!active || active.worker !== worker || active.id !== response.id) return;
    if (response.ok) active.settle({ document: response.document });
    else if ('refusal' in response) active.settle({ error: new ImportRefusal(response.refusal.reason, response.refusal.message) });
    else active.settle({ error: new Error(response.error) });
  }

  private failActive(worker: Worker, error: unknown): void {
    if (this.worker === worker) this.worker = null;
    if (this.active?.worker === worker) this.active.settle({ error });
  }

  /** Drops a worker that is stuck, too big, or busy with a document nobody waits for any more. */
  private stop(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }
}
