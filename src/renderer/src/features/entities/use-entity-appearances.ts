import { useCallback } from 'react';
import type { AppEvent } from '../../../../shared/contract';
import type { EntityId } from '../../../../shared/domain/entity';
import { useApi } from '../../app/api-context';
import { appearancesOf, type Appearances } from './entity-appearances';
import { useLiveQuery, type LiveQuery } from './use-live-query';

export interface EntityAppearances extends Appearances {
  titleOf(sourceId: number): string;
}

/** Tags change what points at the entity; a merge changes it too; a source's title may change. */
const appearancesMayHaveChanged = (event: AppEvent) =>
  event.type === 'annotations.changed' || event.type === 'entities.changed' || event.type === 'sources.changed';

/** Everything that points at one entity, across every source, in one request, kept live. */
export function useEntityAppearances(id: EntityId): LiveQuery<EntityAppearances> {
  const api = useApi();
  const load = useCallback(async (): Promise<EntityAppearances> => {
    const cited = await api.call('entities.appearances', { id });
    const titles = new Map(cited.map(({ source }) => [source.id, source.title]));
    return {
      ...appearancesOf(
        id,
        cited.map(({ annotation }) => annotation),
      ),
      titleOf: (sourceId) => titles.get(sourceId) ?? `Source #${sourceId}`,
    };
  }, [api, id]);
  return useLiveQuery(load, appearancesMayHaveChanged);
}
