import { useMemo, useState } from 'react';
import type { Entity } from '../../../../shared/domain/entity';
import { navigate } from '../../app/route';
import { filterEntities, sortEntities, type EntitySortKey, type EntitySortOrder } from './entity-list-order';
import { EntityTypeIcon, EntityTypeTag } from './EntityTypeIcon';

const firstDirection: Record<EntitySortKey, EntitySortOrder['direction']> = { name: 'ascending', mentions: 'descending' };

function open(entity: Entity) {
  navigate({ view: 'entities', rest: [String(entity.id)] });
}

/** The registry, sortable by name or by how often each is tagged; a name opens its page. */
export function EntitiesTable({ entities, filter, onCreate }: { entities: Entity[]; filter: string; onCreate(name: string): void }) {
  const [order, setOrder] = useState<EntitySortOrder>({ key: 'name', direction: 'ascending' });
  const shown = useMemo(() => sortEntities(filterEntities(entities, filter), order), [entities, filter, order]);

  const sortBy = (key: EntitySortKey) =>
    setOrder((current) =>
      current.key === key ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: firstDirection[key] },
    );

  if (shown.length === 0) {
    return (
      <p className="hint-centered" role="status">
        No entity matches “{filter}”.{' '}
        <button type="button" className="link-button" onClick={() => onCreate(filter.trim())}>
          Add “{filter.trim()}”…
        </button>
      </p>
    );
  }

  const header = (key: EntitySortKey, label: string, numeric = false) => (
    <th scope="col" className={numeric ? 'numeric' : undefined} aria-sort={order.key === key ? order.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => sortBy(key)}>
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {order.key === key ? (order.direction === 'ascending' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );

  return (
    <table className="data-table entities-table" aria-label="Entities">
      <thead>
        <tr>
          {header('name', 'Name')}
          <th scope="col" className="plain-header">Type</th>
          <th scope="col" className="plain-header">Aliases</th>
          {header('mentions', 'Mentions', true)}
        </tr>
      </thead>
      <tbody>
        {shown.map((entity) => (
          <tr
            key={entity.id}
            onClick={(event) => {
              if (!(event.target as HTMLElement).closest('a, button')) open(entity);
            }}
          >
            <td className="entity-name-cell">
              <EntityTypeIcon type={entity.type} />
              <a
                href={`#/entities/${entity.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  open(entity);
                }}
              >
                {entity.name}
              </a>
            </td>
            <td className="entity-type-cell">
              <EntityTypeTag type={entity.type} />
            </td>
            <td className="entity-aliases-cell">{entity.aliases.length > 0 ? entity.aliases.join(', ') : <span className="empty-cell">—</span>}</td>
            <td className="numeric" title="Mentions, quotes said, claims made and events it is in">
              {entity.mentionCount.toLocaleString()}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
