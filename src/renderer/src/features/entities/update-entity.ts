import type { Entity, EntityChanges } from '../../../../shared/domain/entity';
import type { ApiClient } from '../../api/client';

/**
 * Saves changes to an entity, sending every field, not only the changed ones: the contract's
 * `entityChangesSchema` is `newEntitySchema.partial()`, whose defaults fill in the fields left
 * out (aliases [], description '', money and date null), so a partial update would erase them.
 * Once the contract leaves absent fields absent, this can send `changes` alone.
 */
export function updateEntity(api: ApiClient, entity: Entity, changes: EntityChanges): Promise<Entity> {
  const { name, type, aliases, description, money, date } = entity;
  return api.call('entities.update', { id: entity.id, changes: { name, type, aliases, description, money, date, ...changes } });
}
