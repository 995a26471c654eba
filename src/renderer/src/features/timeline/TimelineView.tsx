import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { TimelineItem } from '../../../../shared/domain/timeline';
import { navigate, replaceRoute } from '../../app/route';
import { EmptyState } from '../../ui/EmptyState';
import { isTyping } from '../../ui/is-typing';
import { ExportMenu } from './ExportMenu';
import { TimelineAxis, type AxisHandle } from './TimelineAxis';
import { TimelineFilters } from './TimelineFilters';
import { TimelineList } from './TimelineList';
import { useTimelineSelection } from './timeline-selection';
import { filtersOf, readTimelineState, timelineQuery, type LaneMode, type TimelineState } from './timeline-state';
import { useTimeline } from './use-timeline';

const NO_CONFLICTS: ReadonlySet<string> = new Set();

/**
 * The Timeline view: every dated item in a list or on a zoomable axis, filtered by the route.
 * The open item's card, the conflicts and the entry form are in the app's inspector.
 */
export function TimelineView({ query }: { query: Record<string, string> | undefined }) {
  const state = readTimelineState(query);
  const stateKey = JSON.stringify(state);
  const filters = useMemo(() => filtersOf(state), [stateKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const filtersKey = useMemo(() => JSON.stringify(filters), [filters]);
  const { data, error } = useTimeline(filters);
  const { panel, show: setPanel, publish } = useTimelineSelection();
  const axis = useRef<AxisHandle>(null);
  useEffect(() => publish(data ?? null), [data, publish]);

  const change = useCallback(
    (changes: Partial<TimelineState>, typing = false) => {
      const next = { view: 'timeline' as const, rest: [], query: timelineQuery({ ...readTimelineState(query), ...changes }) };
      if (typing) replaceRoute(next);
      else navigate(next);
    },
    [query],
  );

  const conflicted = useMemo(() => (data ? new Set(data.conflicts.flatMap((conflict) => conflict.itemIds)) : NO_CONFLICTS), [data]);
  const selectedId = panel?.type === 'card' ? panel.id : null;
  const open = useCallback((item: TimelineItem) => setPanel({ type: 'card', id: item.id }), [setPanel]);
  const filtered = filters.entityIds!.length + filters.kinds!.length + filters.sourceIds!.length > 0 || Boolean(filters.from || filters.to || filters.query);

  function onKeyDown(event: React.KeyboardEvent) {
    if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'n' || event.key === 'N') {
      event.preventDefault();
      setPanel({ type: 'form', editing: null });
    } else if (event.key === 'Escape' && panel) {
      setPanel(null);
    }
  }

  const body =
    !data && !error ? (
      <p className="view-loading">Loading the timeline…</p>
    ) : data && data.items.length === 0 && !filtered && !state.publications ? (
      <EmptyState
        icon="timeline"
        title="Nothing dated yet"
        action={
          <button type="button" className="button button-primary" onClick={() => setPanel({ type: 'form', editing: null })}>
            Add event
          </button>
        }
      >
        Events, dated quotes and claims appear here in order, each linked back to the sentence it came from. Tag an event in a source and say when it happened, give a quote the
        date it was said, or add an event here.
      </EmptyState>
    ) : data && data.items.length === 0 ? (
      <div className="tl-none">
        <p>Nothing on the timeline matches these filters.</p>
        <button type="button" className="button" onClick={() => change({ entityIds: [], kinds: [], sourceIds: [], from: null, to: null, query: '' })}>
          Clear filters
        </button>
      </div>
    ) : data && state.layout === 'axis' ? (
      <TimelineAxis ref={axis} items={data.items} conflicted={conflicted} selectedId={selectedId} lanes={state.lanes} fitKey={filtersKey} onOpen={open} />
    ) : data ? (
      <TimelineList items={data.items} conflicted={conflicted} selectedId={selectedId} onOpen={open} />
    ) : null;

  return (
    <div className="tl-view" onKeyDown={onKeyDown}>
      <header className="tl-toolbar">
        <h1 className="tl-title">Timeline</h1>
        <div className="tl-segmented" role="radiogroup" aria-label="Layout">
          {(['list', 'axis'] as const).map((layout) => (
            <button key={layout} type="button" role="radio" aria-checked={state.layout === layout} onClick={() => change({ layout })}>
              {layout === 'list' ? 'List' : 'Axis'}
            </button>
          ))}
        </div>
        {state.layout === 'axis' ? (
          <label className="tl-filter-field">
            Lanes by
            <select value={state.lanes} onChange={(event) => change({ lanes: event.target.value as LaneMode })}>
              <option value="kind">kind</option>
              <option value="entity">entity</option>
              <option value="source">source</option>
            </select>
          </label>
        ) : null}
        <span className="tl-count" aria-live="polite">
          {data ? `${data.items.length.toLocaleString()} item${data.items.length === 1 ? '' : 's'}` : ''}
        </span>
        <span className="tl-toolbar-spacer" />
        <button type="button" className={`button${data && data.conflicts.length > 0 ? ' tl-conflicts-button' : ''}`} aria-pressed={panel?.type === 'conflicts'} onClick={() => setPanel(panel?.type === 'conflicts' ? null : { type: 'conflicts' })}>
          Conflicts{data ? ` (${data.conflicts.length})` : ''}
        </button>
        <ExportMenu filters={filters} image={state.layout === 'axis' && data && data.items.length > 0 ? () => axis.current?.image() ?? null : null} />
        <button type="button" className="button button-primary" title="Add an event (N)" onClick={() => setPanel({ type: 'form', editing: null })}>
          Add event
        </button>
      </header>
      <TimelineFilters state={state} onChange={change} />
      {error ? (
        <p className="field-error tl-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="tl-main">{body}</div>
    </div>
  );
}
