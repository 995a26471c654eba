import { randomUUID } from 'node:crypto';
import type { MethodName } from '../../../shared/contract';
import type { Handlers } from '../../rpc/handlers';
import type { TaskRegistry } from '../tasks';
import { suggestFreePath } from './file-names';
import type { InvestigationSession } from './session';

type InvestigationMethodName = Extract<MethodName, `investigation.${string}`> | 'tasks.cancel';

/**
 * The investigation.* methods and tasks.cancel. Events (investigation.opened / .updated,
 * task progress) go through the session's and the registry's emit, so every window hears
 * of a change whoever made it, including the start-up open that no call asked for.
 */
export function createInvestigationHandlers(deps: {
  session: InvestigationSession;
  tasks: TaskRegistry;
}): Pick<Handlers, InvestigationMethodName> {
  const { session, tasks } = deps;
  return {
    'investigation.current': () => session.current(),
    'investigation.create': ({ path, name }) => session.create(path, name),
    'investigation.open': ({ path }) => session.open(path),
    'investigation.openSample': () => session.openSample(),
    'investigation.update': (changes) => session.update(changes),
    'investigation.recent': () => session.recent.list(),
    'investigation.forgetRecent': ({ path }) => session.recent.forget(session.resolvePath(path)),
    'investigation.suggestPath': ({ name }) => ({ path: suggestFreePath(session.dataDir, name) }),
    'investigation.saveCopy': ({ path, taskId }) =>
      session.saveCopy(path, (label) => tasks.start(taskId ?? randomUUID(), label)),
    'tasks.cancel': ({ taskId }) => ({ cancelled: tasks.cancel(taskId) }),
  };
}
