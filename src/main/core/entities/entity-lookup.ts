import type Database from 'better-sqlite3';
import type { Entity, EntityId } from '../../../shared/domain/entity';
import { mergedIntoOf, requireEntity } from './entity-repository';

/**
 * One entity by id, even one merged into another (the registry no longer lists those, but
 * notes and links made before the merge still name them). `mergedInto` is where its mentions
 * went: followed through later merges ("Halden" into "Halden Systems", that into "Halden
 * Group"), so it is always an entity still in the registry.
 */
export function lookUpEntity(db: Database.Database, id: EntityId): { entity: Entity; mergedInto: Entity | null } {
  const entity = requireEntity(db, id);
  let target = mergedIntoOf(db, id);
  // A merge refuses entities already merged, so the chain cannot loop; the bound is a guard.
  for (let hops = 0; target !== null && hops < 1_000; hops++) {
    const next = mergedIntoOf(db, target);
    if (next === null) break;
    target = next;
  }
  return { entity, mergedInto: target === null ? null : requireEntity(db, target) };
}
