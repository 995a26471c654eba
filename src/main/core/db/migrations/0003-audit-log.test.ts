import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion, isStrict, triggersOn } from './schema-inspection.test-support';

describe('migration 0003: audit log', () => {
  it('creates a strict append-only audit_log table', async () => {
    const db = await databaseAtVersion(3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(isStrict(db, 'audit_log')).toBe(true);
    expect(columnsOf(db, 'audit_log').map((c) => [c.name, c.type, c.notnull])).toEqual([
      ['id', 'INTEGER', 0],
      ['at', 'TEXT', 1],
      ['actor', 'TEXT', 1],
      ['entity_type', 'TEXT', 1],
      ['entity_id', 'INTEGER', 0],
      ['action', 'TEXT', 1],
      ['before', 'TEXT', 0],
      ['after', 'TEXT', 0],
    ]);
    expect(triggersOn(db, 'audit_log')).toEqual(['audit_log_no_delete', 'audit_log_no_update']);
  });

  it('accepts new entries and refuses to change or delete them', async () => {
    const db = await databaseAtVersion(3);
    const { lastInsertRowid: id } = db
      .prepare('INSERT INTO audit_log (at, actor, entity_type, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('2026-03-12T09:00:00.000Z', 'reporter', 'claim', 7, 'update', '{"status":"unverified"}', '{"status":"true"}');

    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else' WHERE id = ?").run(id)).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = ?').run(id)).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() =>
      db.prepare("INSERT INTO audit_log (at, actor, entity_type, action, after) VALUES ('x', 'y', 'claim', 'create', '{broken')").run(),
    ).toThrow(/CHECK|JSON/);
    expect(db.prepare('SELECT actor FROM audit_log').pluck().all()).toEqual(['reporter']);
  });
});
