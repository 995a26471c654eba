import type Database from 'better-sqlite3';
import type { Entity, EntityId } from '../../../shared/domain/entity';
import { getAnnotation } from '../annotations/annotation-repository';
import { appendAudit } from '../audit/audit-log';
import { ServiceError } from '../service-error';
import { requireEntity } from './entity-repository';

/** What a merge moved, row by row, so its undo moves exactly those back and nothing else. */
interface MovedRows {
  mentions: number[];
  quoteSpeakers: number[];
  claimSpeakers: number[];
  /** Events the merged entity was in that now name the other one instead. */
  eventsMoved: number[];
  /** Events that already named both: the merged one's link was dropped. */
  eventsDropped: number[];
  aliasesAdded: string[];
}

function ids(db: Database.Database, sql: string, id: EntityId): number[] {
  return db.prepare(sql).pluck().all(id) as number[];
}

/**
 * Runs `change` and writes, for each quote or claim whose speaker it changed, an entry in that
 * annotation's own history: a merge (or its undo) changes who said something, and a claim's
 * history must show that as any other change to it.
 */
function auditingSpeakers(db: Database.Database, annotationIds: readonly number[], action: 'speaker-merged' | 'speaker-unmerged', now: string, change: () => void): void {
  const before = annotationIds.map((id) => getAnnotation(db, id));
  change();
  for (const previous of before) {
    if (!previous) continue;
    const after = getAnnotation(db, previous.id);
    const speaker = (annotation: typeof after) => annotation?.quote?.speakerId ?? annotation?.claim?.speakerId ?? null;
    if (!after || speaker(after) === speaker(previous)) continue;
    appendAudit(db, { entityType: previous.kind === 'claim' ? 'claim' : 'annotation', entityId: previous.id, action, before: previous, after }, now);
  }
}

/**
 * Merges `mergedId` into `intoId`: its mentions, the quotes it said, its claims and events
 * follow, and its name and aliases become aliases of the other. The merged entity's row stays
 * (marked merged) and the merge is logged, so it can be undone exactly.
 */
export function mergeEntities(db: Database.Database, mergedId: EntityId, intoId: EntityId, now = new Date().toISOString()): { mergeId: number; entity: Entity } {
  if (mergedId === intoId) throw new ServiceError('INVALID_PARAMS', 'An entity cannot be merged into itself.');
  return db.transaction(() => {
    const merged = requireEntity(db, mergedId);
    const into = requireEntity(db, intoId);
    const status = db.prepare('SELECT merged_into FROM entity WHERE id = ?').pluck();
    if (status.get(mergedId) !== null || status.get(intoId) !== null) {
      throw new ServiceError('INVALID_PARAMS', 'One of these entities has already been merged into another.');
    }
    const alreadyIn = new Set(ids(db, 'SELECT annotation_id FROM event_entity WHERE entity_id = ?', intoId));
    const events = ids(db, 'SELECT annotation_id FROM event_entity WHERE entity_id = ?', mergedId);
    const known = new Set([into.name, ...into.aliases].map((name) => name.toLowerCase()));
    const moved: MovedRows = {
      mentions: ids(db, 'SELECT id FROM annotation WHERE entity_id = ?', mergedId),
      quoteSpeakers: ids(db, 'SELECT annotation_id FROM quote WHERE speaker_id = ?', mergedId),
      claimSpeakers: ids(db, 'SELECT annotation_id FROM claim WHERE speaker_id = ?', mergedId),
      eventsMoved: events.filter((event) => !alreadyIn.has(event)),
      eventsDropped: events.filter((event) => alreadyIn.has(event)),
      aliasesAdded: [...new Set([merged.name, ...merged.aliases])].filter((name) => !known.has(name.toLowerCase())),
    };

    db.prepare('UPDATE annotation SET entity_id = ? WHERE entity_id = ?').run(intoId, mergedId);
    auditingSpeakers(db, [...moved.quoteSpeakers, ...moved.claimSpeakers], 'speaker-merged', now, () => {
      db.prepare('UPDATE quote SET speaker_id = ? WHERE speaker_id = ?').run(intoId, mergedId);
      db.prepare('UPDATE claim SET speaker_id = ? WHERE speaker_id = ?').run(intoId, mergedId);
    });
    const moveEvent = db.prepare('UPDATE event_entity SET entity_id = ? WHERE annotation_id = ? AND entity_id = ?');
    for (const event of moved.eventsMoved) moveEvent.run(intoId, event, mergedId);
    const dropEvent = db.prepare('DELETE FROM event_entity WHERE annotation_id = ? AND entity_id = ?');
    for (const event of moved.eventsDropped) dropEvent.run(event, mergedId);
    const addAlias = db.prepare('INSERT OR IGNORE INTO entity_alias (entity_id, alias) VALUES (?, ?)');
    for (const alias of moved.aliasesAdded) addAlias.run(intoId, alias);
    db.prepare('UPDATE entity SET merged_into = ?, updated_at = ? WHERE id = ?').run(intoId, now, mergedId);
    db.prepare('UPDATE entity SET updated_at = ? WHERE id = ?').run(now, intoId);
    const mergeId = Number(
      db
        .prepare('INSERT INTO entity_merge (merged_id, into_id, moved, at) VALUES (?, ?, ?, ?)')
        .run(mergedId, intoId, JSON.stringify(moved), now).lastInsertRowid,
    );
    const after = requireEntity(db, intoId);
    appendAudit(db, { entityType: 'entity', entityId: intoId, action: 'merge', before: { into, merged }, after: { entity: after, mergeId } }, now);
    appendAudit(db, { entityType: 'entity', entityId: mergedId, action: 'merged-into', after: { intoId, mergeId } }, now);
    return { mergeId, entity: after };
  })();
}

