import type Database from 'better-sqlite3';
import { followMerges } from '../entities/follow-merges';

/** Entity names as they stand now: a speaker merged into another entity is named as that one. */
export interface EntityNames {
  nameOf(entityId: number): string | undefined;
  /** person, organisation... as the registry has it, after merges. */
  typeOf(entityId: number): string | undefined;
  current(entityId: number): number;
}

export function readEntityNames(db: Database.Database): EntityNames {
  const rows = db.prepare('SELECT id, name, type, merged_into FROM entity').all() as Array<{ id: number; name: string; type: string; merged_into: number | null }>;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const current = followMerges(byId);
  return { current, nameOf: (entityId) => byId.get(current(entityId))?.name, typeOf: (entityId) => byId.get(current(entityId))?.type };
}
