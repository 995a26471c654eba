import type { TimelineConflict, TimelineItem } from '../../../../shared/domain/timeline';
import { KindIcon } from './KindIcon';

/** Every conflict: why its items were grouped, and each item's date and source. */
export function ConflictsPanel(props: { conflicts: readonly TimelineConflict[]; itemsById: ReadonlyMap<string, TimelineItem>; onSelect(item: TimelineItem): void; onClose(): void }) {
  return (
    <section className="tl-conflicts" aria-label="Conflicts">
      <header className="tl-card-header">
        <h2 className="inspector-heading">Conflicts</h2>
        <button type="button" className="icon-button tl-card-close" aria-label="Close conflicts" onClick={props.onClose}>
          ×
        </button>
      </header>
      {props.conflicts.length === 0 ? (
        <p className="field-hint">No conflicts: nothing here seems to be dated two ways.</p>
      ) : (
        <ol className="tl-conflict-list">
          {props.conflicts.map((conflict, index) => (
            <li key={index}>
              <p className="tl-conflict-reason">{conflict.reason}</p>
              <ul>
                {conflict.itemIds
                  .map((id) => props.itemsById.get(id))
                  .filter((item): item is TimelineItem => Boolean(item))
                  .map((item) => (
                    <li key={item.id}>
                      <button type="button" className="tl-conflict-item" onClick={() => props.onSelect(item)}>
                        <KindIcon kind={item.kind} size={14} />
                        <strong>{item.date.label}</strong>
                        <span>{item.sourceTitle ?? 'Typed on the timeline'}</span>
                      </button>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
