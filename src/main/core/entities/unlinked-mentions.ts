import type Database from 'better-sqlite3';
import type { EntityId } from '../../../shared/domain/entity';
import type { SourceId } from '../../../shared/domain/source';
import { createAnnotation } from '../annotations/annotation-repository';
import { indexText } from '../annotations/anchoring';
import { ServiceError } from '../service-error';
import { requireEntity } from './entity-repository';
import { findNameOccurrences } from './name-occurrences';

export interface UnlinkedMention {
  sourceId: SourceId;
  sourceTitle: string;
  start: number;
  end: number;
  exact: string;
  /** Up to 40 characters either side, to judge the match by. */
  before: string;
  after: string;
}

/**
 * Every place in every source where the entity's name or an alias appears as whole words
 * (case and accents ignored, "Okafor’s" counts as "Okafor") and is not already a mention of
 * it. Longer names win where they overlap shorter ones ("Dana Okafor" over "Okafor"). A place
 * inside a span tagged as another entity is not offered: "Halden" in "Halden Systems" tagged
 * as the company is the company, not the town.
 */
export function findUnlinkedMentions(db: Database.Database, entityId: EntityId): UnlinkedMention[] {
  const entity = requireEntity(db, entityId);
  const names = new Map([entity.name, ...entity.aliases].map((name) => [name, entity.id]));

  const linked = db.prepare('SELECT start, end FROM annotation WHERE source_id = ? AND entity_id = ?');
  const taggedAsOthers = db.prepare('SELECT start, end FROM annotation WHERE source_id = ? AND entity_id IS NOT NULL AND entity_id != ?');
  const sources = db.prepare('SELECT id, title, canonical_text FROM source ORDER BY imported_at, id').all() as Array<{
    id: number;
    title: string;
    canonical_text: string;
  }>;
  const found: UnlinkedMention[] = [];
  for (const source of sources) {
    const taken = linked.all(source.id, entityId) as Array<{ start: number; end: number }>;
    const others = taggedAsOthers.all(source.id, entityId) as Array<{ start: number; end: number }>;
    const text = indexText(source.canonical_text);
    for (const { start, end } of findNameOccurrences(source.canonical_text, names)) {
      if (taken.some((span) => span.start < end && start < span.end)) continue;
      if (others.some((span) => span.start <= start && end <= span.end)) continue;
      found.push({
        sourceId: source.id,
        sourceTitle: source.title,
        start,
        end,
        exact: text.slice(start, end),
        before: text.slice(Math.max(0, start - 40), start),
        after: text.slice(end, end + 40),
      });
    }
  }
  return found;
}

/** Links the chosen places as mentions of the entity, all in one transaction. */
export function linkMentions(
  db: Database.Database,
  entityId: EntityId,
  mentions: Array<{ sourceId: SourceId; start: number; end: number }>,
): { created: number } {
  requireEntity(db, entityId);
  return db.transaction(() => {
    for (const mention of mentions) {
      const text = db.prepare('SELECT canonical_text FROM source WHERE id = ?').pluck().get(mention.sourceId) as string | undefined;
      if (text === undefined) throw new ServiceError('NOT_FOUND', `There is no source #${mention.sourceId} in this investigation.`);
      const exact = indexText(text).slice(mention.start, mention.end);
      createAnnotation(db, {
        sourceId: mention.sourceId,
        kind: 'mention',
        span: { start: mention.start, end: mention.end, exact, prefix: '', suffix: '' },
        entityId,
      });
    }
    return { created: mentions.length };
  })();
}
