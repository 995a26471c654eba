import type { EventBus } from '../rpc/event-bus';
import type { Handlers } from '../rpc/handlers';
import { createAppHandlers } from './app/app-handlers';
import type { Host } from './app/host';
import { createFileHandlers } from './files/handlers';
import { InvestigationSession, createInvestigationHandlers, openStartupInvestigation } from './investigation';
import { createSourceHandlers } from './sources';
import { TaskRegistry } from './tasks';

export interface Services {
  handlers: Handlers;
  /** Opens `--file`, else the most recent investigation, else a new one; says why if it cannot. */
  openAtStartup(filePath?: string): Promise<{ error: string | null }>;
  /**
   * Checkpoints and closes the open investigation, leaving one self-contained file. Waits for
   * work already queued (an open, an upgrade's backup, a copy) and refuses new work meanwhile.
   */
  close(): Promise<void>;
}

/** Everything both hosts run: the desktop shell and the loopback server differ only in `host`. */
export function createServices(options: {
  dataDir: string;
  resourcesDir: string;
  appVersion: string;
  host: Host;
  bus: EventBus;
}): Services {
  const emit = options.bus.emit.bind(options.bus);
  const session = new InvestigationSession({
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    appVersion: options.appVersion,
    emit,
  });
  const tasks = new TaskRegistry(emit);
  let startupProblem: string | null = null;
  // The desktop window may ask what is open before the start-up open has finished (an
  // upgrade can take a while): those first questions wait for it rather than answer "nothing".
  let startupDone: Promise<unknown> = Promise.resolve();
  const investigationHandlers = createInvestigationHandlers({ session, tasks });
  const appHandlers = createAppHandlers({
    host: options.host,
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    startupProblem: () => startupProblem,
  });

  const handlers: Handlers = {
    ...appHandlers,
    'app.info': async (params, context) => {
      await startupDone;
      return appHandlers['app.info'](params, context);
    },
    ...investigationHandlers,
    'investigation.current': async (params, context) => {
      await startupDone;
      return investigationHandlers['investigation.current'](params, context);
    },
    ...createSourceHandlers(session),
    ...createFileHandlers({ dataDir: options.dataDir }),
  };

  return {
    handlers,
    openAtStartup(filePath) {
      const opening = openStartupInvestigation(session, { filePath }).then((outcome) => {
        startupProblem = outcome.ok ? null : outcome.error.message;
        return { error: startupProblem };
      });
      startupDone = opening;
      return opening;
    },
    close: () => session.close(),
  };
}
