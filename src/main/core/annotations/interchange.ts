import type Database from 'better-sqlite3';
import type { EntityId } from '../../../shared/domain/entity';
import { createEntity } from '../entities/entity-repository';
import { foldName } from '../entities/fold-name';
import { anchorAll } from './anchoring';
import { createAnnotation, listAnnotations } from './annotation-repository';
import { fromWebAnnotations, toNewAnnotation, toWebAnnotations, type WebAnnotationCollection } from './web-annotation';

/** Every annotation of the investigation as one W3C Web Annotation collection. */
export function exportWebAnnotations(db: Database.Database): WebAnnotationCollection {
  const investigationName = (db.prepare('SELECT name FROM investigation').pluck().get() as string | undefined) ?? 'Investigation';
  const sources = db.prepare('SELECT id, title, sha256, url FROM source ORDER BY id').all() as Array<{ id: number; title: string; sha256: string; url: string | null }>;
  const entities = db.prepare('SELECT id, name, type FROM entity').all() as Array<{ id: number; name: string; type: 'person' }>;
  const annotations = sources.flatMap((source) => listAnnotations(db, source.id, anchorAll));
  return toWebAnnotations({ investigationName, sources, entities, annotations });
}

export interface InterchangeImportSummary {
  imported: number;
  entitiesCreated: number;
  skipped: Array<{ reason: string }>;
}

/**
 * Reads a Web Annotation file back: annotations are placed again in the sources present here
 * (matched by SHA-256), entities are matched by name and type or created, and every annotation
 * that cannot be placed is reported with its reason. All of it lands in one transaction.
 */
export function importWebAnnotations(db: Database.Database, json: string): InterchangeImportSummary {
  const sources = db.prepare('SELECT id, sha256, canonical_text AS text FROM source').all() as Array<{ id: number; sha256: string; text: string }>;
  const parsed = fromWebAnnotations(json, new Map(sources.map((source) => [source.sha256, { id: source.id, text: source.text }])));
  return db.transaction(() => {
    const existing = db.prepare('SELECT id, name, type FROM entity WHERE merged_into IS NULL').all() as Array<{ id: number; name: string; type: string }>;
    const byName = new Map(existing.map((entity) => [`${entity.type}:${foldName(entity.name)}`, entity.id]));
    const entityIds = new Map<string, EntityId>();
    let entitiesCreated = 0;
    for (const entity of parsed.entities) {
      const key = `${entity.type}:${foldName(entity.name)}`;
      let id = byName.get(key);
      if (id === undefined) {
        id = createEntity(db, { name: entity.name, type: entity.type }).id;
        byName.set(key, id);
        entitiesCreated++;
      }
      entityIds.set(entity.key, id);
    }
    const skipped = parsed.skipped.map(({ reason }) => ({ reason }));
    let imported = 0;
    for (const annotation of parsed.annotations) {
      if (annotation.anchor.state === 'orphaned') {
        skipped.push({ reason: `“${annotation.span.exact.slice(0, 80)}” is no longer in its source, so it could not be placed.` });
        continue;
      }
      createAnnotation(db, toNewAnnotation(annotation, entityIds));
      imported++;
    }
    return { imported, entitiesCreated, skipped };
  })();
}