/**
 * Undoes a merge: what moved goes back (unless the reporter has re-linked it since), the
 * aliases it added are removed, and the merged entity returns to the registry.
 */
export function undoMerge(db: Database.Database, mergeId: number, now = new Date().toISOString()): { restored: Entity } {
  return db.transaction(() => {
    const merge = db.prepare('SELECT merged_id, into_id, moved, undone_at FROM entity_merge WHERE id = ?').get(mergeId) as
      | { merged_id: number; into_id: number; moved: string; undone_at: string | null }
      | undefined;
    if (!merge) throw new ServiceError('NOT_FOUND', `There is no merge #${mergeId} to undo.`);
    if (merge.undone_at) throw new ServiceError('INVALID_PARAMS', 'This merge has already been undone.');
    const moved = JSON.parse(merge.moved) as MovedRows;
    const { merged_id: mergedId, into_id: intoId } = merge;

    const back = (sql: string, rows: number[]) => {
      const statement = db.prepare(sql);
      for (const row of rows) statement.run(mergedId, row, intoId);
    };
    back('UPDATE annotation SET entity_id = ? WHERE id = ? AND entity_id = ?', moved.mentions);
    auditingSpeakers(db, [...moved.quoteSpeakers, ...moved.claimSpeakers], 'speaker-unmerged', now, () => {
      back('UPDATE quote SET speaker_id = ? WHERE annotation_id = ? AND speaker_id = ?', moved.quoteSpeakers);
      back('UPDATE claim SET speaker_id = ? WHERE annotation_id = ? AND speaker_id = ?', moved.claimSpeakers);
    });
    back('UPDATE event_entity SET entity_id = ? WHERE annotation_id = ? AND entity_id = ?', moved.eventsMoved);
    const relink = db.prepare('INSERT OR IGNORE INTO event_entity (annotation_id, entity_id) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM event WHERE annotation_id = ?)');
    for (const event of moved.eventsDropped) relink.run(event, mergedId, event);
    const removeAlias = db.prepare('DELETE FROM entity_alias WHERE entity_id = ? AND alias = ?');
    for (const alias of moved.aliasesAdded) removeAlias.run(intoId, alias);
    db.prepare('UPDATE entity SET merged_into = NULL, updated_at = ? WHERE id = ?').run(now, mergedId);
    db.prepare('UPDATE entity_merge SET undone_at = ? WHERE id = ?').run(now, mergeId);
    const restored = requireEntity(db, mergedId);
    appendAudit(db, { entityType: 'entity', entityId: intoId, action: 'undo-merge', after: { mergeId, restoredId: mergedId } }, now);
    appendAudit(db, { entityType: 'entity', entityId: mergedId, action: 'unmerged', after: restored }, now);
    return { restored };
  })();
}
