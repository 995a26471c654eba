import { useState } from 'react';
import type { TimelineConflict, TimelineItem, TimelineLink, TimelineLinkRelation } from '../../../../shared/domain/timeline';
import { annotationRoute, navigate, routeToHash } from '../../app/route';
import { useTagging } from '../tagging/tagging-context';
import { KIND_NAMES, KindIcon } from './KindIcon';
import { isLinkable, SameEventPicker } from './SameEventPicker';

/** A quote in quotation marks, unless the tagged words already carry their own. */
function quoted(words: string): string {
  return /^["“‘'«„]/.test(words.trim()) ? words : `“${words}”`;
}

function otherOf(link: TimelineLink, id: string): string {
  return link.itemIds[0] === id ? link.itemIds[1] : link.itemIds[0];
}

/** An item's card: its words, date, entities and source; the way back to the span; edit and delete for typed events. */
export function TimelineCard(props: {
  item: TimelineItem;
  conflicts: readonly TimelineConflict[];
  itemsById: ReadonlyMap<string, TimelineItem>;
  /** The reporter's links from this item to others. */
  links: readonly TimelineLink[];
  onLink(other: TimelineItem, relation: TimelineLinkRelation): void;
  onUnlink(other: TimelineItem): void;
  onEdit(): void;
  onDelete(): void;
  onClose(): void;
  onSelect(item: TimelineItem): void;
}) {
  const { entitiesById } = useTagging();
  const { item } = props;
  const [picking, setPicking] = useState(false);
  const others = (ids: readonly string[]) => ids.filter((id) => id !== item.id).map((id) => props.itemsById.get(id)).filter((other): other is TimelineItem => Boolean(other));
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
      <h2 className="tl-card-headline">{item.kind === 'quote' ? quoted(item.headline) : item.headline}</h2>
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
            {others(conflict.itemIds).map((other) => (
              <li key={other.id}>
                <button type="button" className="link-button" onClick={() => props.onSelect(other)}>
                  {other.date.label}
                </button>{' '}
                — {other.sourceTitle ?? 'typed on the timeline'}
              </li>
            ))}
          </ul>
          {!conflict.linked && isLinkable(item) ? (
            <button
              type="button"
              className="link-button tl-not-same"
              title="These only look alike: stop showing them as a conflict"
              onClick={() => others(conflict.itemIds).filter(isLinkable).forEach((other) => props.onLink(other, 'different'))}
            >
              Not the same event
            </button>
          ) : null}
        </section>
      ))}
      {props.links.length > 0 ? (
        <section className="tl-card-links" aria-label="Linked by you">
          <h3 className="tl-card-subheading">Linked by you</h3>
          <ul>
            {props.links.map((link) => {
              const other = props.itemsById.get(otherOf(link, item.id));
              if (!other) return null;
              return (
                <li key={other.id}>
                  <span>{link.relation === 'same' ? 'One event with ' : 'A different event from '}</span>
                  <button type="button" className="link-button" onClick={() => props.onSelect(other)}>
                    {other.date.label}
                  </button>{' '}
                  — {other.sourceTitle ?? 'typed on the timeline'}{' '}
                  <button type="button" className="link-button tl-unlink" aria-label={`Forget the link to ${other.headline}`} onClick={() => props.onUnlink(other)}>
                    {link.relation === 'same' ? 'Unlink' : 'Forget'}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {picking ? (
        <SameEventPicker
          item={item}
          items={[...props.itemsById.values()].filter((other) => !props.links.some((link) => link.relation === 'same' && link.itemIds.includes(other.id)))}
          onPick={(other) => {
            setPicking(false);
            props.onLink(other, 'same');
          }}
          onClose={() => setPicking(false)}
        />
      ) : null}
      <div className="tl-form-actions">
        {target ? (
          <button type="button" className="button button-primary" onClick={() => navigate(target)}>
            Open in source
          </button>
        ) : null}
        {isLinkable(item) && !picking ? (
          <button type="button" className="button" title="Link this item to another that tells the same event" onClick={() => setPicking(true)}>
            Same event as…
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
