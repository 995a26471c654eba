import { useState } from 'react';
import type { Entity } from '../../../../shared/domain/entity';
import { navigate } from '../../app/route';
import { Icon } from '../../ui/icons';
import { tallyAppearances } from './entity-appearances';
import { EntityDetails } from './EntityDetails';
import { EntityHistory } from './EntityHistory';
import { entityTypeLabel } from './entity-types';
import { EntityTypeIcon } from './EntityTypeIcon';
import { MentionsSection } from './MentionsSection';
import { MergedEntityNotice } from './MergedEntityNotice';
import { MergeDialog } from './MergeDialog';
import type { MergeDone } from './MergeUndoBanner';
import { RoleSections } from './RoleSections';
import { UnlinkedMentionsPanel } from './UnlinkedMentionsPanel';
import { useEntityAppearances } from './use-entity-appearances';

function BackLink() {
  return (
    <a
      className="entity-back"
      href="#/entities"
      onClick={(event) => {
        event.preventDefault();
        navigate({ view: 'entities', rest: [] });
      }}
    >
      <Icon name="back" size={16} /> All entities
    </a>
  );
}

/**
 * One entity: everything tagged as it across the sources, what it said and claimed, its
 * events and history, with its details edited beside them. Finding unlinked mentions and
 * merging start here.
 */
export function EntityPage({ id, entities, onMerged }: { id: number; entities: Entity[]; onMerged(merge: MergeDone): void }) {
  const entity = entities.find((candidate) => candidate.id === id) ?? null;
  const { data: appearances, error } = useEntityAppearances(id);
  const [findingUnlinked, setFindingUnlinked] = useState(false);
  const [merging, setMerging] = useState(false);

  if (!entity) {
    return (
      <div className="entity-page">
        <BackLink />
        <MergedEntityNotice id={id} />
      </div>
    );
  }

  return (
    <article className={`entity-page entity-kind-${entity.type}`} aria-labelledby="entity-title">
      <BackLink />
      <header className="entity-header">
        <span className={`entity-badge entity-type-${entity.type}`}>
          <EntityTypeIcon type={entity.type} size={26} />
        </span>
        <div className="entity-heading">
          <h1 id="entity-title">{entity.name}</h1>
          <p className="entity-subtitle">
            <span className={`entity-type-name entity-type-${entity.type}`}>{entityTypeLabel[entity.type]}</span>
            {entity.aliases.length > 0 ? <span> · also {entity.aliases.join(', ')}</span> : null}
            {appearances ? <span> · {tallyAppearances(appearances)}</span> : null}
          </p>
        </div>
        <div className="entity-actions">
          <button type="button" className="button" onClick={() => setFindingUnlinked(true)} aria-expanded={findingUnlinked}>
            <Icon name="search" size={16} /> Find unlinked mentions
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setMerging(true)}
            disabled={entities.length < 2}
            title={entities.length < 2 ? 'There is no other entity to merge it into yet' : 'Fold this duplicate into the entity it duplicates'}
          >
            Merge into…
          </button>
        </div>
      </header>
      {findingUnlinked ? <UnlinkedMentionsPanel key={entity.id} entity={entity} onClose={() => setFindingUnlinked(false)} /> : null}
      <div className="entity-columns">
        <div className="entity-main">
          {error ? (
            <p className="view-error" role="alert">
              {error}
            </p>
          ) : null}
          {appearances ? (
            <>
              <MentionsSection entity={entity} mentions={appearances.mentions} titleOf={appearances.titleOf} />
              <RoleSections appearances={appearances} name={entity.name} />
            </>
          ) : error ? null : (
            <p className="hint">Reading the sources for “{entity.name}”…</p>
          )}
          <EntityHistory entity={entity} entities={entities} />
        </div>
        <aside className="entity-side" aria-label="Details">
          <EntityDetails entity={entity} />
        </aside>
      </div>
      {merging ? (
        <MergeDialog entity={entity} entities={entities} appearances={appearances} onClose={() => setMerging(false)} onMerged={onMerged} />
      ) : null}
    </article>
  );
}
