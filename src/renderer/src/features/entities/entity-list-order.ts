import type { Entity } from '../../../../shared/domain/entity';
import { foldForSearch } from '../sources/source-list-order';

export type EntitySortKey = 'name' | 'mentions';
export interface EntitySortOrder {
  key: EntitySortKey;
  direction: 'ascending' | 'descending';
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every word of the filter must appear in the name or an alias ("jose" finds "José Müller"). */
export function filterEntities<T extends Pick<Entity, 'name' | 'aliases'>>(entities: readonly T[], query: string): T[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entities];
  return entities.filter((entity) => {
    const haystack = foldForSearch([entity.name, ...entity.aliases].join(' \u0000 '));
    return words.every((word) => haystack.includes(word));
  });
}

/** Equal counts fall back to the name, so the order never depends on the server's. */
export function sortEntities<T extends Pick<Entity, 'name' | 'mentionCount'>>(entities: readonly T[], order: EntitySortOrder): T[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...entities].sort((a, b) => {
    if (order.key === 'mentions' && a.mentionCount !== b.mentionCount) return sign * (a.mentionCount - b.mentionCount);
    const byName = collator.compare(a.name, b.name);
    return order.key === 'name' ? sign * byName : byName;
  });
}
