import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion, isStrict } from './schema-inspection.test-support';

function insertSource(db: Awaited<ReturnType<typeof databaseAtVersion>>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO source (title, mime_type, size_bytes, sha256, original, canonical_text, word_count, imported_at)
         VALUES ('memo', 'text/plain', 4, ?, X'74657374', 'test', 1, '2026-01-01T00:00:00Z')`,
      )
      .run('a'.repeat(64)).lastInsertRowid,
  );
}

describe('migration 0004: entities and annotations', () => {
  it('creates strict tables for entities, aliases, annotations and each kind’s fields', async () => {
    const db = await databaseAtVersion(4);
    for (const table of ['entity', 'entity_alias', 'annotation', 'quote', 'claim', 'event', 'event_entity', 'entity_merge']) {
      expect(isStrict(db, table), table).toBe(true);
    }
    expect(columnsOf(db, 'annotation').map((c) => c.name)).toEqual([
      'id', 'source_id', 'kind', 'start', 'end', 'exact', 'prefix', 'suffix', 'entity_id', 'note', 'created_at', 'updated_at',
    ]);
  });

  it('deletes a source’s annotations and their fields with it, and keeps the entities', async () => {
    const db = await databaseAtVersion(4);
    const sourceId = insertSource(db);
    const entityId = db
      .prepare("INSERT INTO entity (name, type, created_at, updated_at) VALUES ('Dana Okafor', 'person', 'x', 'x')")
      .run().lastInsertRowid;
    const annotationId = db
      .prepare(
        `INSERT INTO annotation (source_id, kind, start, end, exact, prefix, suffix, entity_id, created_at, updated_at)
         VALUES (?, 'quote', 0, 4, 'test', '', '', NULL, 'x', 'x')`,
      )
      .run(sourceId).lastInsertRowid;
    db.prepare('INSERT INTO quote (annotation_id, speaker_id) VALUES (?, ?)').run(annotationId, entityId);
    db.prepare('DELETE FROM source WHERE id = ?').run(sourceId);
    expect(db.prepare('SELECT count(*) FROM annotation').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM quote').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM entity').pluck().get()).toBe(1);
  });

  it('refuses kinds, statuses and spans that cannot be', async () => {
    const db = await databaseAtVersion(4);
    const sourceId = insertSource(db);
    const insert = (kind: string, start: number, end: number) =>
      db
        .prepare(
          `INSERT INTO annotation (source_id, kind, start, end, exact, prefix, suffix, created_at, updated_at)
           VALUES (?, ?, ?, ?, '', '', '', 'x', 'x')`,
        )
        .run(sourceId, kind, start, end);
    expect(() => insert('highlight', 0, 1)).toThrow(/CHECK/);
    expect(() => insert('quote', 3, 1)).toThrow(/CHECK/);
    const id = insert('claim', 0, 1).lastInsertRowid;
    expect(() => db.prepare("INSERT INTO claim (annotation_id, status) VALUES (?, 'true')").run(id)).toThrow(/CHECK/);
  });
});
