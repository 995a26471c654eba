import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion, isStrict } from './schema-inspection.test-support';

type Db = Awaited<ReturnType<typeof databaseAtVersion>>;

function insertEntry(db: Db, fields: { what?: string; startsOn?: string; endsOn?: string | null; approximate?: number } = {}): number {
  return Number(
    db
      .prepare(
        `INSERT INTO timeline_entry (what, starts_on, ends_on, approximate, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'x', 'x')`,
      )
      .run(fields.what ?? 'Contract cancelled', fields.startsOn ?? '2026-03-12', fields.endsOn ?? null, fields.approximate ?? 0).lastInsertRowid,
  );
}

function insertEntity(db: Db, name: string): number {
  return Number(db.prepare("INSERT INTO entity (name, type, created_at, updated_at) VALUES (?, 'organisation', 'x', 'x')").run(name).lastInsertRowid);
}

describe('migration 0008: timeline entries', () => {
  it('creates strict tables for entries and their entities', async () => {
    const db = await databaseAtVersion(8);
    expect(isStrict(db, 'timeline_entry')).toBe(true);
    expect(isStrict(db, 'timeline_entry_entity')).toBe(true);
    expect(columnsOf(db, 'timeline_entry').map((c) => c.name)).toEqual([
      'id', 'what', 'starts_on', 'ends_on', 'approximate', 'note', 'created_at', 'updated_at',
    ]);
    expect(columnsOf(db, 'timeline_entry_entity').filter((c) => c.pk > 0).map((c) => c.name)).toEqual(['entry_id', 'entity_id']);
  });

  it('refuses empty events, dates that are not partial dates, and other flags', async () => {
    const db = await databaseAtVersion(8);
    expect(() => insertEntry(db, { what: '  ' })).toThrow(/CHECK/);
    expect(() => insertEntry(db, { startsOn: '12 March 2026' })).toThrow(/CHECK/);
    expect(() => insertEntry(db, { endsOn: '2026-3' })).toThrow(/CHECK/);
    expect(() => insertEntry(db, { approximate: 2 })).toThrow(/CHECK/);
    for (const date of ['2026', '2026-03', '2026-03-12']) expect(insertEntry(db, { startsOn: date })).toBeGreaterThan(0);
  });

  it('never reuses the id of a deleted entry', async () => {
    const db = await databaseAtVersion(8);
    insertEntry(db);
    const second = insertEntry(db);
    db.prepare('DELETE FROM timeline_entry WHERE id = ?').run(second);
    expect(insertEntry(db)).toBe(second + 1);
  });

  it('drops an entry’s links with it, and with a deleted entity, and refuses links to nothing', async () => {
    const db = await databaseAtVersion(8);
    const entry = insertEntry(db);
    const halden = insertEntity(db, 'Halden Systems');
    const fbia = insertEntity(db, 'FBIA');
    const link = db.prepare('INSERT INTO timeline_entry_entity (entry_id, entity_id) VALUES (?, ?)');
    link.run(entry, halden);
    link.run(entry, fbia);
    expect(() => link.run(entry, 999)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM entity WHERE id = ?').run(fbia);
    expect(db.prepare('SELECT entity_id FROM timeline_entry_entity').pluck().all()).toEqual([halden]);
    db.prepare('DELETE FROM timeline_entry WHERE id = ?').run(entry);
    expect(db.prepare('SELECT count(*) FROM timeline_entry_entity').pluck().get()).toBe(0);
  });
});
