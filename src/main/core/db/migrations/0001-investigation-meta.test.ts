import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion, isStrict } from './schema-inspection.test-support';

describe('migration 0001: investigation meta', () => {
  it('creates the one-row investigation table', async () => {
    const db = await databaseAtVersion(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(isStrict(db, 'investigation')).toBe(true);
    expect(columnsOf(db, 'investigation')).toEqual([
      { name: 'id', type: 'INTEGER', notnull: 0, pk: 1 },
      { name: 'name', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'description', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'created_at', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'created_by_version', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'is_sample', type: 'INTEGER', notnull: 1, pk: 0 },
      { name: 'updated_at', type: 'TEXT', notnull: 0, pk: 0 },
    ]);
  });

  it('holds exactly one row with a non-empty name', async () => {
    const db = await databaseAtVersion(1);
    const insert = db.prepare(
      'INSERT INTO investigation (id, name, created_at, created_by_version) VALUES (?, ?, ?, ?)',
    );
    insert.run(1, 'Border contract', '2026-03-12T09:00:00.000Z', '0.1.0');
    expect(() => insert.run(2, 'Second', '2026-03-12T09:00:00.000Z', '0.1.0')).toThrow(/CHECK/);
    expect(() => insert.run(1, 'Again', '2026-03-12T09:00:00.000Z', '0.1.0')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("UPDATE investigation SET name = '  '").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE investigation SET is_sample = 2').run()).toThrow(/CHECK/);
    const row = db.prepare('SELECT description, is_sample FROM investigation').get();
    expect(row).toEqual({ description: '', is_sample: 0 });
  });
});
