import { useCallback } from 'react';
import type { AppEvent } from '../../../../shared/contract';
import type { BuiltComparison, ComparisonSpec, ComparisonSummary, DiscrepancyView } from '../../../../shared/domain/comparison';
import { useApi } from '../../app/api-context';
import { useLiveQuery, type LiveQuery } from '../entities/use-live-query';

// A quote tagged or re-attributed, an entity merged or renamed, a source retitled: all show in a comparison.
const STATEMENTS_CHANGE = new Set<AppEvent['type']>(['annotations.changed', 'entities.changed', 'sources.changed', 'factCheck.changed']);
const statementsChanged = (event: AppEvent) => STATEMENTS_CHANGE.has(event.type);
const comparisonsChanged = (event: AppEvent) => event.type === 'comparisons.changed';

/** The comparison built by the services for `spec` (null while it is incomplete), rebuilt when its statements change. */
export function useBuiltComparison(spec: ComparisonSpec | null): LiveQuery<BuiltComparison | null> {
  const api = useApi();
  const key = spec ? JSON.stringify(spec) : null;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const load = useCallback(() => (spec ? api.call('compare.build', spec) : Promise.resolve(null)), [api, key]);
  return useLiveQuery(load, statementsChanged);
}

/** The saved comparisons, most recent first, as any window saves, renames or deletes them. */
export function useSavedComparisons(): LiveQuery<ComparisonSummary[]> {
  const api = useApi();
  const load = useCallback(() => api.call('compare.list', {}), [api]);
  return useLiveQuery(load, comparisonsChanged);
}

/** Every figure that disagrees across the investigation's sources. */
export function useDiscrepancies(): LiveQuery<DiscrepancyView[]> {
  const api = useApi();
  const load = useCallback(() => api.call('compare.discrepancies', {}).then((result) => result.discrepancies), [api]);
  return useLiveQuery(load, statementsChanged);
}
