import { useMemo, useState } from 'react';
import type { TimelineItem } from '../../../../shared/domain/timeline';
import { KindIcon } from './KindIcon';

const SHOWN = 8;

export function isLinkable(item: TimelineItem): boolean {
  return item.annotationId !== null || item.entryId !== null;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The items another could be one event with: the nearest in time first, narrowed by the words
 * typed (headline or source). Arrows move, Enter picks, Escape closes.
 */
export function candidatesFor(item: TimelineItem, items: readonly TimelineItem[], query: string): TimelineItem[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const middle = (other: TimelineItem) => Date.parse(`${other.date.start}T00:00:00Z`) / 2 + Date.parse(`${other.date.end}T00:00:00Z`) / 2;
  const here = middle(item);
  return items
    .filter((other) => other.id !== item.id && isLinkable(other))
    .filter((other) => {
      const haystack = fold(`${other.headline} ${other.sourceTitle ?? ''} ${other.date.label}`);
      return words.every((word) => haystack.includes(word));
    })
    .map((other) => ({ other, distance: Math.abs(middle(other) - here) }))
    .sort((a, b) => a.distance - b.distance || a.other.id.localeCompare(b.other.id))
    .slice(0, SHOWN)
    .map(({ other }) => other);
}

export function SameEventPicker(props: { item: TimelineItem; items: readonly TimelineItem[]; onPick(other: TimelineItem): void; onClose(): void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const candidates = useMemo(() => candidatesFor(props.item, props.items, query), [props.item, props.items, query]);
  const activeIndex = Math.min(active, candidates.length - 1);

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, candidates.length - 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter' && candidates[activeIndex]) props.onPick(candidates[activeIndex]);
    else if (event.key === 'Escape') props.onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div className="tl-same-picker">
      <label className="field-label" htmlFor="tl-same-query">
        The same event as…
      </label>
      <input
        id="tl-same-query"
        role="combobox"
        aria-expanded="true"
        aria-controls="tl-same-options"
        aria-activedescendant={candidates[activeIndex] ? `tl-same-${activeIndex}` : undefined}
        placeholder="Type words of the other item"
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="tl-same-options" role="listbox" aria-label="Items nearest in time">
        {candidates.length === 0 ? <li className="field-hint">No other tagged or typed item matches.</li> : null}
        {candidates.map((other, index) => (
          <li
            key={other.id}
            id={`tl-same-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className="tl-same-option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => props.onPick(other)}
          >
            <KindIcon kind={other.kind} size={14} />
            <span className="tl-same-date">{other.date.label}</span>
            <span className="tl-same-headline">{other.headline}</span>
            <span className="tl-same-source">{other.sourceTitle ?? 'Typed on the timeline'}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
