import { useCallback } from 'react';
import type { AppEvent } from '../../../../shared/contract';
import type { EntityId } from '../../../../shared/domain/entity';
import { useApi } from '../../app/api-context';
import { appearancesOf, type Appearances } from './entity-appearances';
import { useLiveQuery, type LiveQuery } from './use-live-query';

export interface EntityAppearances extends Appearances {
  titleOf(sourceId: number): string;
}

const appearancesMayHaveChanged = (event: AppEvent) => event.type === 'annotations.changed' || event.type === 'sources.changed';

/**
 * Everything that points at one entity, across every source. There is no service that asks
 * for one entity's annotations, so every source's annotations are read (one call per source)
 * and filtered here: fine for dozens of sources, worth its own service for thousands.
 */
export function useEntityAppearances(id: EntityId): LiveQuery<EntityAppearances> {
  const api = useApi();
  const load = useCallback(async (): Promise<EntityAppearances> => {
    const sources = await api.call('sources.list', {});
    const perSource = await Promise.all(sources.map((source) => api.call('annotations.list', { sourceId: source.id })));
    const titles = new Map(sources.map((source) => [source.id, source.title]));
    return {
      ...appearancesOf(id, perSource.flat()),
      titleOf: (sourceId) => titles.get(sourceId) ?? `Source #${sourceId}`,
    };
  }, [api, id]);
  return useLiveQuery(load, appearancesMayHaveChanged);
}
