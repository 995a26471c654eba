import type { TimelineConflict, TimelineItem } from '../../../../shared/domain/timeline';
import { annotationRoute, navigate, routeToHash } from '../../app/route';
import { useTagging } from '../tagging/tagging-context';
import { KIND_NAMES, KindIcon } from './KindIcon';

/** An item's card: its words, date, entities and source; the way back to the span; edit and delete for typed events. */
export function TimelineCard(props: {
  item: TimelineItem;
  conflicts: readonly TimelineConflict[];
  itemsById: ReadonlyMap<string, TimelineItem>;
  onEdit(): void;
  onDelete(): void;
  onClose(): void;
  onSelect(item: TimelineItem): void;
}) {
  const { entitiesById } = useTagging();
  const { item } = props;
  const target = item.sourceId !== null && item.annotationId !== null ? annotationRoute(item.sourceId, item.annotationId) : item.sourceId !== null ? { view: 'sources' as const, rest: [String(item.sourceId)] } : null;
  return (
    <article className="tl-card" data-kind={item.kind} aria-label="Timeline item">
      <header className="tl-card-header">
        <KindIcon kind={item.kind} />
        <span className="tl-card-kind">{KIND_NAMES[item.kind]}</span>
        <button type="button" className="icon-button tl-card-close" aria-label="Close the card" title="Close (Esc)" onClick={props.onClose}>
          ×
        </button>
      </header>
      <p className={`tl-card-date${item.date.approximate ? ' tl-approximate' : ''}`}>
        {item.date.label}
        {item.date.approximate ? <span className="tl-card-approx"> (approximate)</span> : null}
      </p>
      <h2 className="tl-card-headline">{item.kind === 'quote' ? `“${item.headline}”` : item.headline}</h2>
      {item.text
        ? item.text.split(/\n\s*\n/).map((paragraph, index) => (
            <p key={index} className="tl-card-text">
              {paragraph}
            </p>
          ))
        : null}
      {item.entityIds.length > 0 ? (
        <ul className="tl-chips" aria-label="Entities">
          {item.entityIds.map((id) => {
            const entity = entitiesById.get(id);
            return (
              <li key={id} className={`entity-chip entity-chip-${entity?.type ?? 'other'}`}>
                <a href={routeToHash({ view: 'entities', rest: [String(id)] })}>{entity?.name ?? `Entity ${id}`}</a>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="tl-card-source">{item.sourceTitle ? <>From <cite>{item.sourceTitle}</cite></> : 'Typed on the timeline'}</p>
      {props.conflicts.map((conflict, index) => (
        <section key={index} className="tl-card-conflict" aria-label="Conflict">
          <p>
            <span className="tl-conflict-mark">!</span> {conflict.reason}
          </p>
          <ul>
            {conflict.itemIds
              .filter((id) => id !== item.id)
              .map((id) => props.itemsById.get(id))
              .filter((other): other is TimelineItem => Boolean(other))
              .map((other) => (
                <li key={other.id}>
                  <button type="button" className="link-button" onClick={() => props.onSelect(other)}>
                    {other.date.label}
                  </button>{' '}
                  — {other.sourceTitle ?? 'typed on the timeline'}
                </li>
              ))}
          </ul>
        </section>
      ))}
      <div className="tl-form-actions">
        {target ? (
          <button type="button" className="button button-primary" onClick={() => navigate(target)}>
            Open in source
          </button>
        ) : null}
        {item.kind === 'entry' && item.entryId !== null ? (
          <>
            <button type="button" className="button" onClick={props.onEdit}>
              Edit
            </button>
            <button type="button" className="button button-danger-quiet" onClick={props.onDelete}>
              Delete
            </button>
          </>
        ) : null}
      </div>
    </article>
  );
}
