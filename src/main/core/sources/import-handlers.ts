import { randomUUID } from 'node:crypto';
import type { AppEvent } from '../../../shared/contract';
import type { Handlers } from '../../rpc/handlers';
import type { Host } from '../app/host';
import type { TaskRegistry } from '../tasks';
import { GrantedPaths } from './import/granted-paths';
import { importBatch } from './import/import-batch';
import type { DocumentParser } from './import/document-parser';
import { StagingArea } from './import/staging-area';
import type { DatabaseProvider } from './handlers';

type ImportMethodName = 'sources.stage' | 'sources.unstage' | 'sources.import' | 'files.chooseSources';

export function createImportHandlers(deps: {
  session: DatabaseProvider;
  tasks: TaskRegistry;
  host: Host;
  parser: DocumentParser;
  emit(event: AppEvent): void;
  /** Called with the sources a batch added, once it is done (the offline analysis starts there). */
  onImported?(sourceIds: number[]): void;
}): Pick<Handlers, ImportMethodName> {
  const staging = new StagingArea();
  const grantedPaths = new GrantedPaths();
  return {
    'sources.stage': ({ name, data }) => {
      const staged = staging.stage(name, data);
      deps.parser.warm?.();
      return staged;
    },
    'sources.import': async ({ items, taskId }) => {
      const label = items.length === 1 ? 'Importing 1 source' : `Importing ${items.length} sources`;
      const task = deps.tasks.start(taskId ?? randomUUID(), label);
      try {
        const results = await importBatch(items, task, {
          db: () => deps.session.requireDb(),
          parser: deps.parser,
          staging,
          grantedPaths,
          emit: deps.emit,
        });
        task.finish(task.signal.aborted ? 'cancelled' : 'done');
        const imported = results.flatMap((result) => (result.status === 'imported' && result.sourceId !== undefined ? [result.sourceId] : []));
        if (imported.length > 0) deps.onImported?.(imported);
        return { results };
      } catch (error) {
        task.finish('failed', error instanceof Error ? error.message : String(error));
        throw error;
      } finally {
        // Whatever happened, these uploads have had their turn: none should wait out its expiry.
        for (const item of items) if (item.kind === 'staged') staging.take(item.stagedId);
      }
    },
    'sources.unstage': ({ stagedIds }) => {
      for (const stagedId of stagedIds) staging.take(stagedId);
      return { dropped: stagedIds.length };
    },
    'files.chooseSources': async () => {
      if (!deps.host.chooseSourceFiles) return { status: 'unsupported' as const };
      const paths = await deps.host.chooseSourceFiles();
      if (!paths || paths.length === 0) return { status: 'cancelled' as const };
      grantedPaths.grant(paths);
      return { status: 'chosen' as const, paths };
    },
  };
}
