import type Database from 'better-sqlite3';
import {
  entityChangesSchema,
  newEntitySchema,
  type Entity,
  type EntityChanges,
  type EntityId,
  type NewEntity,
} from '../../../shared/domain/entity';
import { appendAudit } from '../audit/audit-log';
import { ServiceError } from '../service-error';

interface EntityRow {
  id: number;
  name: string;
  type: Entity['type'];
  description: string;
  money_amount: number | null;
  money_currency: string | null;
  date_value: string | null;
  created_at: string;
  updated_at: string;
  aliases: string;
  mention_count: number;
}

/** Annotations that point at an entity: mentions, quotes it said, claims it made, events it was in. */
const MENTION_COUNT = `(
  (SELECT count(*) FROM annotation WHERE entity_id = e.id)
  + (SELECT count(*) FROM quote WHERE speaker_id = e.id)
  + (SELECT count(*) FROM claim WHERE speaker_id = e.id)
  + (SELECT count(*) FROM event_entity WHERE entity_id = e.id))`;

const SELECT = `
  SELECT e.*, (SELECT json_group_array(alias) FROM (SELECT alias FROM entity_alias WHERE entity_id = e.id ORDER BY alias)) AS aliases,
    ${MENTION_COUNT} AS mention_count
  FROM entity e`;

function toEntity(row: EntityRow): Entity {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases: JSON.parse(row.aliases) as string[],
    description: row.description,
    money: row.money_amount !== null && row.money_currency ? { amount: row.money_amount, currency: row.money_currency } : null,
    date: row.date_value,
    mentionCount: row.mention_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The registry, by name; entities merged into others are gone from it (their merge can be undone). */
export function listEntities(db: Database.Database): Entity[] {
  const rows = db.prepare(`${SELECT} WHERE e.merged_into IS NULL ORDER BY e.name COLLATE NOCASE, e.id`).all() as EntityRow[];
  return rows.map(toEntity);
}

export function getEntity(db: Database.Database, id: EntityId): Entity | null {
  const row = db.prepare(`${SELECT} WHERE e.id = ?`).get(id) as EntityRow | undefined;
  return row ? toEntity(row) : null;
}

export function requireEntity(db: Database.Database, id: EntityId): Entity {
  const entity = getEntity(db, id);
  if (!entity) throw new ServiceError('NOT_FOUND', `Entity #${id} is not in this investigation; it may have been removed.`);
  return entity;
}

/** The entity a merged one was merged into, or null while it is in the registry. */
export function mergedIntoOf(db: Database.Database, id: EntityId): EntityId | null {
  return (db.prepare('SELECT merged_into FROM entity WHERE id = ?').pluck().get(id) as number | null | undefined) ?? null;
}

function writeAliases(db: Database.Database, id: EntityId, name: string, aliases: string[]): void {
  db.prepare('DELETE FROM entity_alias WHERE entity_id = ?').run(id);
  const insert = db.prepare('INSERT OR IGNORE INTO entity_alias (entity_id, alias) VALUES (?, ?)');
  for (const alias of aliases) if (alias !== name) insert.run(id, alias);
}

export function createEntity(db: Database.Database, raw: NewEntity, now = new Date().toISOString()): Entity {
  const input = newEntitySchema.parse(raw);
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO entity (name, type, description, money_amount, money_currency, date_value, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.name, input.type, input.description, input.money?.amount ?? null, input.money?.currency ?? null, input.date, now, now)
        .lastInsertRowid,
    );
    writeAliases(db, id, input.name, input.aliases);
    const created = requireEntity(db, id);
    appendAudit(db, { entityType: 'entity', entityId: id, action: 'create', after: created }, now);
    return created;
  })();
}

export function updateEntity(db: Database.Database, id: EntityId, raw: EntityChanges, now = new Date().toISOString()): Entity {
  const changes = entityChangesSchema.parse(raw);
  return db.transaction(() => {
    const before = requireEntity(db, id);
    // A window still showing it may not have heard of the merge; its edits belong elsewhere.
    const mergedInto = mergedIntoOf(db, id);
    if (mergedInto !== null) {
      const into = requireEntity(db, mergedInto);
      throw new ServiceError('INVALID_PARAMS', `“${before.name}” was merged into “${into.name}”; edit “${into.name}” instead.`);
    }
    const next = {
      name: changes.name ?? before.name,
      type: changes.type ?? before.type,
      description: changes.description ?? before.description,
      money: changes.money !== undefined ? changes.money : before.money,
      date: changes.date !== undefined ? changes.date : before.date,
      aliases: changes.aliases ?? before.aliases,
    };
    db.prepare(
      `UPDATE entity SET name = ?, type = ?, description = ?, money_amount = ?, money_currency = ?, date_value = ?, updated_at = ?
       WHERE id = ?`,
    ).run(next.name, next.type, next.description, next.money?.amount ?? null, next.money?.currency ?? null, next.date, now, id);
    writeAliases(db, id, next.name, next.aliases);
    const after = requireEntity(db, id);
    appendAudit(db, { entityType: 'entity', entityId: id, action: 'update', before, after }, now);
    return after;
  })();
}
