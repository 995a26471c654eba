import { describe, expect, it } from 'vitest';
import { auditHistory } from '../audit/audit-log';
import { addEvidence, removeEvidence } from './evidence';
import { factCheckStory } from './test-support';

describe('evidence', () => {
  it('links a span, a source, an address or words, each saying what it cites', async () => {
    const { db, claims, letter, evidenceQuote } = await factCheckStory();
    addEvidence(db, claims.doubled, { kind: 'annotation', annotationId: evidenceQuote, text: 'Contradicts the claim.' });
    addEvidence(db, claims.doubled, { kind: 'source', sourceId: letter });
    addEvidence(db, claims.doubled, { kind: 'url', url: ' https://example.org/zürich ' });
    const { check } = addEvidence(db, claims.doubled, { kind: 'text', text: 'Phoned the plant 📞' });
    expect(check.evidence.map(({ kind, annotationId, sourceId, url, text, cited }) => ({ kind, annotationId, sourceId, url, text, cited }))).toEqual([
      { kind: 'annotation', annotationId: evidenceQuote, sourceId: letter, url: null, text: 'Contradicts the claim.', cited: 'Exports to China fell, customs data show' },
      { kind: 'source', annotationId: null, sourceId: letter, url: null, text: '', cited: 'Letter from the works council' },
      { kind: 'url', annotationId: null, sourceId: null, url: 'https://example.org/zürich', text: '', cited: 'https://example.org/zürich' },
      { kind: 'text', annotationId: null, sourceId: null, url: null, text: 'Phoned the plant 📞', cited: '' },
    ]);
  });

  it('logs what was added and removed in the claim’s history, and gives the removed item back whole', async () => {
    const { db, claims } = await factCheckStory();
    const { evidence } = addEvidence(db, claims.grew, { kind: 'text', text: 'Minutes of the meeting' });
    const removed = removeEvidence(db, evidence.id);
    expect(removed.evidence).toEqual(evidence);
    expect(removed.check.evidence).toEqual([]);
    expect(auditHistory(db, 'claim', claims.grew).map((entry) => entry.action)).toEqual(['create', 'evidence.add', 'evidence.remove']);
    expect(() => removeEvidence(db, evidence.id)).toThrow(`Evidence #${evidence.id} is no longer in this investigation`);
  });

  it('refuses with a clear message: itself, a missing span or source, an address that is not web, empty words', async () => {
    const { db, claims } = await factCheckStory();
    expect(() => addEvidence(db, claims.grew, { kind: 'annotation', annotationId: claims.grew })).toThrow('A claim cannot be its own evidence');
    expect(() => addEvidence(db, claims.grew, { kind: 'annotation', annotationId: 999 })).toThrow('Annotation #999 is not in this investigation');
    expect(() => addEvidence(db, claims.grew, { kind: 'source', sourceId: 999 })).toThrow('Source #999 is not in this investigation');
    expect(() => addEvidence(db, claims.grew, { kind: 'url', url: 'javascript:alert(1)' })).toThrow('Expected a full web address');
    expect(() => addEvidence(db, claims.grew, { kind: 'url', url: 'example.org' })).toThrow('Expected a full web address');
    expect(() => addEvidence(db, claims.grew, { kind: 'text', text: '   ' })).toThrow('Evidence in words needs some words');
    expect(() => addEvidence(db, 999, { kind: 'text', text: 'x' })).toThrow('Claim #999 is not a claim');
  });
});
