import { entityTypeSchema, type EntityType } from '../../../../shared/domain/entity';

/** In the order a reporter meets them most: people and organisations first. */
export const entityTypes: readonly EntityType[] = entityTypeSchema.options;

export const entityTypeLabel: Record<EntityType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  money: 'Money',
  date: 'Date',
  other: 'Other',
};
