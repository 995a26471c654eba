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
  /** Checkpoints and closes the open investigation, leaving one self-contained file. */
  close(): void;
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

  const handlers: Handlers = {
    ...createAppHandlers({
      host: options.host,
      dataDir: options.dataDir,
      appVersion: options.appVersion,
      startupProblem: () => startupProblem,
    }),
    ...createInvestigationHandlers({ session, tasks }),
    ...createSourceHandlers(session),
    ...createFileHandlers({ dataDir: options.dataDir }),
  };

  return {
    handlers,
    async openAtStartup(filePath) {
      const outcome = await openStartupInvestigation(session, { filePath });
      startupProblem = outcome.ok ? null : outcome.error.message;
      return { error: startupProblem };
    },
    close: () => session.close(),
  };
}
