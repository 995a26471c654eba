import { useCallback, useMemo } from 'react';
import type { TimelineItem, TimelineLinkRelation } from '../../../../shared/domain/timeline';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { useToasts } from '../../app/toasts';
import { shortcutLabel } from '../../app/shortcut-label';
import { useTagging } from '../tagging/tagging-context';
import { ConflictsPanel } from './ConflictsPanel';
import { EntryForm } from './EntryForm';
import { TimelineCard } from './TimelineCard';
import { useTimelineSelection } from './timeline-selection';

/**
 * The timeline's part of the inspector: the open item's card, the conflicts, or the entry form.
 * Null when none is open, so the inspector shows the investigation instead.
 */
export function TimelineInspector() {
  const api = useApi();
  const toasts = useToasts();
  const { record } = useTagging();
  const { panel, show, data } = useTimelineSelection();
  const itemsById = useMemo(() => new Map((data?.items ?? []).map((item) => [item.id, item])), [data]);
  const open = useCallback((item: TimelineItem) => show({ type: 'card', id: item.id }), [show]);
  const close = useCallback(() => show(null), [show]);

  // Undoable rather than confirmed (UI.md): the entry comes back whole, under its own id.
  const remove = useCallback(
    async (item: TimelineItem) => {
      if (item.entryId === null) return;
      const id = item.entryId;
      try {
        await record(async () => {
          let removed = await api.call('timeline.deleteEntry', { id });
          return {
            result: removed,
            step: {
              label: 'Event deleted',
              undo: async () => {
                const restored = await api.call('timeline.restoreEntry', { entry: removed });
                show({ type: 'card', id: restored.id });
              },
              redo: async () => void (removed = await api.call('timeline.deleteEntry', { id: removed.id })),
            },
          };
        });
        show(null);
        toasts.show({ tone: 'info', title: 'Event deleted', message: `“${item.headline}”. Undo with ${shortcutLabel('Mod+Z')}.` });
      } catch (error) {
        toasts.show({ tone: 'error', title: 'Could not delete this event', message: messageOf(error) });
      }
    },
    [api, record, show, toasts],
  );

  // The reporter's word on two items, undoable: undo puts back what was said before, if anything.
  const relate = useCallback(
    async (item: TimelineItem, other: TimelineItem, relation: TimelineLinkRelation | null) => {
      const itemIds: [string, string] = [item.id, other.id];
      const before = data?.links.find((link) => link.itemIds.includes(item.id) && link.itemIds.includes(other.id))?.relation ?? null;
      const apply = async (to: TimelineLinkRelation | null) =>
        void (to ? await api.call('timeline.link', { itemIds, relation: to }) : await api.call('timeline.unlink', { itemIds }));
      const label = relation === 'same' ? 'Linked as one event' : relation === 'different' ? 'Marked as different events' : 'Link forgotten';
      try {
        await record(async () => {
          await apply(relation);
          return { result: null, step: { label, undo: () => apply(before), redo: () => apply(relation) } };
        });
      } catch (error) {
        toasts.show({ tone: 'error', title: 'Could not change the link', message: messageOf(error) });
      }
    },
    [api, data, record, toasts],
  );

  if (!panel) return null;
  if (panel.type === 'conflicts') return <ConflictsPanel conflicts={data?.conflicts ?? []} itemsById={itemsById} onSelect={open} onClose={close} />;
  if (panel.type === 'form') {
    return (
      <EntryForm
        key={panel.editing?.id ?? 'new'}
        editing={panel.editing}
        onDone={(item) => show(item ? { type: 'card', id: item.id } : panel.editing ? { type: 'card', id: panel.editing.id } : null)}
      />
    );
  }
  const item = itemsById.get(panel.id);
  if (!item) {
    return (
      <p className="field-hint">
        {data ? 'This item is no longer on the timeline, or the filters hide it.' : 'Open the timeline to see this item.'}
      </p>
    );
  }
  return (
    <TimelineCard
      key={item.id}
      item={item}
      conflicts={data?.conflicts.filter((conflict) => conflict.itemIds.includes(item.id)) ?? []}
      itemsById={itemsById}
      links={data?.links.filter((link) => link.itemIds.includes(item.id)) ?? []}
      onLink={(other, relation) => void relate(item, other, relation)}
      onUnlink={(other) => void relate(item, other, null)}
      onClose={close}
      onSelect={open}
      onEdit={() => show({ type: 'form', editing: item })}
      onDelete={() => void remove(item)}
    />
  );
}
