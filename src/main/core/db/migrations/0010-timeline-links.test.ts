import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion, isStrict } from './schema-inspection.test-support';

type Db = Awaited<ReturnType<typeof databaseAtVersion>>;

const link = (db: Db, a: string, b: string, relation = 'same') =>
  db.prepare("INSERT INTO timeline_link (item_a, item_b, relation, created_at) VALUES (?, ?, ?, 'x')").run(a, b, relation);

describe('migration 0010: timeline links', () => {
  it('creates a strict table keyed by the pair', async () => {
    const db = await databaseAtVersion(10);
    expect(isStrict(db, 'timeline_link')).toBe(true);
    expect(columnsOf(db, 'timeline_link').filter((c) => c.pk > 0).map((c) => c.name)).toEqual(['item_a', 'item_b']);
  });

  it('takes pairs of annotations and entries, smaller first, once, as same or different', async () => {
    const db = await databaseAtVersion(10);
    link(db, 'annotation:12', 'entry:5');
    link(db, 'annotation:12', 'annotation:40', 'different');
    expect(() => link(db, 'annotation:12', 'entry:5', 'different')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => link(db, 'entry:5', 'annotation:12')).toThrow(/CHECK/);
    expect(() => link(db, 'annotation:1', 'annotation:1')).toThrow(/CHECK/);
    expect(() => link(db, 'source:3', 'entry:5')).toThrow(/CHECK/);
    expect(() => link(db, 'annotation:0', 'entry:5')).toThrow(/CHECK/);
    expect(() => link(db, 'annotation:2', 'entry:5', 'maybe')).toThrow(/CHECK/);
  });

  it('drops a deleted annotation’s links (its id may be given again), deleted with its source too, but keeps an entry’s', async () => {
    const db = await databaseAtVersion(10);
    const sourceId = Number(
      db
        .prepare(
          `INSERT INTO source (title, mime_type, size_bytes, sha256, original, canonical_text, word_count, imported_at)
           VALUES ('Report', 'text/plain', 3, ?, X'616263', 'abc', 1, 'x')`,
        )
        .run('a'.repeat(64)).lastInsertRowid,
    );
    const annotate = db.prepare(
      `INSERT INTO annotation (source_id, kind, start, end, exact, prefix, suffix, created_at, updated_at)
       VALUES (?, 'event', 0, 1, 'a', '', '', 'x', 'x')`,
    );
    const [first, second] = [Number(annotate.run(sourceId).lastInsertRowid), Number(annotate.run(sourceId).lastInsertRowid)];
    link(db, `annotation:${first}`, 'entry:7');
    link(db, `annotation:${second}`, 'entry:7');
    link(db, 'entry:7', 'entry:8');
    db.prepare('DELETE FROM annotation WHERE id = ?').run(first);
    const pairs = () => db.prepare('SELECT item_a, item_b FROM timeline_link ORDER BY 1, 2').raw().all();
    expect(pairs()).toEqual([[`annotation:${second}`, 'entry:7'], ['entry:7', 'entry:8']]);
    db.prepare('DELETE FROM source WHERE id = ?').run(sourceId);
    expect(pairs()).toEqual([['entry:7', 'entry:8']]);
  });
});
