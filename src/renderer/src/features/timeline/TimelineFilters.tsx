import { useEffect, useState } from 'react';
import type { TimelineKind } from '../../../../shared/domain/timeline';
import { useSources } from '../sources/use-sources';
import { EntityChips } from './EntityChips';
import { KIND_NAMES, KindIcon } from './KindIcon';
import type { TimelineState } from './timeline-state';

const FILTER_KINDS: readonly TimelineKind[] = ['event', 'quote', 'claim', 'entry'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Entities, kinds, sources, a date range, a search and publications: every change goes to the route. */
export function TimelineFilters(props: { state: TimelineState; onChange(next: Partial<TimelineState>, typing?: boolean): void }) {
  const { state } = props;
  const { sources } = useSources();
  const [query, setQuery] = useState(state.query);
  useEffect(() => setQuery(state.query), [state.query]);
  // The search reaches the route a moment after typing stops, without a history entry per key.
  useEffect(() => {
    if (query === state.query) return;
    const timer = window.setTimeout(() => props.onChange({ query }, true), 250);
    return () => window.clearTimeout(timer);
  });

  const toggleKind = (kind: TimelineKind) => {
    const kinds = state.kinds.includes(kind) ? state.kinds.filter((other) => other !== kind) : [...state.kinds, kind];
    props.onChange({ kinds });
  };
  const filtered = state.entityIds.length + state.kinds.length + state.sourceIds.length + (state.from ? 1 : 0) + (state.to ? 1 : 0) + (state.query ? 1 : 0) > 0;

  return (
    <section className="tl-filters" aria-label="Filters">
      <label className="tl-search">
        <span className="visually-hidden">Search the timeline</span>
        <input type="search" placeholder="Search the timeline" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      <div className="tl-filter-entities">
        <EntityChips label="Entities" ids={state.entityIds} allowCreate={false} inputId="tl-filter-entities" onChange={(entityIds) => props.onChange({ entityIds })} />
      </div>
      <fieldset className="tl-filter-kinds">
        <legend className="visually-hidden">Kinds</legend>
        {FILTER_KINDS.map((kind) => (
          <label key={kind} className="tl-kind-toggle" data-kind={kind} title={KIND_NAMES[kind]}>
            <input type="checkbox" checked={state.kinds.includes(kind)} onChange={() => toggleKind(kind)} />
            <KindIcon kind={kind} size={14} />
            {kind === 'entry' ? 'Typed here' : KIND_NAMES[kind] + 's'}
          </label>
        ))}
      </fieldset>
      <label className="tl-filter-field">
        Source
        <select
          value={state.sourceIds.length === 1 ? String(state.sourceIds[0]) : state.sourceIds.length > 1 ? 'many' : ''}
          onChange={(event) => props.onChange({ sourceIds: event.target.value === '' ? [] : [Number(event.target.value)] })}
        >
          <option value="">All sources</option>
          {state.sourceIds.length > 1 ? <option value="many">{state.sourceIds.length} sources</option> : null}
          {(sources ?? []).map((source) => (
            <option key={source.id} value={source.id}>
              {source.title}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="tl-filter-field tl-filter-range">
        <legend className="visually-hidden">Dates</legend>
        <label>
          From <input type="date" value={state.from ?? ''} onChange={(event) => props.onChange({ from: DAY.test(event.target.value) ? event.target.value : null })} />
        </label>
        <label>
          to <input type="date" aria-label="To" value={state.to ?? ''} onChange={(event) => props.onChange({ to: DAY.test(event.target.value) ? event.target.value : null })} />
        </label>
      </fieldset>
      <label className="tl-kind-toggle" data-kind="publication">
        <input type="checkbox" checked={state.publications} onChange={(event) => props.onChange({ publications: event.target.checked })} />
        Publication dates
      </label>
      {filtered ? (
        <button type="button" className="link-button" onClick={() => props.onChange({ entityIds: [], kinds: [], sourceIds: [], from: null, to: null, query: '' })}>
          Clear filters
        </button>
      ) : null}
    </section>
  );
}
