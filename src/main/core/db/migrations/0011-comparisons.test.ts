import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openInvestigationDatabase } from '../open-investigation-database';
import { makeTempDir } from '../test-support';
import { migration0011 } from './0011-comparisons';
import { migrations } from './index';
import { columnsOf, isStrict, triggersOn } from './schema-inspection.test-support';

/**
 * A file created at version 10 and then opened with migration 11 after it, as an existing
 * investigation is upgraded. (Once 0011 is registered, `databaseAtVersion(11)` does the same.)
 */
async function upgradedFromVersion10(): Promise<Database.Database> {
  const dir = makeTempDir();
  const file = path.join(dir, 'at-v10.sourcebook');
  const before = await openInvestigationDatabase(file, { mode: 'create', migrations: migrations.slice(0, 10) });
  expect(before.db.pragma('user_version', { simple: true })).toBe(10);
  before.db.close();
  const { db } = await openInvestigationDatabase(file, { mode: 'open', migrations: [...migrations.slice(0, 10), migration0011] });
  onTestFinished(() => {
    if (db.open) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

const HASH = (n: number) => String(n).repeat(64).slice(0, 64);

function source(db: Database.Database, n: number): number {
  return Number(
    db
      .prepare(
        `INSERT INTO source (title, mime_type, size_bytes, sha256, original, canonical_text, word_count, imported_at)
         VALUES ('Report', 'text/plain', 3, ?, X'616263', 'abc', 1, 'x')`,
      )
      .run(HASH(n)).lastInsertRowid,
  );
}
const entity = (db: Database.Database, name: string) =>
  Number(db.prepare("INSERT INTO entity (name, type, created_at, updated_at) VALUES (?, 'person', 'x', 'x')").run(name).lastInsertRowid);
const quote = (db: Database.Database, sourceId: number) =>
  Number(db.prepare("INSERT INTO annotation (source_id, kind, start, end, exact, prefix, suffix, created_at, updated_at) VALUES (?, 'quote', 0, 1, 'a', '', '', 'x', 'x')").run(sourceId).lastInsertRowid);
const comparison = (db: Database.Database, name: string) =>
  Number(db.prepare("INSERT INTO comparison (name, created_at, updated_at) VALUES (?, 'x', 'x')").run(name).lastInsertRowid);
const column = (db: Database.Database, comparisonId: number, position: number, fields: { kind: string; sourceId?: number | null; from?: string | null; to?: string | null }) =>
  db
    .prepare('INSERT INTO comparison_column (comparison_id, position, kind, source_id, date_from, date_to) VALUES (?, ?, ?, ?, ?, ?)')
    .run(comparisonId, position, fields.kind, fields.sourceId ?? null, fields.from ?? null, fields.to ?? null);
const count = (db: Database.Database, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('migration 0011: comparisons', () => {
  it('upgrades a version-10 file to strict tables for comparisons, their columns and pins', async () => {
    const db = await upgradedFromVersion10();
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    for (const table of ['comparison', 'comparison_column', 'comparison_column_speaker', 'comparison_pin', 'comparison_pin_cell']) expect(isStrict(db, table)).toBe(true);
    expect(columnsOf(db, 'comparison').map((c) => c.name)).toEqual(['id', 'name', 'include_claims', 'created_at', 'updated_at']);
    expect(columnsOf(db, 'comparison_column').map((c) => c.name)).toEqual(['comparison_id', 'position', 'kind', 'label', 'source_id', 'date_from', 'date_to']);
    expect(triggersOn(db, 'comparison_pin_cell')).toEqual(['comparison_pin_goes_with_its_statements']);
  });

  it('never reuses a deleted comparison’s id, and refuses blank or duplicate names whatever their case', async () => {
    const db = await upgradedFromVersion10();
    comparison(db, 'CEOs on the contract');
    const second = comparison(db, 'Okafor over 2020');
    db.prepare('DELETE FROM comparison WHERE id = ?').run(second);
    expect(comparison(db, 'Another')).toBe(second + 1);
    expect(() => comparison(db, '   ')).toThrow(/CHECK/);
    expect(() => comparison(db, 'ceos ON the contract')).toThrow(/UNIQUE/);
  });

  it('holds each kind of column to its own fields', async () => {
    const db = await upgradedFromVersion10();
    const id = comparison(db, 'A');
    const sourceId = source(db, 1);
    expect(() => column(db, id, 0, { kind: 'source', sourceId })).not.toThrow();
    expect(() => column(db, id, 1, { kind: 'speaker-in-dates', from: '2020', to: '2020-09-16' })).not.toThrow();
    expect(() => column(db, id, 2, { kind: 'speaker', sourceId })).toThrow(/CHECK/);
    expect(() => column(db, id, 2, { kind: 'speakers', from: '2020' })).toThrow(/CHECK/);
    expect(() => column(db, id, 2, { kind: 'speaker-in-dates', from: 'May 2020' })).toThrow(/CHECK/);
    expect(() => column(db, id, 2, { kind: 'everyone' })).toThrow(/CHECK/);
    expect(() => column(db, id, 4, { kind: 'speaker' })).toThrow(/CHECK/);
    expect(() => column(db, id, 0, { kind: 'speaker' })).toThrow(/PRIMARY|UNIQUE/);
    expect(() => column(db, id, 2, { kind: 'source', sourceId: 99 })).toThrow(/FOREIGN KEY/);
  });

  it('keeps a column whose source is removed, and drops a removed speaker from its column', async () => {
    const db = await upgradedFromVersion10();
    const id = comparison(db, 'A');
    const sourceId = source(db, 1);
    column(db, id, 0, { kind: 'source', sourceId });
    column(db, id, 1, { kind: 'speakers' });
    const [okafor, lindqvist] = [entity(db, 'Dana Okafor'), entity(db, 'Per Lindqvist')];
    const speaker = db.prepare('INSERT INTO comparison_column_speaker (comparison_id, position, entity_id) VALUES (?, ?, ?)');
    speaker.run(id, 1, okafor);
    speaker.run(id, 1, lindqvist);
    expect(() => speaker.run(id, 2, okafor)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM source WHERE id = ?').run(sourceId);
    db.prepare('DELETE FROM entity WHERE id = ?').run(lindqvist);
    expect(db.prepare('SELECT position, kind, source_id FROM comparison_column ORDER BY position').all()).toEqual([
      { position: 0, kind: 'source', source_id: null },
      { position: 1, kind: 'speakers', source_id: null },
    ]);
    expect(db.prepare('SELECT entity_id FROM comparison_column_speaker').pluck().all()).toEqual([okafor]);
    db.prepare('DELETE FROM comparison WHERE id = ?').run(id);
    expect([count(db, 'comparison_column'), count(db, 'comparison_column_speaker')]).toEqual([0, 0]);
  });

  it('drops a whole pin when one of its statements is removed, and pins with their comparison', async () => {
    const db = await upgradedFromVersion10();
    const id = comparison(db, 'A');
    const sourceId = source(db, 1);
    const [a, b, c] = [quote(db, sourceId), quote(db, sourceId), quote(db, sourceId)];
    const pin = (position: number, cells: Array<[number, number]>) => db.transaction(() => {
      const pinId = Number(db.prepare('INSERT INTO comparison_pin (comparison_id, position) VALUES (?, ?)').run(id, position).lastInsertRowid);
      for (const [columnAt, annotationId] of cells) db.prepare('INSERT INTO comparison_pin_cell (pin_id, position, annotation_id) VALUES (?, ?, ?)').run(pinId, columnAt, annotationId);
      return pinId;
    })();
    pin(0, [[0, a], [1, b]]);
    const kept = pin(1, [[0, c]]);
    expect(() => pin(1, [[0, a]])).toThrow(/UNIQUE/);
    expect(() => pin(2, [[0, 999]])).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM annotation WHERE id = ?').run(b);
    expect(db.prepare('SELECT id FROM comparison_pin').pluck().all()).toEqual([kept]);
    expect(db.prepare('SELECT annotation_id FROM comparison_pin_cell').pluck().all()).toEqual([c]);
    db.prepare('DELETE FROM comparison WHERE id = ?').run(id);
    expect([count(db, 'comparison_pin'), count(db, 'comparison_pin_cell')]).toEqual([0, 0]);
  });

  it('finds a statement’s pins and a source’s columns by index', async () => {
    const db = await upgradedFromVersion10();
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail).join('\n');
    expect(plan('SELECT pin_id FROM comparison_pin_cell WHERE annotation_id = 1')).toMatch(/comparison_pin_cell_by_annotation/);
    expect(plan('SELECT comparison_id FROM comparison_column WHERE source_id = 1')).toMatch(/comparison_column_by_source/);
    expect(plan('SELECT comparison_id FROM comparison_column_speaker WHERE entity_id = 1')).toMatch(/comparison_column_speaker_by_entity/);
  });
});
