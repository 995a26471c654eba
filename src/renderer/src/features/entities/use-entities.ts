import { useCallback } from 'react';
import type { AppEvent } from '../../../../shared/contract';
import type { Entity } from '../../../../shared/domain/entity';
import { useApi } from '../../app/api-context';
import { useLiveQuery, type LiveQuery } from './use-live-query';

const registryChanged = (event: AppEvent) => event.type === 'entities.changed';

/** The registry (merged entities excluded), following every window's changes. */
export function useEntities(): LiveQuery<Entity[]> {
  const api = useApi();
  const load = useCallback(() => api.call('entities.list', {}), [api]);
  return useLiveQuery(load, registryChanged);
}
