import { describe, expect, it } from 'vitest';
import { databaseAtVersion } from './schema-inspection.test-support';
import { migration0012 } from './0012-annotation-ids-never-reused';

type Db = Awaited<ReturnType<typeof databaseAtVersion>>;

function source(db: Db): number {
  return Number(
    db
      .prepare(
        `INSERT INTO source (title, mime_type, size_bytes, sha256, original, canonical_text, word_count, imported_at)
         VALUES ('Report', 'text/plain', 3, ?, X'616263', 'abc', 1, 'x')`,
      )
      .run('b'.repeat(64)).lastInsertRowid,
  );
}

const annotate = (db: Db, sourceId: number, id: number | null = null) =>
  Number(
    db
      .prepare(`INSERT INTO annotation (id, source_id, kind, start, end, exact, prefix, suffix, created_at, updated_at) VALUES (?, ?, 'quote', 0, 1, 'a', '', '', 'x', 'x')`)
      .run(id, sourceId).lastInsertRowid,
  );
const highWater = (db: Db) => db.prepare("SELECT last FROM id_high_water WHERE name = 'annotation'").pluck().get();

describe('migration 0012: annotation ids never reused', () => {
  it('starts from the highest id in the table or in the audit log, deleted ones included', async () => {
    const db = await databaseAtVersion(11);
    const sourceId = source(db);
    annotate(db, sourceId);
    const second = annotate(db, sourceId);
    db.prepare('DELETE FROM annotation WHERE id = ?').run(second);
    db.prepare("INSERT INTO audit_log (at, actor, entity_type, entity_id, action) VALUES ('x', 'me', 'claim', 9, 'delete')").run();
    db.transaction(() => migration0012.up(db))();
    expect(highWater(db)).toBe(9);
  });

  it('raises the mark on every insert, explicit ids (undo) included', async () => {
    const db = await databaseAtVersion(12);
    const sourceId = source(db);
    expect(highWater(db)).toBe(0);
    annotate(db, sourceId);
    annotate(db, sourceId, 40);
    expect(highWater(db)).toBe(40);
    db.prepare('DELETE FROM annotation WHERE id = 40').run();
    expect(highWater(db)).toBe(40);
  });
});
