import { routeToHash } from '../../../app/route';
import { EntityTypeIcon } from '../../entities/EntityTypeIcon';
import { useTagging } from '../../tagging/tagging-context';

/**
 * An @mention as a note shows it: the entity's current name, linking to its page. Once the
 * registry has loaded, a mention of an entity no longer in it shows the name it was given,
 * struck through, and says why.
 */
export function MentionChip({ entityId, storedName }: { entityId: number; storedName: string }) {
  const { entitiesById, entitiesLoaded } = useTagging();
  const entity = entitiesById.get(entityId);
  if (!entity) {
    const missing = entitiesLoaded;
    return (
      <span className={missing ? 'note-mention note-mention-missing' : 'note-mention'} title={missing ? `“${storedName}” is no longer in the registry` : undefined}>
        @{storedName}
      </span>
    );
  }
  return (
    <a className="note-mention" href={routeToHash({ view: 'entities', rest: [String(entity.id)] })} title={`Open the page of ${entity.name}`} data-entity-id={entity.id}>
      <EntityTypeIcon type={entity.type} size={14} />
      {entity.name}
    </a>
  );
}
