import { describe, expect, it } from 'vitest';
import { auditHistory } from '../audit/audit-log';
import { getAnnotation } from '../annotations/annotation-repository';
import { listFactChecks } from './read-fact-checks';
import { factCheckStory } from './test-support';
import { setStatuses, updateFactCheck } from './update-check';

const ratingId = (db: Awaited<ReturnType<typeof factCheckStory>>['db'], label: string) =>
  db.prepare('SELECT id FROM fact_check_rating WHERE label = ?').pluck().get(label) as number;

describe('updateFactCheck', () => {
  it('changes only the fields given, and logs the check before and after', async () => {
    const { db, claims } = await factCheckStory();
    updateFactCheck(db, claims.doubled, { checker: 'Jiří Novák', ratingId: ratingId(db, 'Mostly true') }, '2026-03-14T10:00:00.000Z');
    const after = updateFactCheck(db, claims.doubled, { status: 'verified', checkedOn: '2026-03-14' }, '2026-03-14T11:00:00.000Z');
    expect(after).toMatchObject({ status: 'verified', checker: 'Jiří Novák', rating: { label: 'Mostly true' }, checkedOn: '2026-03-14', checkUpdatedAt: '2026-03-14T11:00:00.000Z' });
    expect(getAnnotation(db, claims.doubled)!.claim!.status).toBe('verified');
    const history = auditHistory(db, 'claim', claims.doubled).filter((entry) => entry.action === 'fact-check');
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({
      before: { status: 'unchecked', checker: 'Jiří Novák', checkedOn: null, rating: { label: 'Mostly true' } },
      after: { status: 'verified', checkedOn: '2026-03-14' },
    });
  });

  it('clears a field given as null', async () => {
    const { db, claims } = await factCheckStory();
    updateFactCheck(db, claims.grew, { method: 'primary', ratingId: ratingId(db, 'False') });
    expect(updateFactCheck(db, claims.grew, { method: null, ratingId: null })).toMatchObject({ method: null, rating: null });
  });

  it('refuses with a clear message: not a claim, a rating off the scale, a malformed date, an unknown field, no field', async () => {
    const { db, claims, evidenceQuote } = await factCheckStory();
    expect(() => updateFactCheck(db, evidenceQuote, { checker: 'x' })).toThrow(`Claim #${evidenceQuote} is not a claim of this investigation`);
    expect(() => updateFactCheck(db, claims.grew, { ratingId: 999 })).toThrow('Rating #999 is not on this investigation’s scale');
    expect(() => updateFactCheck(db, claims.grew, { checkedOn: '14/03/2026' })).toThrow('Expected a day as YYYY-MM-DD');
    expect(() => updateFactCheck(db, claims.grew, { verdict: 'false' } as never)).toThrow(/verdict/);
    expect(() => updateFactCheck(db, claims.grew, {})).toThrow('Say which fields of the check to change');
    expect(auditHistory(db, 'claim', claims.grew).filter((entry) => entry.action === 'fact-check')).toEqual([]);
  });
});

describe('setStatuses', () => {
  it('changes many claims in one go, logging each one that changed', async () => {
    const { db, claims } = await factCheckStory();
    setStatuses(db, [claims.doubled], 'verified');
    const rows = setStatuses(db, [claims.doubled, claims.exports, claims.grew], 'verified');
    expect(rows.map((row) => row.status)).toEqual(['verified', 'verified', 'verified']);
    expect(auditHistory(db, 'claim', claims.doubled).filter((entry) => entry.action === 'status')).toHaveLength(1);
    expect(auditHistory(db, 'claim', claims.exports).filter((entry) => entry.action === 'status')).toEqual([
      expect.objectContaining({ before: { status: 'unchecked' }, after: { status: 'verified' } }),
    ]);
  });

  it('changes none when one id is not a claim', async () => {
    const { db, claims, evidenceQuote } = await factCheckStory();
    expect(() => setStatuses(db, [claims.doubled, evidenceQuote], 'false')).toThrow(`Claim #${evidenceQuote} is not a claim`);
    expect(listFactChecks(db).every((row) => row.status === 'unchecked')).toBe(true);
    expect(() => setStatuses(db, [], 'false')).toThrow('Select at least one claim');
  });
});
