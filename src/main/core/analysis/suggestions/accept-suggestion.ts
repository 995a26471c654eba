import type Database from 'better-sqlite3';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { Entity } from '../../../../shared/domain/entity';
import { suggestedEntitySchema, type SuggestedEntity, type SuggestionEdits, type SuggestionId } from '../../../../shared/domain/suggestion';
import { createAnnotation, deleteAnnotation } from '../../annotations/annotation-repository';
import { createEntity, listEntities, updateEntity } from '../../entities/entity-repository';
import { lookUpEntity } from '../../entities/entity-lookup';
import { foldName } from '../../entities/fold-name';
import { decidedAnnotationOf, getSuggestion, markDecided, markPending } from './suggestion-repository';

/**
 * The registry's entity for a suggested one: the entity it was matched to (or what that was
 * merged into since), else one with the same name or alias and type, else a new one. A new
 * name it was seen under becomes an alias.
 */
function entityFor(db: Database.Database, suggested: SuggestedEntity, now: string, registry: Entity[]): Entity {
  if (suggested.existingId !== null) {
    try {
      const { entity, mergedInto } = lookUpEntity(db, suggested.existingId);
      return mergedInto ?? entity;
    } catch {
      // Removed since the analysis: found by name below, or made again.
    }
  }
  const names = new Set([suggested.name, ...suggested.aliases].map(foldName));
  const existing = registry.find(
    (entity) =>
      entity.type === suggested.type &&
      ([entity.name, ...entity.aliases].some((name) => names.has(foldName(name))) ||
        (suggested.money !== null && entity.money?.amount === suggested.money.amount && entity.money.currency === suggested.money.currency)),
  );
  if (existing) {
    const known = new Set([existing.name, ...existing.aliases].map(foldName));
    const added = [suggested.name, ...suggested.aliases].filter((name) => !known.has(foldName(name)));
    return added.length > 0 ? updateEntity(db, existing.id, { aliases: [...existing.aliases, ...added] }, now) : existing;
  }
  const created = createEntity(db, { name: suggested.name, type: suggested.type, aliases: suggested.aliases, money: suggested.money, date: suggested.date }, now);
  // The next entity of the same suggestion (an event's people) finds this one.
  registry.push(created);
  return created;
}

/**
 * Accepting makes the suggestion the reporter's own annotation, as if tagged by hand (and so in
 * the audit log): a mention linked to its entity, or a quote with its speaker and channel.
 * The reporter may correct the entity, speaker or channel first.
 */
export function acceptSuggestion(db: Database.Database, id: SuggestionId, edits: SuggestionEdits = {}, now = new Date().toISOString()): Annotation {
  return db.transaction(() => {
    const suggestion = getSuggestion(db, id);
    const suggested = edits.entity === undefined ? suggestion.entity : edits.entity && suggestedEntitySchema.parse(edits.entity);
    // The registry is read once per accept, not once per entity an event involves.
    const registry = listEntities(db);
    const entity = suggested ? entityFor(db, suggested, now, registry) : null;
    const { sourceId, span } = suggestion;
    let annotation: Annotation;
    if (suggestion.kind === 'quote') {
      annotation = createAnnotation(db, { sourceId, kind: 'quote', span, quote: { speakerId: entity?.id ?? null, channel: edits.channel ?? suggestion.channel } }, now);
    } else if (suggestion.kind === 'event' && suggestion.event) {
      const { what, startsOn, endsOn, approximate, entities } = suggestion.event;
      const entityIds = [...new Set(entities.map((involved) => entityFor(db, involved, now, registry).id))];
      annotation = createAnnotation(db, { sourceId, kind: 'event', span, event: { what, startsOn, endsOn, approximate, entityIds } }, now);
    } else {
      annotation = createAnnotation(db, { sourceId, kind: 'mention', span, entityId: entity?.id ?? null }, now);
    }
    markDecided(db, id, 'accepted', annotation.id, now);
    return annotation;
  })();
}

export function rejectSuggestion(db: Database.Database, id: SuggestionId, now = new Date().toISOString()): void {
  markDecided(db, id, 'rejected', null, now);
}

/**
 * Takes a decision back (undo): a rejected suggestion is offered again; an accepted one is
 * too, and the annotation it became is removed (as removing a tag is, in the audit log).
 */
export function reopenSuggestion(db: Database.Database, id: SuggestionId, now = new Date().toISOString()): { removedAnnotationId: number | null } {
  return db.transaction(() => {
    const annotationId = decidedAnnotationOf(db, id);
    if (annotationId !== null) deleteAnnotation(db, annotationId, now);
    markPending(db, id);
    return { removedAnnotationId: annotationId };
  })();
}
