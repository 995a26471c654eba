import { useCallback } from 'react';
import type { AppEvent } from '../../../../shared/contract';
import type { EntityId } from '../../../../shared/domain/entity';
import { useApi } from '../../app/api-context';
import type { AuditRecord } from './audit-diff';
import { useLiveQuery, type LiveQuery } from './use-live-query';

const registryChanged = (event: AppEvent) => event.type === 'entities.changed';

/** The entity's audit records, oldest first, reloaded when the registry changes. */
export function useEntityHistory(id: EntityId): LiveQuery<AuditRecord[]> {
  const api = useApi();
  const load = useCallback(() => api.call('entities.history', { id }), [api, id]);
  return useLiveQuery(load, registryChanged);
}
