import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion, isStrict } from './schema-inspection.test-support';

type Db = Awaited<ReturnType<typeof databaseAtVersion>>;

const HASH = 'a'.repeat(64);

/** A source with one claim tagged in it, and a quote beside it to cite as evidence. */
function claimAndQuote(db: Db): { sourceId: number; claimId: number; quoteId: number } {
  const sourceId = Number(
    db
      .prepare(
        `INSERT INTO source (title, mime_type, size_bytes, sha256, original, canonical_text, word_count, imported_at)
         VALUES ('Report', 'text/plain', 3, ?, X'616263', 'abc', 1, 'x')`,
      )
      .run(HASH).lastInsertRowid,
  );
  const annotate = db.prepare(
    `INSERT INTO annotation (source_id, kind, start, end, exact, prefix, suffix, created_at, updated_at)
     VALUES (?, ?, 0, 1, 'a', '', '', 'x', 'x')`,
  );
  const claimId = Number(annotate.run(sourceId, 'claim').lastInsertRowid);
  db.prepare('INSERT INTO claim (annotation_id) VALUES (?)').run(claimId);
  const quoteId = Number(annotate.run(sourceId, 'quote').lastInsertRowid);
  return { sourceId, claimId, quoteId };
}

function check(db: Db, claimId: number, fields: { ratingId?: number | null; method?: string | null; checkedOn?: string | null } = {}) {
  return db
    .prepare('INSERT INTO claim_check (claim_id, rating_id, method, checked_on, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(claimId, fields.ratingId ?? null, fields.method ?? null, fields.checkedOn ?? null, 'x');
}

function evidence(db: Db, claimId: number, fields: { kind: string; annotationId?: number | null; sourceId?: number | null; url?: string | null; text?: string }) {
  return Number(
    db
      .prepare('INSERT INTO claim_evidence (claim_id, kind, annotation_id, source_id, url, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(claimId, fields.kind, fields.annotationId ?? null, fields.sourceId ?? null, fields.url ?? null, fields.text ?? '', 'x').lastInsertRowid,
  );
}

describe('migration 0009: fact-check', () => {
  it('creates strict tables for the scale, the checks and the evidence', async () => {
    const db = await databaseAtVersion(9);
    for (const table of ['fact_check_rating', 'claim_check', 'claim_evidence']) expect(isStrict(db, table)).toBe(true);
    expect(columnsOf(db, 'claim_check').map((c) => c.name)).toEqual(['claim_id', 'rating_id', 'method', 'checker', 'checked_on', 'notes', 'updated_at']);
    expect(columnsOf(db, 'claim_evidence').map((c) => c.name)).toEqual([
      'id', 'claim_id', 'kind', 'annotation_id', 'source_id', 'url', 'text', 'cited', 'created_at',
    ]);
  });

  it('starts every investigation with the default scale, best first', async () => {
    const db = await databaseAtVersion(9);
    expect(db.prepare('SELECT label FROM fact_check_rating ORDER BY position').pluck().all()).toEqual([
      'True', 'Mostly true', 'Half true', 'Mostly false', 'False',
    ]);
  });

  it('refuses blank or duplicate ratings (whatever their case) and two at one position', async () => {
    const db = await databaseAtVersion(9);
    const insert = db.prepare('INSERT INTO fact_check_rating (label, position) VALUES (?, ?)');
    expect(() => insert.run('  ', 10)).toThrow(/CHECK/);
    expect(() => insert.run('mostly TRUE', 11)).toThrow(/UNIQUE/);
    expect(() => insert.run('Pants on fire', 0)).toThrow(/UNIQUE/);
  });

  it('refuses unknown methods, dates that are not days, and checks of what is not a claim', async () => {
    const db = await databaseAtVersion(9);
    const { claimId, quoteId } = claimAndQuote(db);
    expect(() => check(db, claimId, { method: 'hearsay' })).toThrow(/CHECK/);
    expect(() => check(db, claimId, { checkedOn: '2026-03' })).toThrow(/CHECK/);
    expect(() => check(db, quoteId)).toThrow(/FOREIGN KEY/);
    expect(() => check(db, claimId, { method: 'primary', checkedOn: '2026-03-12' })).not.toThrow();
  });

  it('will not delete a rating a claim still has, and drops the check with its claim', async () => {
    const db = await databaseAtVersion(9);
    const { claimId } = claimAndQuote(db);
    const mostlyFalse = db.prepare("SELECT id FROM fact_check_rating WHERE label = 'Mostly false'").pluck().get() as number;
    check(db, claimId, { ratingId: mostlyFalse });
    expect(() => db.prepare('DELETE FROM fact_check_rating WHERE id = ?').run(mostlyFalse)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM annotation WHERE id = ?').run(claimId);
    expect(db.prepare('SELECT count(*) FROM claim_check').pluck().get()).toBe(0);
    db.prepare('DELETE FROM fact_check_rating WHERE id = ?').run(mostlyFalse);
  });

  it('holds each kind of evidence to its own fields', async () => {
    const db = await databaseAtVersion(9);
    const { claimId, quoteId, sourceId } = claimAndQuote(db);
    expect(evidence(db, claimId, { kind: 'annotation', annotationId: quoteId, sourceId })).toBeGreaterThan(0);
    expect(evidence(db, claimId, { kind: 'source', sourceId })).toBeGreaterThan(0);
    expect(evidence(db, claimId, { kind: 'url', url: 'https://example.org/budget' })).toBeGreaterThan(0);
    expect(evidence(db, claimId, { kind: 'text', text: 'Called the ministry.' })).toBeGreaterThan(0);
    expect(() => evidence(db, claimId, { kind: 'text', text: ' ' })).toThrow(/CHECK/);
    expect(() => evidence(db, claimId, { kind: 'url', url: ' ' })).toThrow(/CHECK/);
    expect(() => evidence(db, claimId, { kind: 'source', sourceId, url: 'https://example.org' })).toThrow(/CHECK/);
    expect(() => evidence(db, claimId, { kind: 'rumour', text: 'x' })).toThrow(/CHECK/);
    expect(() => evidence(db, claimId, { kind: 'annotation', annotationId: 999 })).toThrow(/FOREIGN KEY/);
  });

  it('keeps evidence whose span is removed, with the link cleared; drops it with its claim', async () => {
    const db = await databaseAtVersion(9);
    const { claimId, quoteId, sourceId } = claimAndQuote(db);
    const id = evidence(db, claimId, { kind: 'annotation', annotationId: quoteId, sourceId });
    db.prepare('DELETE FROM annotation WHERE id = ?').run(quoteId);
    expect(db.prepare('SELECT kind, annotation_id, source_id FROM claim_evidence WHERE id = ?').get(id)).toEqual({
      kind: 'annotation', annotation_id: null, source_id: sourceId,
    });
    db.prepare('DELETE FROM annotation WHERE id = ?').run(claimId);
    expect(db.prepare('SELECT count(*) FROM claim_evidence').pluck().get()).toBe(0);
  });

  it('finds a claim’s evidence, and the evidence citing a span, by index', async () => {
    const db = await databaseAtVersion(9);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail).join('\n');
    expect(plan('SELECT * FROM claim_evidence WHERE claim_id = 1 ORDER BY id')).toMatch(/USING INDEX claim_evidence_by_claim/);
    expect(plan('SELECT id FROM claim_evidence WHERE annotation_id = 1')).toMatch(/claim_evidence_by_annotation/);
    expect(plan('SELECT claim_id FROM claim_check WHERE rating_id = 1')).toMatch(/claim_check_by_rating/);
  });
});
