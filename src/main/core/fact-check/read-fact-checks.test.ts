import { describe, expect, it } from 'vitest';
import { anchorAll } from '../annotations/anchoring';
import { deleteAnnotation } from '../annotations/annotation-repository';
import { mergeEntities } from '../entities/entity-merge';
import { createEntity } from '../entities/entity-repository';
import { listFactChecks } from './read-fact-checks';
import { factCheckProgress } from './progress';
import { checkedStory, factCheckStory } from './test-support';

describe('listFactChecks', () => {
  it('lists every claim in reading order with its words, position, source and hash, and nothing that is not a claim', async () => {
    const { db, claims, report } = await factCheckStory();
    const rows = listFactChecks(db, { anchorAll });
    expect(rows.map((row) => row.claimId)).toEqual([claims.doubled, claims.exports, claims.formula, claims.minus, claims.grew]);
    const exports = rows[1]!;
    expect(exports.span.exact).toBe('exports rose 40% 🚀 last year');
    // Positions count code points: the emoji is one.
    expect(exports.span.end - exports.span.start).toBe([...'exports rose 40% 🚀 last year'].length);
    expect(exports.anchor).toEqual({ state: 'exact', start: exports.span.start, end: exports.span.end });
    expect(exports.source).toMatchObject({ id: report, title: 'Škoda in Zürich', outlet: 'The Ledger', publishedDate: '2026-03-12', authors: ['Ana Müller'] });
    expect(exports.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(exports).toMatchObject({ status: 'unchecked', rating: null, evidence: [], method: null, checker: '', checkedOn: null, notes: '', checkUpdatedAt: null });
  });

  it('names the speaker, else the asserting source: its outlet, authors or title', async () => {
    const { db, claims } = await factCheckStory();
    const byId = new Map(listFactChecks(db).map((row) => [row.claimId, row]));
    expect(byId.get(claims.doubled)!.assertedBy).toBe('Škoda Auto');
    expect(byId.get(claims.exports)!.speaker?.name).toBe('北京 ministry of commerce');
    expect(byId.get(claims.formula)!.assertedBy).toBe('The Ledger');
    expect(byId.get(claims.grew)!.assertedBy).toBe('Letter from the works council');
  });

  it('names a speaker merged into another entity as that entity', async () => {
    const { db, claims, skoda } = await factCheckStory();
    const group = createEntity(db, { name: 'Volkswagen Group', type: 'organisation' }).id;
    mergeEntities(db, skoda, group);
    const row = listFactChecks(db, { claimIds: [claims.doubled] })[0]!;
    expect(row.speaker).toEqual({ id: group, name: 'Volkswagen Group', type: 'organisation' });
  });

  it('gives exactly the claims asked for, in the order asked, and refuses ids that are not claims', async () => {
    const { db, claims, evidenceQuote } = await factCheckStory();
    expect(listFactChecks(db, { claimIds: [claims.grew, claims.doubled, claims.grew] }).map((row) => row.claimId)).toEqual([claims.grew, claims.doubled]);
    expect(() => listFactChecks(db, { claimIds: [claims.grew, evidenceQuote, 999] })).toThrow(
      new RegExp(`Claims #${evidenceQuote}, #999 are not claims of this investigation`),
    );
  });

  it('reads checks and evidence, and keeps evidence whose span was removed, marked missing', async () => {
    const { db, claims, evidenceQuote } = await checkedStory();
    deleteAnnotation(db, evidenceQuote);
    const row = listFactChecks(db, { claimIds: [claims.exports] })[0]!;
    expect(row).toMatchObject({ status: 'false', rating: { label: 'False' }, method: 'secondary', checker: 'Li Wei 李伟', checkedOn: '2026-03-15' });
    expect(row.evidence.map((item) => [item.kind, item.cited, item.missing])).toEqual([
      ['annotation', 'Exports to China fell, customs data show', true],
      ['text', '', false],
    ]);
  });

  it('counts the claims checked and each status', async () => {
    const { db } = await checkedStory();
    expect(factCheckProgress(listFactChecks(db))).toEqual({
      total: 5,
      checked: 2,
      byStatus: { unchecked: 2, 'in-progress': 1, verified: 0, false: 1, misleading: 1, unverifiable: 0 },
    });
  });
});
