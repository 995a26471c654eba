import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion, isStrict } from './schema-inspection.test-support';

describe('migration 0005: notes', () => {
  it('creates a strict note table holding Lexical JSON and its plain text', async () => {
    const db = await databaseAtVersion(5);
    expect(isStrict(db, 'note')).toBe(true);
    expect(columnsOf(db, 'note').map((c) => c.name)).toEqual(['id', 'title', 'content', 'plain_text', 'created_at', 'updated_at']);
    expect(() =>
      db.prepare("INSERT INTO note (title, content, created_at, updated_at) VALUES ('n', '{broken', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
  });
});
