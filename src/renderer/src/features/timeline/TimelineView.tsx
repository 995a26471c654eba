import { useCallback, useMemo, useRef, useState } from 'react';
import type { TimelineItem } from '../../../../shared/domain/timeline';
import { navigate, replaceRoute } from '../../app/route';
import { EmptyState } from '../../ui/EmptyState';
import { ConfirmDeleteDialog } from '../../ui/ConfirmDeleteDialog';
import { useApi } from '../../app/api-context';
import { ConflictsPanel } from './ConflictsPanel';
import { EntryForm } from './EntryForm';
import { ExportMenu } from './ExportMenu';
import { TimelineAxis, type AxisHandle } from './TimelineAxis';
import { TimelineCard } from './TimelineCard';
import { TimelineFilters } from './TimelineFilters';
import { TimelineList } from './TimelineList';
import { filtersOf, readTimelineState, timelineQuery, type LaneMode, type TimelineState } from './timeline-state';
import { useTimeline } from './use-timeline';
import { isTyping } from '../../ui/is-typing';

type Panel = { type: 'card'; id: string } | { type: 'conflicts' } | { type: 'form'; editing: TimelineItem | null } | null;

const NO_CONFLICTS: ReadonlySet<string> = new Set();


/** The Timeline view: every dated item in a list or on a zoomable axis, filtered by the route. */
export function TimelineView({ query }: { query: Record<string, string> | undefined }) {
  const api = useApi();
  const state = readTimelineState(query);
  const filters = useMemo(() => filtersOf(state), [JSON.stringify(state)]); // eslint-disable-line react-hooks/exhaustive-deps
  const { data, error } = useTimeline(filters);
  const [panel, setPanel] = useState<Panel>(null);
  const [deleting, setDeleting] = useState<TimelineItem | null>(null);
  const axis = useRef<AxisHandle>(null);

  const change = useCallback(
    (changes: Partial<TimelineState>, typing = false) => {
      const next = { view: 'timeline' as const, rest: [], query: timelineQuery({ ...readTimelineState(query), ...changes }) };
      if (typing) replaceRoute(next);
      else navigate(next);
    },
    [query],
  );

  const items = data?.items;
  const itemsById = useMemo(() => new Map((items ?? []).map((item) => [item.id, item])), [items]);
  const conflicted = useMemo(() => (data ? new Set(data.conflicts.flatMap((conflict) => conflict.itemIds)) : NO_CONFLICTS), [data]);
  const selected = panel?.type === 'card' ? (itemsById.get(panel.id) ?? null) : null;
  const open = useCallback((item: TimelineItem) => setPanel({ type: 'card', id: item.id }), []);
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
      <TimelineAxis ref={axis} items={data.items} conflicted={conflicted} selectedId={selected?.id ?? null} lanes={state.lanes} fitKey={JSON.stringify(filters)} onOpen={open} />
    ) : data ? (
      <TimelineList items={data.items} conflicted={conflicted} selectedId={selected?.id ?? null} onOpen={open} />
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
      <div className="tl-body">
        <div className="tl-main">{body}</div>
        {panel ? (
          <aside className="tl-side" aria-label={panel.type === 'card' ? 'Item' : panel.type === 'conflicts' ? 'Conflicts' : 'Event'}>
            {panel.type === 'card' && selected ? (
              <TimelineCard
                key={selected.id}
                item={selected}
                conflicts={data?.conflicts.filter((conflict) => conflict.itemIds.includes(selected.id)) ?? []}
                itemsById={itemsById}
                onClose={() => setPanel(null)}
                onSelect={open}
                onEdit={() => setPanel({ type: 'form', editing: selected })}
                onDelete={() => setDeleting(selected)}
              />
            ) : panel.type === 'conflicts' ? (
              <ConflictsPanel conflicts={data?.conflicts ?? []} itemsById={itemsById} onSelect={open} onClose={() => setPanel(null)} />
            ) : panel.type === 'form' ? (
              <EntryForm key={panel.editing?.id ?? 'new'} editing={panel.editing} onDone={(item) => setPanel(item ? { type: 'card', id: item.id } : panel.editing ? { type: 'card', id: panel.editing.id } : null)} />
            ) : (
              <p className="field-hint">This item is no longer on the timeline.</p>
            )}
          </aside>
        ) : null}
      </div>
      {deleting && deleting.entryId !== null ? (
        <ConfirmDeleteDialog
          title="Delete this event?"
          confirmLabel="Delete event"
          deletedTitle="Event deleted"
          onConfirm={() => api.call('timeline.deleteEntry', { id: deleting.entryId! })}
          onClose={() => setDeleting(null)}
          onDeleted={() => setPanel(null)}
        >
          “{deleting.headline}” ({deleting.date.label}) was typed on the timeline; it is removed from this investigation.
        </ConfirmDeleteDialog>
      ) : null}
    </div>
  );
}
