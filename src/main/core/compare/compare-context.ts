import type Database from 'better-sqlite3';
import type { Citation } from '../../../shared/domain/comparison';
import type { EntityType } from '../../../shared/domain/entity';
import { followMerges } from '../entities/follow-merges';

export interface ContextEntity {
  id: number;
  name: string;
  type: EntityType;
  money: { amount: number; currency: string } | null;
  date: string | null;
}

/** What the Compare services read once per request: sources as cited, entities through merges. */
export interface CompareContext {
  sources: Map<number, Citation>;
  /** An entity id as it stands now: a merged one gives the entity it was merged into. */
  current(entityId: number): number;
  /** The entity as it stands now (after merges); undefined when it was removed. */
  entity(entityId: number): ContextEntity | undefined;
}

interface EntityRow {
  id: number;
  name: string;
  type: EntityType;
  money_amount: number | null;
  money_currency: string | null;
  date_value: string | null;
  merged_into: number | null;
}

export function readCompareContext(db: Database.Database): CompareContext {
  const sourceRows = db.prepare('SELECT id, title, outlet, published_date AS publishedDate, url FROM source').all() as Citation[];
  const sources = new Map(sourceRows.map((row) => [row.id, row]));
  const rows = db.prepare('SELECT id, name, type, money_amount, money_currency, date_value, merged_into FROM entity').all() as EntityRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const current = followMerges(byId);
  const entity = (entityId: number): ContextEntity | undefined => {
    const row = byId.get(current(entityId));
    if (!row) return undefined;
    const money = row.money_amount !== null && row.money_currency !== null ? { amount: row.money_amount, currency: row.money_currency } : null;
    return { id: row.id, name: row.name, type: row.type, money, date: row.date_value };
  };
  return { sources, current, entity };
}

/** What a reporter calls a source in a sentence: its outlet, else its title. */
export function sourceName(source: Citation | undefined): string {
  return source?.outlet?.trim() || source?.title.trim() || 'an unknown source';
}
