import { useId, useState } from 'react';
import type { Entity } from '../../../../shared/domain/entity';
import { filterEntities } from './entity-list-order';
import { entityTypeLabel } from './entity-types';
import { EntityTypeIcon } from './EntityTypeIcon';

const SHOWN = 8;

/**
 * Chooses an entity by typing part of a name or alias: a combobox (arrows move, Enter
 * chooses, Escape closes the list). Typing again forgets the choice.
 */
export function EntityPicker(props: { label: string; entities: Entity[]; chosen: Entity | null; onChoose(entity: Entity | null): void }) {
  const listId = useId();
  const [query, setQuery] = useState(props.chosen?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = filterEntities(props.entities, query).slice(0, SHOWN);
  const expanded = open && matches.length > 0;

  const choose = (entity: Entity) => {
    props.onChoose(entity);
    setQuery(entity.name);
    setOpen(false);
  };

  return (
    <div className="entity-picker">
      <label className="field">
        <span className="field-label">{props.label}</span>
        <input
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
          placeholder="Type a name or alias"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
            if (props.chosen) props.onChoose(null);
          }}
          onFocus={() => setOpen(props.chosen === null)}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              setOpen(true);
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((index) => (matches.length === 0 ? 0 : (index + step + matches.length) % matches.length));
            } else if (event.key === 'Enter' && expanded) {
              event.preventDefault();
              const match = matches[active];
              if (match) choose(match);
            } else if (event.key === 'Escape' && expanded) {
              // Closes the list only; a second Escape closes the dialog around it.
              event.preventDefault();
              event.stopPropagation();
              setOpen(false);
            }
          }}
        />
      </label>
      <ul id={listId} role="listbox" className="picker-list" hidden={!expanded} aria-label={props.label}>
        {matches.map((entity, index) => (
          <li
            key={entity.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="picker-option"
            // Keeps the focus in the field, so the list does not close before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(entity)}
          >
            <EntityTypeIcon type={entity.type} />
            <span className="picker-name">{entity.name}</span>
            <span className="picker-meta">
              {entityTypeLabel[entity.type]}
              {entity.aliases.length > 0 ? ` · ${entity.aliases.join(', ')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {open && query.trim() !== '' && matches.length === 0 ? <p className="field-hint">No other entity answers to “{query.trim()}”.</p> : null}
    </div>
  );
}
