import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion, isStrict, triggersOn } from './schema-inspection.test-support';

function insertSource(db: Database.Database, overrides: Record<string, unknown> = {}) {
  const original = Buffer.from('The agency signed the contract on Wednesday.');
  const row = {
    title: 'Contract signed',
    mime_type: 'text/plain',
    size_bytes: original.length,
    sha256: crypto.createHash('sha256').update(original).digest('hex'),
    original,
    canonical_text: original.toString('utf8'),
    word_count: 7,
    imported_at: '2026-03-12T09:00:00.000Z',
    published_date: '2026-03',
    ...overrides,
  };
  const columns = Object.keys(row);
  return db
    .prepare(`INSERT INTO source (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
    .run(row).lastInsertRowid as number;
}

describe('migration 0002: sources', () => {
  it('creates a strict source table with the documented columns', async () => {
    const db = await databaseAtVersion(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(isStrict(db, 'source')).toBe(true);
    expect(columnsOf(db, 'source').map((c) => [c.name, c.type, c.notnull])).toEqual([
      ['id', 'INTEGER', 0],
      ['title', 'TEXT', 1],
      ['outlet', 'TEXT', 0],
      ['authors', 'TEXT', 1],
      ['published_date', 'TEXT', 0],
      ['url', 'TEXT', 0],
      ['language', 'TEXT', 0],
      ['description', 'TEXT', 1],
      ['file_name', 'TEXT', 0],
      ['mime_type', 'TEXT', 1],
      ['size_bytes', 'INTEGER', 1],
      ['sha256', 'TEXT', 1],
      ['original', 'BLOB', 1],
      ['canonical_text', 'TEXT', 1],
      ['structure', 'TEXT', 1],
      ['word_count', 'INTEGER', 1],
      ['imported_at', 'TEXT', 1],
    ]);
    expect(triggersOn(db, 'source')).toEqual(['source_evidence_is_immutable']);
  });

  it('keeps metadata editable and the evidence immutable', async () => {
    const db = await databaseAtVersion(2);
    const id = insertSource(db);
    db.prepare("UPDATE source SET title = 'Border deal', outlet = 'The Ledger', published_date = '2026-03-12' WHERE id = ?").run(id);
    expect(db.prepare('SELECT title FROM source WHERE id = ?').pluck().get(id)).toBe('Border deal');

    for (const change of [
      "canonical_text = 'rewritten'",
      "original = X'00'",
      `sha256 = '${'0'.repeat(64)}'`,
    ]) {
      expect(() => db.prepare(`UPDATE source SET ${change} WHERE id = ?`).run(id)).toThrow(/cannot change after import/);
    }
    expect(db.prepare('SELECT canonical_text FROM source WHERE id = ?').pluck().get(id)).toBe(
      'The agency signed the contract on Wednesday.',
    );
  });

  it('refuses a second copy of the same original, and malformed values', async () => {
    const db = await databaseAtVersion(2);
    insertSource(db);
    expect(() => insertSource(db)).toThrow(/UNIQUE/);
    expect(() => insertSource(db, { sha256: 'not-a-hash' })).toThrow(/CHECK/);
    expect(() => insertSource(db, { sha256: 'a'.repeat(64), size_bytes: 1 })).toThrow(/CHECK/);
    expect(() => insertSource(db, { sha256: 'b'.repeat(64), published_date: '12 March 2026' })).toThrow(/CHECK/);
    expect(() => insertSource(db, { sha256: 'c'.repeat(64), authors: '"Okafor"' })).toThrow(/CHECK/);
    expect(() => insertSource(db, { sha256: 'd'.repeat(64), structure: '{not json' })).toThrow(/CHECK|JSON/);
    expect(() => insertSource(db, { sha256: 'e'.repeat(64), word_count: '7 words' })).toThrow(/cannot store TEXT value in INTEGER/);
    for (const [index, date] of ['2026', '2026-03', '2026-03-12'].entries()) {
      insertSource(db, { sha256: String(index).repeat(64), published_date: date });
    }
  });
});
