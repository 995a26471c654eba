import type { TimelineFilters, TimelineKind } from '../../../../shared/domain/timeline';

export type TimelineLayout = 'list' | 'axis';
export type LaneMode = 'kind' | 'entity' | 'source';

export const TIMELINE_KINDS: readonly TimelineKind[] = ['event', 'quote', 'claim', 'entry', 'publication'];

/** The Timeline view's state, all of it kept in the route so a view can be returned to. */
export interface TimelineState {
  entityIds: number[];
  kinds: TimelineKind[];
  sourceIds: number[];
  from: string | null;
  to: string | null;
  query: string;
  publications: boolean;
  layout: TimelineLayout;
  lanes: LaneMode;
}

export const DEFAULT_STATE: TimelineState = {
  entityIds: [],
  kinds: [],
  sourceIds: [],
  from: null,
  to: null,
  query: '',
  publications: false,
  layout: 'list',
  lanes: 'kind',
};

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function ids(value: string | undefined): number[] {
  if (!value) return [];
  const out = value.split(',').filter((part) => /^[1-9]\d{0,15}$/.test(part)).map(Number);
  return [...new Set(out)];
}

/** Reads the route's query leniently: what is malformed is left out, never an error. */
export function readTimelineState(query: Readonly<Record<string, string>> | undefined): TimelineState {
  const q = query ?? {};
  const kinds = (q.kinds ?? '').split(',').filter((kind): kind is TimelineKind => (TIMELINE_KINDS as readonly string[]).includes(kind));
  return {
    entityIds: ids(q.entities),
    kinds: [...new Set(kinds)],
    sourceIds: ids(q.sources),
    from: q.from && DAY.test(q.from) ? q.from : null,
    to: q.to && DAY.test(q.to) ? q.to : null,
    query: (q.q ?? '').slice(0, 200),
    publications: q.publications === '1',
    layout: q.layout === 'axis' ? 'axis' : 'list',
    lanes: q.lanes === 'entity' || q.lanes === 'source' ? q.lanes : 'kind',
  };
}

/** The route query for a state: defaults are left out, so a plain `#/timeline` is the default view. */
export function timelineQuery(state: TimelineState): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.entityIds.length) query.entities = state.entityIds.join(',');
  if (state.kinds.length) query.kinds = state.kinds.join(',');
  if (state.sourceIds.length) query.sources = state.sourceIds.join(',');
  if (state.from) query.from = state.from;
  if (state.to) query.to = state.to;
  if (state.query) query.q = state.query;
  if (state.publications) query.publications = '1';
  if (state.layout !== 'list') query.layout = state.layout;
  if (state.lanes !== 'kind') query.lanes = state.lanes;
  return query;
}

/** What the services are asked for. */
export function filtersOf(state: TimelineState): TimelineFilters {
  return {
    entityIds: state.entityIds,
    kinds: state.kinds,
    sourceIds: state.sourceIds,
    from: state.from,
    to: state.to,
    query: state.query.trim(),
    includePublications: state.publications,
  };
}
