import { useCallback } from 'react';
import type { AppEvent } from '../../../../shared/contract';
import type { FactCheck, FactCheckProgress, Rating } from '../../../../shared/domain/fact-check';
import { useApi } from '../../app/api-context';
import { useLiveQuery, type LiveQuery } from '../entities/use-live-query';

export interface FactCheckData {
  claims: FactCheck[];
  scale: Rating[];
  progress: FactCheckProgress;
}

// A claim tagged, removed or re-spoken, a source retitled, an entity renamed: all read in the sheet.
const RELOADS_ON = new Set<AppEvent['type']>(['factCheck.changed', 'annotations.changed', 'entities.changed', 'sources.changed']);
const reloadsOn = (event: AppEvent) => RELOADS_ON.has(event.type);

/** Every claim with its check, the scale and the progress, reloaded when any of them may have changed. */
export function useFactChecks(): LiveQuery<FactCheckData> {
  const api = useApi();
  const load = useCallback(() => api.call('factCheck.list', {}), [api]);
  return useLiveQuery(load, reloadsOn);
}
