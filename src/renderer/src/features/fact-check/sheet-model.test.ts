import { describe, expect, it } from 'vitest';
import { arrangeSheet, groupChecks, matchesFilters, sortChecks } from './sheet-model';
import { aCheck } from './test-checks';

const NO_FILTERS = { statuses: [], query: '', rating: 'any' as const };
const true_ = { id: 1, label: 'True', position: 0 };
const false_ = { id: 5, label: 'False', position: 4 };

describe('filtering the sheet', () => {
  it('keeps the chosen statuses, or all when none is chosen', () => {
    const checks = [aCheck(1, { status: 'verified' }), aCheck(2, { status: 'false' }), aCheck(3)];
    expect(checks.filter((c) => matchesFilters(c, NO_FILTERS))).toHaveLength(3);
    expect(checks.filter((c) => matchesFilters(c, { ...NO_FILTERS, statuses: ['false', 'verified'] })).map((c) => c.claimId)).toEqual([1, 2]);
  });

  it('searches every word in the claim, speaker, source and notes, ignoring case and accents', () => {
    const check = aCheck(1, { exact: 'The contract is worth $1.5 million', assertedBy: 'Adaeze Okafor', notes: 'Called the agency', sourceTitle: 'Halden défend' });
    expect(matchesFilters(check, { ...NO_FILTERS, query: 'okafor MILLION' })).toBe(true);
    expect(matchesFilters(check, { ...NO_FILTERS, query: 'agency defend' })).toBe(true);
    expect(matchesFilters(check, { ...NO_FILTERS, query: 'okafor lindqvist' })).toBe(false);
  });

  it('filters by one rating, or by none given', () => {
    const rated = aCheck(1, { rating: true_ });
    const unrated = aCheck(2);
    expect(matchesFilters(rated, { ...NO_FILTERS, rating: 1 })).toBe(true);
    expect(matchesFilters(unrated, { ...NO_FILTERS, rating: 1 })).toBe(false);
    expect(matchesFilters(unrated, { ...NO_FILTERS, rating: 'none' })).toBe(true);
    expect(matchesFilters(rated, { ...NO_FILTERS, rating: 'none' })).toBe(false);
  });
});

describe('sorting the sheet', () => {
  it('sorts statuses in the order a check goes, both ways', () => {
    const checks = [aCheck(1, { status: 'false' }), aCheck(2, { status: 'unchecked' }), aCheck(3, { status: 'verified' })];
    expect(sortChecks(checks, { key: 'status', direction: 'ascending' }).map((c) => c.claimId)).toEqual([2, 3, 1]);
    expect(sortChecks(checks, { key: 'status', direction: 'descending' }).map((c) => c.claimId)).toEqual([1, 3, 2]);
  });

  it('puts empty cells last whichever the direction', () => {
    const checks = [aCheck(1), aCheck(2, { checkedOn: '2026-03-01' }), aCheck(3, { checkedOn: '2026-04-01' })];
    expect(sortChecks(checks, { key: 'checkedOn', direction: 'ascending' }).map((c) => c.claimId)).toEqual([2, 3, 1]);
    expect(sortChecks(checks, { key: 'checkedOn', direction: 'descending' }).map((c) => c.claimId)).toEqual([3, 2, 1]);
  });

  it('sorts ratings best first and numbers of evidence as numbers', () => {
    const evidence = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, kind: 'text' as const, annotationId: null, sourceId: null, url: null, text: 'x', cited: '', missing: false, createdAt: '' }));
    const checks = [aCheck(1, { rating: false_, evidence: evidence(10) }), aCheck(2, { rating: true_, evidence: evidence(2) })];
    expect(sortChecks(checks, { key: 'rating', direction: 'ascending' }).map((c) => c.claimId)).toEqual([2, 1]);
    expect(sortChecks(checks, { key: 'evidence', direction: 'ascending' }).map((c) => c.claimId)).toEqual([2, 1]);
  });

  it('breaks ties by where the claim is in its source', () => {
    const checks = [aCheck(3, { exact: 'Same' }), aCheck(1, { exact: 'Same' })];
    expect(sortChecks(checks, { key: 'claim', direction: 'descending' }).map((c) => c.claimId)).toEqual([1, 3]);
  });
});

describe('grouping the sheet', () => {
  it('groups by status in the order a check goes, keeping the order inside each group', () => {
    const checks = [aCheck(1, { status: 'false' }), aCheck(2, { status: 'verified' }), aCheck(3, { status: 'false' })];
    const groups = groupChecks(checks, 'status');
    expect(groups.map((g) => [g.label, g.claims.map((c) => c.claimId)])).toEqual([
      ['Verified', [2]],
      ['False', [1, 3]],
    ]);
  });

  it('puts claims without a speaker or rating in a last group of their own', () => {
    const checks = [aCheck(1), aCheck(2, { assertedBy: 'Priya Raman', rating: true_ })];
    expect(groupChecks(checks, 'speaker').map((g) => g.label)).toEqual(['Priya Raman', 'No speaker']);
    expect(groupChecks(checks, 'rating').map((g) => g.label)).toEqual(['True', 'Not rated']);
  });

  it('gives the rows in the order they read, groups first', () => {
    const checks = [aCheck(1, { sourceTitle: 'B', sourceId: 2 }), aCheck(2, { sourceTitle: 'A', sourceId: 1 }), aCheck(3, { sourceTitle: 'B', sourceId: 2 })];
    const { rows, groups } = arrangeSheet(checks, NO_FILTERS, { key: 'claim', direction: 'descending' }, 'source');
    expect(groups.map((g) => g.label)).toEqual(['A', 'B']);
    expect(rows.map((c) => c.claimId)).toEqual([2, 3, 1]);
  });
});
