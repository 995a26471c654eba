import { useState } from 'react';
import type { Entity } from '../../../../shared/domain/entity';
import { views } from '../../app/views';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/icons';
import { EntitiesTable } from './EntitiesTable';
import { NewEntityDialog } from './NewEntityDialog';

const entitiesView = views.find((view) => view.id === 'entities')!;

/** The registry as a filterable table, or, while it is empty, what it is for and how to start it. */
export function EntityList({ entities }: { entities: Entity[] }) {
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState<{ name: string } | null>(null);

  const dialog = creating ? <NewEntityDialog initialName={creating.name} entities={entities} onClose={() => setCreating(null)} /> : null;
  const newButton = (
    <button type="button" className="button button-primary" onClick={() => setCreating({ name: '' })}>
      New entity…
    </button>
  );

  if (entities.length === 0) {
    return (
      <>
        <EmptyState icon="entities" title={entitiesView.emptyTitle} action={newButton}>
          {entitiesView.emptyText} Select a name in a source and tag it, or add one here and let Sourcebook find where
          the sources mention it.
        </EmptyState>
        {dialog}
      </>
    );
  }

  return (
    <div className="entities-index">
      <header className="view-toolbar">
        <h1 className="view-title">
          Entities <span className="view-count">{entities.length}</span>
        </h1>
        <label className="filter-field">
          <span className="visually-hidden">Filter entities</span>
          <Icon name="search" size={16} />
          <input type="search" placeholder="Filter by name or alias" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </label>
        <span className="toolbar-spacer" />
        {newButton}
      </header>
      <div className="entities-table-wrap">
        <EntitiesTable entities={entities} filter={filter} onCreate={(name) => setCreating({ name })} />
      </div>
      {dialog}
    </div>
  );
}
