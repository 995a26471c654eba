import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { appEventSchema, type AppEvent } from '../../../shared/contract';
import type { CallContext } from '../../rpc/handlers';
import { makeTempDir } from '../db/test-support';
import { TaskRegistry } from '../tasks';
import { createInvestigationHandlers } from './handlers';
import { InvestigationSession, type InvestigationSessionDeps } from './session';

export const repoResourcesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../resources');

/**
 * A session over a fresh temporary data folder, wired as the app wires it, recording every
 * event (checked against the contract, as the event bus does). Closed and removed after the test.
 * `restart()` closes the session, as quitting does, and starts another over the same folders.
 */
export function makeSession(
  options: {
    resourcesDir?: string;
    onEvent?: (event: AppEvent) => void;
    checkpoints?: InvestigationSessionDeps['checkpoints'];
  } = {},
) {
  const root = makeTempDir();
  const dataDir = path.join(root, 'data');
  const events: AppEvent[] = [];
  const emit = (event: AppEvent) => {
    events.push(appEventSchema.parse(event));
    options.onEvent?.(event);
  };
  const sessions: InvestigationSession[] = [];
  const start = () => {
    const session = new InvestigationSession({
      dataDir,
      resourcesDir: options.resourcesDir ?? repoResourcesDir,
      appVersion: '0.1.0-test',
      emit,
      checkpoints: options.checkpoints,
    });
    sessions.push(session);
    return session;
  };
  const session = start();
  const tasks = new TaskRegistry(emit);
  const handlers = createInvestigationHandlers({ session, tasks });
  const context: CallContext = { emit };
  const restart = async () => {
    await sessions.at(-1)!.close();
    return start();
  };
  onTestFinished(async () => {
    await Promise.all(sessions.map((s) => s.close()));
    fs.rmSync(root, { recursive: true, force: true });
  });
  return { root, dataDir, events, session, tasks, handlers, context, restart };
}
