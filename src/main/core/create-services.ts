import type { AppEvent } from '../../shared/contract';
import type { EventBus } from '../rpc/event-bus';
import type { CallContext, Handlers } from '../rpc/handlers';
import { inProcessAnalyzer } from './analysis/analyze-text';
import { createAnalysisHandlers } from './analysis/handlers';
import { WorkerAnalyzer } from './analysis/worker/worker-analyzer';
import { anchorAll } from './annotations/anchoring';
import { createAnnotationHandlers } from './annotations/handlers';
import { createAppHandlers } from './app/app-handlers';
import { createCompareHandlers } from './compare';
import type { Host } from './app/host';
import { createFactCheckHandlers } from './fact-check';
import { createFileHandlers } from './files/handlers';
import { InvestigationSession, createInvestigationHandlers, openStartupInvestigation } from './investigation';
import { createNoteHandlers } from './notes';
import { createImportHandlers, createSourceHandlers, lazyInProcessParser, WorkerParser } from './sources';
import { IdleWork, TaskRegistry } from './tasks';
import { timelineFiltersSchema } from '../../shared/domain/timeline';
import { createTimelineHandlers } from './timeline';

/** How long the services must have had no call before they prepare what is likely asked next. */
const PREPARE_AFTER_QUIET_MS = 1500;

export interface Services {
  handlers: Handlers;
  /**
   * Opens `--file`, else the most recent investigation, else a new one; says why if it cannot.
   * Call it once, right after createServices: calls to `handlers` wait until it has run.
   */
  openAtStartup(filePath?: string): Promise<{ error: string | null }>;
  /**
   * Checkpoints and closes the open investigation, leaving one self-contained file. Waits for
   * work already queued (an open, an upgrade's backup, a copy), but not longer than given, and
   * refuses new work meanwhile. False when the time ran out.
   */
  closeWithin(timeoutMs: number): Promise<boolean>;
}

/** Everything both hosts run: the desktop shell and the loopback server differ only in `host`. */
export function createServices(options: {
  dataDir: string;
  resourcesDir: string;
  appVersion: string;
  host: Host;
  bus: EventBus;
  /**
   * The built import worker (out/main/import-worker.js): documents are read there, off the
   * thread that answers the UI. Without it (unit tests) they are read in-process.
   */
  importWorker?: { script: string | URL; workerData?: unknown };
  /** The built analysis worker (out/main/analysis-worker.js); without it, analysis runs in-process. */
  analysisWorker?: { script: string | URL };
  /** Whether what is imported is analyzed right after (yes, but for benchmarks of the import alone). */
  analyzeImports?: boolean;
}): Services {
  // A change to the sources changes the investigation's description too (its source count),
  // so windows showing it hear both.
  const emit = (event: AppEvent) => {
    options.bus.emit(event);
    if (event.type === 'investigation.opened') idle.schedule(prepareTimeline);
    if (event.type !== 'sources.changed') return;
    const investigation = session.current();
    if (investigation) options.bus.emit({ type: 'investigation.updated', investigation });
  };
  const session = new InvestigationSession({
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    appVersion: options.appVersion,
    emit,
  });
  const tasks = new TaskRegistry(emit);
  // Once an investigation is open and the reporter is busy elsewhere, its timeline is built
  // (and the code that builds it warmed), so the first visit to the Timeline finds it ready.
  const idle = new IdleWork(PREPARE_AFTER_QUIET_MS);
  const prepareTimeline = () => {
    if (closing) return;
    void Promise.resolve(handlers['timeline.list']({ filters: timelineFiltersSchema.parse({}) }, { emit })).catch(() => {
      // Nothing was asked for: a listing that fails now fails again, and says why, when asked.
    });
  };
  const parser = options.importWorker ? new WorkerParser(options.importWorker) : lazyInProcessParser;
  const analyzer = options.analysisWorker ? new WorkerAnalyzer(options.analysisWorker.script) : inProcessAnalyzer;
  let startupProblem: string | null = null;
  // Settled once openAtStartup has run, which every host calls right after creating the
  // services: until then, calls wait rather than answer "nothing is open".
  let startupFinished!: () => void;
  const startupDone = new Promise<void>((resolve) => (startupFinished = resolve));
  // New sources are analyzed as soon as they are in: suggestions are waiting when the reporter opens them.
  let closing = false;
  const analyzeInBackground = (sourceIds: number[]) => {
    if (options.analyzeImports === false) return;
    void Promise.resolve(handlers['analysis.run']({ sourceIds }, { emit })).catch((error: unknown) => {
      // The task already told every window; closing the investigation is no failure to report.
      if (!closing) console.error('The analysis of new sources failed:', error instanceof Error ? error.message : error);
    });
  };
  const handlers = waitingFor(startupDone, () => idle.noteActivity(), {
    ...createAppHandlers({
      host: options.host,
      dataDir: options.dataDir,
      appVersion: options.appVersion,
      startupProblem: () => startupProblem,
    }),
    ...createInvestigationHandlers({ session, tasks }),
    ...createSourceHandlers(session, emit),
    ...createNoteHandlers(session, emit),
    ...createImportHandlers({ session, tasks, host: options.host, parser, emit, onImported: (sourceIds) => analyzeInBackground(sourceIds) }),
    ...createAnnotationHandlers({ session, emit, anchorAll }),
    ...createAnalysisHandlers({ session, tasks, analyzer, emit }),
    ...createTimelineHandlers({ session, emit }),
    ...createFactCheckHandlers({ session, emit, anchorAll, host: options.host, tasks }),
    ...createCompareHandlers({ session, emit, host: options.host, tasks }),
    ...createFileHandlers({ dataDir: options.dataDir }),
  });

  return {
    handlers,
    async openAtStartup(filePath) {
      try {
        const outcome = await openStartupInvestigation(session, { filePath });
        startupProblem = outcome.ok ? null : outcome.error.message;
        return { error: startupProblem };
      } finally {
        startupFinished();
      }
    },
    async closeWithin(timeoutMs) {
      closing = true;
      idle.cancel();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
        timer.unref?.();
      });
      try {
        void parser.dispose();
        void analyzer.dispose?.();
        return await Promise.race([session.close().then(() => true as const), timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * The desktop window may call in before the start-up open has finished (an upgrade can take
 * a while): every call waits for it, so none answers "nothing is open" or misses why the
 * open failed. Once start-up is done the wait is an already-settled promise.
 */
function waitingFor(ready: Promise<void>, onCall: () => void, handlers: Handlers): Handlers {
  const gated = Object.entries(handlers).map(([name, handler]) => [
    name,
    async (params: never, context: CallContext) => {
      onCall();
      await ready;
      return (handler as (params: never, context: CallContext) => unknown)(params, context);
    },
  ]);
  return Object.fromEntries(gated) as Handlers;
}
