import type { ClaimStatus } from '../../../../shared/domain/annotation';
import { CLAIM_STATUS_ORDER, type GroupKey, type RatingFilter, type SheetFilters, type SheetOrder, type SortKey } from './sheet-model';

/** The Fact-check view's state, kept in the route (`#/factcheck?status=false&group=source`) so a view can be returned to. */
export interface FactCheckState {
  statuses: ClaimStatus[];
  query: string;
  rating: RatingFilter;
  group: GroupKey;
  sort: SortKey;
  direction: SheetOrder['direction'];
}

export const SORT_KEYS: readonly SortKey[] = ['claim', 'assertedBy', 'source', 'status', 'rating', 'evidence', 'method', 'checker', 'checkedOn', 'notes'];
const GROUP_KEYS: readonly GroupKey[] = ['none', 'status', 'source', 'speaker', 'rating'];

export const DEFAULT_FACT_CHECK_STATE: FactCheckState = { statuses: [], query: '', rating: 'any', group: 'none', sort: 'source', direction: 'ascending' };

/** Reads the route's query leniently: what is malformed is left out, never an error. */
export function readFactCheckState(query: Readonly<Record<string, string>> | undefined): FactCheckState {
  const q = query ?? {};
  const statuses = (q.status ?? '').split(',').filter((status): status is ClaimStatus => (CLAIM_STATUS_ORDER as readonly string[]).includes(status));
  const rating: RatingFilter = q.rating === 'none' ? 'none' : q.rating && /^[1-9]\d{0,15}$/.test(q.rating) ? Number(q.rating) : 'any';
  return {
    statuses: [...new Set(statuses)],
    query: (q.q ?? '').slice(0, 200),
    rating,
    group: (GROUP_KEYS as readonly string[]).includes(q.group ?? '') ? (q.group as GroupKey) : 'none',
    sort: (SORT_KEYS as readonly string[]).includes(q.sort ?? '') ? (q.sort as SortKey) : DEFAULT_FACT_CHECK_STATE.sort,
    direction: q.dir === 'desc' ? 'descending' : 'ascending',
  };
}

/** The route query for a state: defaults are left out, so a plain `#/factcheck` is the default view. */
export function factCheckQuery(state: FactCheckState): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.statuses.length) query.status = state.statuses.join(',');
  if (state.query) query.q = state.query;
  if (state.rating !== 'any') query.rating = String(state.rating);
  if (state.group !== 'none') query.group = state.group;
  if (state.sort !== DEFAULT_FACT_CHECK_STATE.sort) query.sort = state.sort;
  if (state.direction !== 'ascending') query.dir = 'desc';
  return query;
}

export function filtersOf(state: FactCheckState): SheetFilters {
  return { statuses: state.statuses, query: state.query, rating: state.rating };
}

export function isFiltered(state: FactCheckState): boolean {
  return state.statuses.length > 0 || state.query.trim() !== '' || state.rating !== 'any';
}

/** Clicking a header (or its key): the same column flips its direction, another starts ascending. */
export function nextOrder(state: FactCheckState, key: SortKey): Pick<FactCheckState, 'sort' | 'direction'> {
  if (state.sort === key) return { sort: key, direction: state.direction === 'ascending' ? 'descending' : 'ascending' };
  return { sort: key, direction: 'ascending' };
}
