import { useEffect, useRef, useState } from 'react';
import type { StatementHighlightsView, StatementView } from '../../../../shared/domain/comparison';
import { annotationRoute, routeToHash } from '../../app/route';
import { formatPartialDate } from '../../ui/format-date';
import { HighlightedText } from './HighlightedText';

export interface PairChoice {
  column: number;
  columnLabel: string;
  statement: StatementView;
}

/** Where a statement sits in the table, for moving between statements with the arrows. */
export interface CardPlace {
  column: number;
  /** "r3" for the third row, "u" for the unpaired lists. */
  group: string;
}

/**
 * One statement: its words (with the row's highlights), who said it when and how, its source
 * cited, a link to the span, and re-pairing by hand: "Pair with…" another column's statement,
 * or "Keep apart" to take it out of its row.
 */
export function StatementCard(props: {
  statement: StatementView;
  highlights: StatementHighlightsView | null;
  place: CardPlace;
  inRow: boolean;
  choices: readonly PairChoice[];
  onPair(target: PairChoice): void;
  onKeepApart(): void;
  onTogglePin?: () => void;
}) {
  const { statement } = props;
  const [picking, setPicking] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  const source = statement.source;
  const said = [statement.speaker?.name, statement.date ? `${formatPartialDate(statement.date)}${statement.dateFromSource ? ' (source’s date)' : ''}` : 'undated', statement.channel].filter(Boolean);
  const cited = [source.outlet, source.publishedDate ? formatPartialDate(source.publishedDate) : null].filter(Boolean).join(', ');

  function onKeyDown(event: React.KeyboardEvent<HTMLElement>) {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (event.key.startsWith('Arrow')) {
      event.preventDefault();
      moveFocus(event.currentTarget, event.key);
    } else if (key === 'r' && props.choices.length > 0) {
      event.preventDefault();
      setPicking(true);
    } else if (key === 'p' && props.onTogglePin) {
      event.preventDefault();
      props.onTogglePin();
    } else if (key === 'k' && props.inRow) {
      event.preventDefault();
      props.onKeepApart();
    } else if (key === 'o' || event.key === 'Enter') {
      event.preventDefault();
      link.current?.click();
    }
  }

  return (
    <article
      className={`cmp-statement cmp-statement-${statement.kind}`}
      aria-label={`${statement.kind === 'claim' ? 'Claim' : 'Quote'} by ${statement.speaker?.name ?? 'no one named'}`}
      tabIndex={0}
      data-statement-id={statement.id}
      data-column={props.place.column}
      data-group={props.place.group}
      onKeyDown={onKeyDown}
    >
      <blockquote className="cmp-words">
        {statement.kind === 'claim' ? <span className="cmp-kind-badge">Claim</span> : null}
        <HighlightedText text={statement.text} highlights={props.highlights} />
      </blockquote>
      <p className="cmp-said">{said.join(' · ')}</p>
      <p className="cmp-cite">
        <cite>{source.title}</cite>
        {cited ? <span>{` — ${cited}`}</span> : null}
      </p>
      <div className="cmp-actions">
        <a ref={link} className="link-button" href={routeToHash(annotationRoute(source.id, statement.id))} title="Open the source at these words (O)">
          Open in source
        </a>
        {props.choices.length > 0 ? (
          <button type="button" className="link-button" aria-haspopup="listbox" aria-expanded={picking} title="Put this statement in a row with another column’s statement (R)" onClick={() => setPicking(!picking)}>
            Pair with…
          </button>
        ) : null}
        {props.inRow ? (
          <button type="button" className="link-button" title="Take this statement out of its row, and keep it unpaired (K)" onClick={props.onKeepApart}>
            Keep apart
          </button>
        ) : null}
      </div>
      {picking ? (
        <PairPicker
          choices={props.choices}
          onPick={(choice) => {
            setPicking(false);
            props.onPair(choice);
          }}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </article>
  );
}

/** The statements of the other columns to pair with, as a listbox: arrows, Enter, Esc. */
function PairPicker(props: { choices: readonly PairChoice[]; onPick(choice: PairChoice): void; onClose(): void }) {
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.focus();
  }, []);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <ul
      ref={list}
      className="cmp-pair-picker"
      role="listbox"
      aria-label="Pair with"
      tabIndex={0}
      aria-activedescendant={`cmp-pair-${props.choices[active]?.statement.id}`}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node)) props.onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          event.stopPropagation();
          setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : -1) + props.choices.length) % props.choices.length);
        } else if (event.key === 'Enter') {
          event.preventDefault();
          event.stopPropagation();
          const choice = props.choices[active];
          if (choice) props.onPick(choice);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          (event.currentTarget.closest('.cmp-statement') as HTMLElement | null)?.focus();
          props.onClose();
        }
      }}
    >
      {props.choices.map((choice, index) => (
        <li
          key={`${choice.column}-${choice.statement.id}`}
          id={`cmp-pair-${choice.statement.id}`}
          data-index={index}
          role="option"
          aria-selected={index === active}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => props.onPick(choice)}
        >
          <span className="cmp-pair-column">{choice.columnLabel}</span>
          <span className="cmp-pair-words">{choice.statement.text}</span>
        </li>
      ))}
    </ul>
  );
}

/** Arrows between statements: up and down within a column, left and right across the same row. */
function moveFocus(from: HTMLElement, key: string) {
  const table = from.closest('.cmp-table');
  if (!table) return;
  const cards = [...table.querySelectorAll<HTMLElement>('.cmp-statement')];
  const column = from.dataset.column;
  let next: HTMLElement | undefined;
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const same = cards.filter((card) => card.dataset.column === column);
    const at = same.indexOf(from);
    next = same[at + (key === 'ArrowDown' ? 1 : -1)];
  } else {
    const delta = key === 'ArrowRight' ? 1 : -1;
    const row = cards.filter((card) => card.dataset.group === from.dataset.group && from.dataset.group !== 'u');
    const target = Number(column) + delta;
    next = row.find((card) => Number(card.dataset.column) === target) ?? cards.find((card) => Number(card.dataset.column) === target);
  }
  next?.focus();
}
