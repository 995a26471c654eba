import { useId, useMemo, useRef, useState } from 'react';
import type { Entity, EntityType } from '../../../../shared/domain/entity';
import { foldForSearch } from '../sources/source-list-order';
import { ENTITY_TYPE_LABELS } from './kinds';
import { useTagging } from './tagging-context';

const TYPES = Object.keys(ENTITY_TYPE_LABELS) as EntityType[];

/** Entities whose name or an alias contains every word typed, best (name starts with it) first. */
export function matchEntities(entities: readonly Entity[], query: string, limit = 8): Entity[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return entities.slice(0, limit);
  const scored = entities.flatMap((entity) => {
    const names = [entity.name, ...entity.aliases].map(foldForSearch);
    if (!names.some((name) => words.every((word) => name.includes(word)))) return [];
    const starts = names.some((name) => name.startsWith(words[0]!)) ? 0 : 1;
    return [{ entity, starts }];
  });
  return scored.sort((a, b) => a.starts - b.starts || a.entity.name.localeCompare(b.entity.name)).slice(0, limit).map(({ entity }) => entity);
}

/**
 * A typeahead over the registry (names and aliases, accents ignored) that can also create the
 * entity on the spot, typed: a combobox with a listbox, driven by arrows and Enter.
 */
export function EntityPicker(props: {
  label: string;
  value: number | null;
  onChange(id: number | null): void;
  /** What a new entity is made as unless the reporter picks otherwise. */
  defaultType?: EntityType;
  /** Prefills the search (the tagged text), so Enter creates or links it at once. */
  initialQuery?: string;
  autoFocus?: boolean;
  inputId?: string;
  /** False where a new entity is described by other fields (a suggestion's correction): only the registry's are offered. */
  allowCreate?: boolean;
}) {
  const tagging = useTagging();
  const current = props.value !== null ? tagging.entitiesById.get(props.value) : undefined;
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [open, setOpen] = useState(Boolean(props.autoFocus && props.initialQuery));
  const [active, setActive] = useState(0);
  const [newType, setNewType] = useState<EntityType>(props.defaultType ?? 'person');
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => matchEntities(tagging.entities, query), [tagging.entities, query]);
  const exactMatch = matches.some((entity) => foldForSearch(entity.name) === foldForSearch(query.trim()));
  const offersCreate = (props.allowCreate ?? true) && query.trim() !== '' && !exactMatch;
  const options = [
    ...matches.map((entity) => ({ key: `e${entity.id}`, label: entity.name, detail: ENTITY_TYPE_LABELS[entity.type], pick: () => choose(entity.id) })),
    ...(offersCreate
      ? [{ key: 'new', label: `Create “${query.trim()}”`, detail: `as ${ENTITY_TYPE_LABELS[newType].toLowerCase()}`, pick: () => void create() }]
      : []),
  ];

  function choose(id: number | null) {
    props.onChange(id);
    setOpen(false);
    setQuery('');
  }

  async function create() {
    const created = await tagging.createEntity({ name: query.trim(), type: newType });
    if (created) choose(created.id);
  }

  return (
    <div className="entity-picker field">
      <label className="field-label" htmlFor={props.inputId ?? listId + '-input'}>
        {props.label}
      </label>
      {current && !open ? (
        <div className="entity-chosen">
          <span className={`entity-chip entity-chip-${current.type}`}>{current.name}</span>
          <button type="button" className="link-button" onClick={() => { setOpen(true); setQuery(''); requestAnimationFrame(() => inputRef.current?.focus()); }}>
            Change
          </button>
          <button type="button" className="link-button" onClick={() => choose(null)}>
            Remove
          </button>
        </div>
      ) : (
        <>
          <input
            ref={inputRef}
            id={props.inputId ?? listId + '-input'}
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && options[active] ? `${listId}-${options[active]!.key}` : undefined}
            autoFocus={props.autoFocus}
            value={query}
            placeholder="Type a name"
            onFocus={() => setOpen(true)}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              setOpen(true);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                setActive((index) => Math.min(options.length - 1, index + 1));
              } else if (event.key === 'ArrowUp') {
                event.preventDefault();
                setActive((index) => Math.max(0, index - 1));
              } else if (event.key === 'Enter' && options[active]) {
                event.preventDefault();
                options[active]!.pick();
              } else if (event.key === 'Escape') {
                setOpen(false);
              }
            }}
          />
          {offersCreate ? (
            <label className="entity-new-type">
              New entity is a
              <select value={newType} onChange={(event) => setNewType(event.target.value as EntityType)}>
                {TYPES.map((type) => (
                  <option key={type} value={type}>
                    {ENTITY_TYPE_LABELS[type].toLowerCase()}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {open && options.length > 0 ? (
            <ul className="entity-options" role="listbox" id={listId} aria-label={`${props.label}: choices`}>
              {options.map((option, index) => (
                <li
                  key={option.key}
                  id={`${listId}-${option.key}`}
                  role="option"
                  aria-selected={index === active}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={option.pick}
                >
                  <span>{option.label}</span>
                  <span className="entity-option-detail">{option.detail}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </div>
  );
}
