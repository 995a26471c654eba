import type Database from 'better-sqlite3';
import type { Citation } from '../../../shared/domain/comparison';
import { indexCodePoints, type CodePointIndex } from '../annotations/anchoring';
import { sentences } from '../analysis/events/sentences';
import type { CompareContext, ContextEntity } from './compare-context';

/** A tagged span of a source, in UTF-16 units of its text (stored spans count code points). */
export interface UnitSpan {
  annotationId: number;
  start: number;
  end: number;
}

export interface SourceMention extends UnitSpan {
  entity: ContextEntity;
}

export interface SourceEvent extends UnitSpan {
  startsOn: string | null;
  endsOn: string | null;
  entityIds: number[];
}

/** One source as the discrepancy finder reads it: its text, sentences and tagged spans. */
export interface SourceAnnotations {
  source: Citation;
  text: string;
  codePoints: CodePointIndex;
  sentences: Array<{ start: number; end: number }>;
  mentions: SourceMention[];
  events: SourceEvent[];
}

/**
 * The sources holding mentions or events (all, or those of `sourceIds`), each with its tagged
 * spans converted to UTF-16 (the unit findFigures and the sentence splitter count in) and its
 * entities resolved through merges.
 */
export function readSourceAnnotations(db: Database.Database, context: CompareContext, sourceIds?: readonly number[]): SourceAnnotations[] {
  const only = sourceIds ? new Set(sourceIds) : null;
  const rows = db
    .prepare(
      `SELECT a.id, a.source_id, a.kind, a.start, a.end, a.entity_id, e.starts_on, e.ends_on,
         (SELECT json_group_array(entity_id) FROM event_entity WHERE annotation_id = a.id) AS entities
       FROM annotation a LEFT JOIN event e ON e.annotation_id = a.id
       WHERE (a.kind = 'mention' AND a.entity_id IS NOT NULL) OR a.kind = 'event'
       ORDER BY a.source_id, a.start, a.id`,
    )
    .all() as Array<{ id: number; source_id: number; kind: string; start: number; end: number; entity_id: number | null; starts_on: string | null; ends_on: string | null; entities: string }>;
  const text = db.prepare('SELECT canonical_text FROM source WHERE id = ?').pluck();
  const bySource = new Map<number, SourceAnnotations>();
  for (const row of rows) {
    if (only && !only.has(row.source_id)) continue;
    let entry = bySource.get(row.source_id);
    if (!entry) {
      const source = context.sources.get(row.source_id);
      if (!source) continue;
      const canonical = text.get(row.source_id) as string;
      entry = { source, text: canonical, codePoints: indexCodePoints(canonical), sentences: [...sentences(canonical)], mentions: [], events: [] };
      bySource.set(row.source_id, entry);
    }
    const span = { annotationId: row.id, start: entry.codePoints.toUnit(row.start), end: entry.codePoints.toUnit(row.end) };
    if (row.kind === 'mention') {
      const entity = context.entity(row.entity_id!);
      if (entity) entry.mentions.push({ ...span, entity });
    } else {
      const entityIds = [...new Set((JSON.parse(row.entities) as number[]).map((id) => context.current(id)))].filter((id) => context.entity(id));
      entry.events.push({ ...span, startsOn: row.starts_on, endsOn: row.ends_on, entityIds });
    }
  }
  return [...bySource.values()];
}
