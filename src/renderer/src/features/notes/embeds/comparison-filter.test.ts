import { describe, expect, it } from 'vitest';
import type { ComparisonSummary } from '../../../../../shared/domain/comparison';
import { filterComparisons } from './comparison-filter';

function summary(id: number, name: string, columnLabels: string[]): ComparisonSummary {
  return { id, name, columnLabels, includeClaims: false, pinCount: 0, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
}

const SAVED = [
  summary(3, 'Okafor memo vs. Lindqvist', ['Adaeze Okafor', 'Tomas Lindqvist']),
  summary(2, 'Figures by source', ['The Northshore Ledger', 'Annual report 2020']),
  summary(1, 'Mémo du conseil', ['Priya Raman', 'Adaeze Okafor']),
];

const ids = (query: string) => filterComparisons(SAVED, query).map((comparison) => comparison.id);

describe('filterComparisons', () => {
  it('lists every saved comparison, in the order given, when nothing is typed', () => {
    expect(ids('')).toEqual([3, 2, 1]);
    expect(ids('   ')).toEqual([3, 2, 1]);
  });

  it('finds words of the name or of a column heading, whatever their case and accents', () => {
    expect(ids('FIGURES')).toEqual([2]);
    expect(ids('memo')).toEqual([3, 1]);
    expect(ids('raman')).toEqual([1]);
    expect(ids('northshore')).toEqual([2]);
  });

  it('needs every word typed, in any order, across the name and headings', () => {
    expect(ids('lindqvist okafor')).toEqual([3]);
    expect(ids('okafor raman')).toEqual([1]);
    expect(ids('okafor ledger')).toEqual([]);
  });

  it('puts comparisons named by the words before those that only have them in a heading', () => {
    expect(ids('okafor')).toEqual([3, 1]);
    expect(ids('adaeze')).toEqual([3, 1]);
    expect(filterComparisons([SAVED[2]!, SAVED[0]!], 'okafor').map((comparison) => comparison.id)).toEqual([3, 1]);
  });
});
