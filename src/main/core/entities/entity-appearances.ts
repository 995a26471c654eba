import type Database from 'better-sqlite3';
import type { CitedAnnotation } from '../../../shared/domain/cited-annotation';
import type { EntityId } from '../../../shared/domain/entity';
import { anchorInSources, annotationsWhere, type AnchorAll } from '../annotations/annotation-repository';
import { withSources } from '../annotations/cited-annotations';
import { requireEntity } from './entity-repository';

/**
 * Every annotation that points at the entity, in any role: tagged as it, a quote it said, a
 * claim it made, an event it took part in. Each comes with its source and is placed in the
 * source's text as it is now, so the entity page says what the reader would (moved,
 * orphaned). Sources come newest import first, as the sources table lists them; within a
 * source, annotations come in reading order.
 */
export function entityAppearances(db: Database.Database, entityId: EntityId, anchorAll: AnchorAll): CitedAnnotation[] {
  requireEntity(db, entityId);
  const annotations = annotationsWhere(
    db,
    // One indexed lookup per role rather than a scan of every annotation with ORs.
    `WHERE a.id IN (
       SELECT id FROM annotation WHERE entity_id = :id
       UNION SELECT annotation_id FROM quote WHERE speaker_id = :id
       UNION SELECT annotation_id FROM claim WHERE speaker_id = :id
       UNION SELECT annotation_id FROM event_entity WHERE entity_id = :id)
     ORDER BY (SELECT imported_at FROM source WHERE id = a.source_id) DESC, a.source_id DESC, a.start, a.end DESC, a.id`,
    { id: entityId },
  );
  return withSources(db, anchorInSources(db, annotations, anchorAll));
}
