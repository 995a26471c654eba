import { describe, expect, it } from 'vitest';
import { deleteAnnotation, restoreAnnotation } from '../annotations/annotation-repository';
import { listFactChecks } from './read-fact-checks';
import { restoreCheckFromHistory } from './restore-check';
import { checkedStory } from './test-support';
import { removeEvidence } from './evidence';

describe('restoreCheckFromHistory', () => {
  it('puts back the check and the evidence a deleted claim had, as they were, with their ids', async () => {
    const { db, claims } = await checkedStory();
    const [before] = listFactChecks(db, { claimIds: [claims.doubled] });
    removeEvidence(db, before!.evidence[1]!.id);
    const [kept] = listFactChecks(db, { claimIds: [claims.doubled] });
    const deleted = deleteAnnotation(db, claims.doubled);
    expect(db.prepare('SELECT count(*) FROM claim_check WHERE claim_id = ?').pluck().get(claims.doubled)).toBe(0);
    db.transaction(() => {
      restoreAnnotation(db, deleted);
      expect(restoreCheckFromHistory(db, claims.doubled)).toBe(true);
    })();
    const [after] = listFactChecks(db, { claimIds: [claims.doubled] });
    expect({ ...after, checkUpdatedAt: null }).toEqual({ ...kept, checkUpdatedAt: null });
  });

  it('clears a cited span that was removed meanwhile, and ignores the history of an earlier claim with the same id', async () => {
    const { db, claims, evidenceQuote } = await checkedStory();
    const deleted = deleteAnnotation(db, claims.exports);
    deleteAnnotation(db, evidenceQuote);
    restoreAnnotation(db, deleted);
    restoreCheckFromHistory(db, claims.exports);
    const [after] = listFactChecks(db, { claimIds: [claims.exports] });
    expect(after!.evidence.map((item) => [item.kind, item.missing])).toEqual([['annotation', true], ['text', false]]);
    expect(after!.rating?.label).toBe('False');

    // A claim created afresh under a freed id starts with nothing.
    db.prepare("INSERT INTO audit_log (at, actor, entity_type, entity_id, action) VALUES ('x', 'x', 'claim', ?, 'create')").run(claims.exports);
    db.prepare('DELETE FROM claim_check WHERE claim_id = ?').run(claims.exports);
    db.prepare('DELETE FROM claim_evidence WHERE claim_id = ?').run(claims.exports);
    expect(restoreCheckFromHistory(db, claims.exports)).toBe(false);
  });
});
