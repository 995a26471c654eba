import type Database from 'better-sqlite3';
import type { AppEvent } from '../../../shared/contract';
import type { Handlers } from '../../rpc/handlers';
import { ServiceError } from '../service-error';
import { deleteSource, updateSourceMetadata } from './source-metadata';
import { getSource, listSources } from './source-repository';

/** Anything that can hand out the open investigation's database (the session does). */
export interface DatabaseProvider {
  requireDb(): Database.Database;
}

type SourceMethodName = 'sources.list' | 'sources.get' | 'sources.update' | 'sources.delete';

export function createSourceHandlers(
  session: DatabaseProvider,
  emit: (event: AppEvent) => void,
): Pick<Handlers, SourceMethodName> {
  return {
    'sources.list': () => listSources(session.requireDb()),
    'sources.get': ({ id }) => {
      const source = getSource(session.requireDb(), id);
      if (!source) {
        throw new ServiceError('NOT_FOUND', `There is no source #${id} in this investigation; it may have been removed.`);
      }
      return source;
    },
    'sources.update': ({ id, changes }) => {
      const { source, changed } = updateSourceMetadata(session.requireDb(), id, changes);
      if (changed) emit({ type: 'sources.changed' });
      return source;
    },
    'sources.delete': ({ id }) => {
      const outcome = deleteSource(session.requireDb(), id);
      if (outcome.deleted) emit({ type: 'sources.changed' });
      return outcome;
    },
  };
}
