import type Database from 'better-sqlite3';
import type { Handlers } from '../../rpc/handlers';
import { ServiceError } from '../service-error';
import { getSource, listSources } from './source-repository';

/** Anything that can hand out the open investigation's database (the session does). */
export interface DatabaseProvider {
  requireDb(): Database.Database;
}

export function createSourceHandlers(session: DatabaseProvider): Pick<Handlers, 'sources.list' | 'sources.get'> {
  return {
    'sources.list': () => listSources(session.requireDb()),
    'sources.get': ({ id }) => {
      const source = getSource(session.requireDb(), id);
      if (!source) {
        throw new ServiceError('NOT_FOUND', `There is no source #${id} in this investigation; it may have been removed.`);
      }
      return source;
    },
  };
}
