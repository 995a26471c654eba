import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TimelineItem } from '../../../../shared/domain/timeline';
import { useTagging } from '../tagging/tagging-context';
import { KindIcon } from './KindIcon';
import { listRows, rowsInView, type ListRow } from './list-rows';

/**
 * The reading layout: items in time order under year and month headings, drawn only where the
 * scroller shows them. Arrows move between items, Enter opens the card.
 */
export function TimelineList(props: {
  items: readonly TimelineItem[];
  conflicted: ReadonlySet<string>;
  selectedId: string | null;
  onOpen(item: TimelineItem): void;
}) {
  const { entitiesById } = useTagging();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const [active, setActive] = useState(0);
  const { rows, height } = useMemo(() => listRows(props.items), [props.items]);
  const itemRows = useMemo(() => rows.filter((row): row is Extract<ListRow, { type: 'item' }> => row.type === 'item'), [rows]);
  const shown = rowsInView(rows, view.top, view.height);
  const activeIndex = Math.min(active, Math.max(0, props.items.length - 1));

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Keep the selected item the active one, so the keyboard carries on from a click.
  useEffect(() => {
    if (props.selectedId === null) return;
    const index = props.items.findIndex((item) => item.id === props.selectedId);
    if (index >= 0) setActive(index);
  }, [props.selectedId, props.items]);

  function reveal(index: number) {
    const element = scroller.current;
    const row = itemRows[index];
    if (!element || !row) return;
    if (row.top < element.scrollTop + 40) element.scrollTop = Math.max(0, row.top - 80);
    else if (row.top + row.height > element.scrollTop + element.clientHeight) element.scrollTop = row.top + row.height - element.clientHeight + 8;
  }

  function onKeyDown(event: React.KeyboardEvent) {
    const count = props.items.length;
    if (count === 0) return;
    let next: number | null = null;
    if (event.key === 'ArrowDown') next = Math.min(count - 1, activeIndex + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, activeIndex - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if (event.key === 'PageDown') next = Math.min(count - 1, activeIndex + 8);
    else if (event.key === 'PageUp') next = Math.max(0, activeIndex - 8);
    else if (event.key === 'Enter') {
      event.preventDefault();
      props.onOpen(props.items[activeIndex]!);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    reveal(next);
  }

  const activeItem = props.items[activeIndex];
  return (
    <div
      ref={scroller}
      className="tl-list"
      role="listbox"
      aria-label="Timeline items"
      tabIndex={0}
      aria-activedescendant={activeItem ? `tl-item-${activeItem.id}` : undefined}
      onScroll={(event) => setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })}
      onKeyDown={onKeyDown}
    >
      <div className="tl-list-canvas" style={{ height }}>
        {shown.map((row) =>
          row.type === 'year' ? (
            <h3 key={row.key} className="tl-list-year" style={{ top: row.top, height: row.height }}>
              {row.label}
            </h3>
          ) : row.type === 'month' ? (
            <h4 key={row.key} className="tl-list-month" style={{ top: row.top, height: row.height }}>
              {row.label}
            </h4>
          ) : (
            <div
              key={row.key}
              id={`tl-item-${row.item.id}`}
              role="option"
              aria-selected={row.item.id === props.selectedId}
              data-active={row.index === activeIndex || undefined}
              data-kind={row.item.kind}
              className={`tl-list-item${props.conflicted.has(row.item.id) ? ' tl-conflicted' : ''}${row.item.date.approximate ? ' tl-approximate' : ''}`}
              style={{ top: row.top, height: row.height }}
              onClick={() => {
                setActive(row.index);
                props.onOpen(row.item);
              }}
            >
              <span className="tl-list-date" title={row.item.date.approximate ? `${row.item.date.label} (approximate)` : row.item.date.label}>
                {row.item.date.label}
              </span>
              <span className="tl-list-kind">
                <KindIcon kind={row.item.kind} />
              </span>
              <span className="tl-list-main">
                <span className="tl-list-headline">
                  {props.conflicted.has(row.item.id) ? (
                    <span className="tl-conflict-mark" title="Dated differently elsewhere: see Conflicts" aria-label="In a conflict">
                      !
                    </span>
                  ) : null}
                  {row.item.headline}
                </span>
                <span className="tl-list-meta">
                  {row.item.entityIds.map((id) => entitiesById.get(id)?.name ?? '…').join(', ')}
                  {row.item.entityIds.length && row.item.sourceTitle ? ' · ' : ''}
                  {row.item.sourceTitle ? <cite>{row.item.sourceTitle}</cite> : null}
                </span>
              </span>
            </div>
          ),
        )}
      </div>
    </div>
  );
}
