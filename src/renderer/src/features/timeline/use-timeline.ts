import { useCallback } from 'react';
import type { AppEvent } from '../../../../shared/contract';
import type { TimelineConflict, TimelineFilters, TimelineItem, TimelineLink } from '../../../../shared/domain/timeline';
import { unpackItems } from '../../../../shared/domain/timeline-columns';
import { useApi } from '../../app/api-context';
import { useLiveQuery, type LiveQuery } from '../entities/use-live-query';

const RELOADS_ON = new Set<AppEvent['type']>(['timeline.changed', 'annotations.changed', 'entities.changed', 'sources.changed']);
const reloadsOn = (event: AppEvent) => RELOADS_ON.has(event.type);

export interface TimelineData {
  items: TimelineItem[];
  conflicts: TimelineConflict[];
  /** The reporter's word on pairs of listed items. */
  links: TimelineLink[];
}

/** The filtered timeline, reloaded when tags, entries, entities or sources change. */
export function useTimeline(filters: TimelineFilters): LiveQuery<TimelineData> {
  const api = useApi();
  const key = JSON.stringify(filters);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the filters' value, not identity
  const load = useCallback(async () => {
    const { items, conflicts, links } = await api.call('timeline.list', { filters });
    return { items: unpackItems(items), conflicts, links };
  }, [api, key]);
  return useLiveQuery(load, reloadsOn);
}
