import { Worker } from 'node:worker_threads';
import type { DocumentParser, ParseJob } from '../document-parser';
import { ImportRefusal, type ParsedDocument } from '../types';
import type { WorkerRequest, WorkerResponse } from './messages';

export interface WorkerParserOptions {
  /** The built import worker (out/main/import-worker.js), or a bootstrap that loads it in tests. */
  script: string | URL;
  workerData?: unknown;
  /** How long one document may take before it is given up on. */
  timeoutMs?: number;
  /** Heap for the worker: enough for a long report, too little for a decompression bomb. */
  maxHeapMb?: number;
}

interface Pending {
  /** Which worker holds the job: when one dies, only its own jobs fail. */
  worker: Worker;
  resolve(document: ParsedDocument): void;
  reject(error: unknown): void;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_HEAP_MB = 768;

/**
 * Reads documents in a worker thread, one at a time. A document that takes too long, runs out
 * of memory or is cancelled costs only the worker: it is terminated and the next document gets
 * a fresh one, while the thread answering the UI never waits on a parser.
 */
export class WorkerParser implements DocumentParser {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly options: WorkerParserOptions) {}

  parse(job: ParseJob, { signal }: { signal: AbortSignal }): Promise<ParsedDocument> {
    signal.throwIfAborted();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // While a document is being read the worker keeps the process alive; idle, it must not.
    worker.ref();
    return new Promise<ParsedDocument>((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.pending.delete(id);
        if (![...this.pending.values()].some((pending) => pending.worker === worker)) worker.unref();
      };
      const timer = setTimeout(() => {
        settle();
        reject(
          new ImportRefusal(
            'timeout',
            `Reading this document took longer than ${Math.round(timeoutMs / 1000)} seconds, so it was stopped. It may be damaged or unusually complex.`,
          ),
        );
        this.restart();
      }, timeoutMs);
      const onAbort = () => {
        settle();
        reject(signal.reason ?? new DOMException('The import was cancelled.', 'AbortError'));
        this.restart();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        worker,
        resolve: (document) => {
          settle();
          resolve(document);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      });
      const request: WorkerRequest = { id, job };
      worker.postMessage(request);
    });
  }

  warm(): void {
    this.ensureWorker();
  }

  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.script, {
      workerData: this.options.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB },
    });
    worker.on('message', (response: WorkerResponse) => this.receive(response));
    worker.on('error', (error: Error & { code?: string }) => this.failAll(worker, error));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.failAll(worker, new Error('The document reader stopped unexpectedly.'));
    });
    // An idle worker must not keep a server that is shutting down alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private receive(response: WorkerResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    if (response.ok) pending.resolve(response.document);
    else if ('refusal' in response) pending.reject(new ImportRefusal(response.refusal.reason, response.refusal.message));
    else pending.reject(new Error(response.error));
  }

  private failAll(worker: Worker, error: Error & { code?: string }): void {
    if (this.worker === worker) this.worker = null;
    const reason =
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new ImportRefusal(
            'too-large',
            'Reading this document needed more memory than Sourcebook allows, so it was stopped. It may be damaged or built to exhaust memory (a “decompression bomb”).',
          )
        : error;
    for (const pending of [...this.pending.values()]) if (pending.worker === worker) pending.reject(reason);
  }

  /** Drops a worker that is stuck or busy with a document nobody waits for any more. */
  private restart(): void {
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
  }
}
