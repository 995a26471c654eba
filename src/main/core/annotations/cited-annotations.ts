import type Database from 'better-sqlite3';
import type { Annotation, AnnotationId } from '../../../shared/domain/annotation';
import type { CitedAnnotation } from '../../../shared/domain/cited-annotation';
import { foldName } from '../entities/fold-name';
import { annotationsWhere } from './annotation-repository';

interface SourceRow {
  id: number;
  title: string;
  outlet: string | null;
  published_date: string | null;
}

/** Each annotation with the source it is in, as a citation names it. */
export function withSources(db: Database.Database, annotations: readonly Annotation[]): CitedAnnotation[] {
  const ids = [...new Set(annotations.map((annotation) => annotation.sourceId))];
  const rows = db
    .prepare(`SELECT id, title, outlet, published_date FROM source WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as SourceRow[];
  const sources = new Map(rows.map((row) => [row.id, { id: row.id, title: row.title, outlet: row.outlet, publishedDate: row.published_date }]));
  return annotations.map((annotation) => ({ annotation, source: sources.get(annotation.sourceId)! }));
}

/** The annotations with these ids that still exist, each with its source, in the order asked. */
export function citeAnnotations(db: Database.Database, ids: readonly AnnotationId[]): CitedAnnotation[] {
  if (ids.length === 0) return [];
  const found = annotationsWhere(db, 'WHERE a.id IN (SELECT value FROM json_each(?))', JSON.stringify(ids));
  const byId = new Map(found.map((annotation) => [annotation.id, annotation]));
  return withSources(
    db,
    ids.flatMap((id) => byId.get(id) ?? []),
  );
}

/**
 * Quotes whose words, speaker (name or alias) or source title contain every word of `query`,
 * folded for case and diacritics; the most recently said first. What the quote-card picker
 * offers as the reporter types.
 */
export function findQuotes(db: Database.Database, query: string, limit: number): CitedAnnotation[] {
  const quotes = annotationsWhere(
    db,
    `WHERE a.kind = 'quote'
     ORDER BY COALESCE(q.said_on, (SELECT published_date FROM source WHERE id = a.source_id), '') DESC, a.source_id, a.start`,
  );
  const cited = withSources(db, quotes);
  const words = foldName(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return cited.slice(0, limit);
  const speakerNames = new Map<number, string>();
  for (const row of db.prepare(`SELECT e.id, e.name || ' ' || COALESCE((SELECT group_concat(alias, ' ') FROM entity_alias WHERE entity_id = e.id), '') AS names FROM entity e`).all() as Array<{ id: number; names: string }>) {
    speakerNames.set(row.id, row.names);
  }
  const matches: CitedAnnotation[] = [];
  for (const item of cited) {
    const speaker = item.annotation.quote?.speakerId == null ? '' : (speakerNames.get(item.annotation.quote.speakerId) ?? '');
    const haystack = foldName(`${item.annotation.span.exact} ${speaker} ${item.source.title}`);
    if (words.every((word) => haystack.includes(word))) matches.push(item);
    if (matches.length === limit) break;
  }
  return matches;
}
