import { describe, expect, it } from 'vitest';
import type { BuiltComparison, StatementView } from '../../../../../shared/domain/comparison';
import { comparisonTable, textRuns } from './comparison-table';

function statement(id: number, text: string, more: Partial<StatementView> = {}): StatementView {
  return {
    id,
    kind: 'quote',
    text,
    date: '2020-09',
    dateFromSource: false,
    channel: '',
    speaker: null,
    source: { id: 1, title: 'Halden drops contract', outlet: null, publishedDate: null, url: null },
    tags: [],
    ...more,
  };
}

const figure = (start: number, end: number, status: 'same' | 'differs' | 'only-here') => ({ start, end, text: '', kind: 'money' as const, status, normalized: '' });

function built(rows: BuiltComparison['rows'], unmatched: number[][], statements: StatementView[]): BuiltComparison {
  return {
    statements,
    columns: [
      { label: 'Lindqvist', statementIds: [], problem: null },
      { label: 'Okafor', statementIds: [], problem: 'The speaker was removed.' },
    ],
    rows,
    unmatched,
    ignoredPins: [],
    commonTags: [],
  };
}

const row = (cells: (number | null)[], reasonText: string): BuiltComparison['rows'][number] => ({
  cells,
  pinned: false,
  reason: { kind: 'similarity', similarity: 0.5 },
  reasonText,
  links: [],
  highlights: cells.map(() => null),
});

describe('comparisonTable', () => {
  const statements = [
    statement(1, '“We cancelled,”'),
    statement(2, 'It is the right work', { kind: 'claim', date: '2026-03-12', dateFromSource: true }),
    statement(3, 'Unpaired one', { date: null }),
    statement(4, 'Unpaired two'),
    statement(5, 'Unpaired three'),
  ];

  it('sets paired rows with their reasons first, then each column’s unpaired statements side by side', () => {
    const table = comparisonTable(built([row([1, 2], 'similar wording (0.50)')], [[3, 4], [5]], statements));
    expect(table.headings).toEqual(['Lindqvist', 'Okafor']);
    expect(table.problems).toEqual([null, 'The speaker was removed.']);
    expect(table.paired.map((r) => [r.reason, r.cells.map((cell) => cell?.id ?? null)])).toEqual([['similar wording (0.50)', [1, 2]]]);
    expect(table.unpaired.map((r) => r.cells.map((cell) => cell?.id ?? null))).toEqual([
      [3, 5],
      [4, null],
    ]);
    expect([table.pairedCount, table.unpairedCount, table.hiddenRows]).toEqual([1, 3, 0]);
  });

  it('gives each statement its words without the quotation marks, its date (or that it has none, or that it is the source’s) and its source', () => {
    const [first, second] = comparisonTable(built([row([1, 2], '')], [[3], []], statements)).paired[0]!.cells;
    expect(first).toMatchObject({ kind: 'quote', runs: [{ text: 'We cancelled', differs: false }], source: 'Halden drops contract' });
    expect(first!.date).toMatch(/2020/);
    expect(second).toMatchObject({ kind: 'claim' });
    expect(second!.date).toMatch(/2026 \(published\)$/);
    expect(comparisonTable(built([], [[3], []], statements)).unpaired[0]!.cells[0]!.date).toBe('Undated');
  });

  it('shows at most the rows asked for, paired first, and counts the rest', () => {
    const table = comparisonTable(built([row([1, 2], 'a')], [[3, 4], [5]], statements), 2);
    expect(table.paired).toHaveLength(1);
    expect(table.unpaired).toHaveLength(1);
    expect(table.hiddenRows).toBe(1);
  });
});

describe('textRuns', () => {
  it('marks the figures that differ, counting code points, and not those that agree', () => {
    const text = '🙂 paid $95,000 and $1.5 million';
    expect(textRuns(text, { sharedWords: [], figures: [figure(7, 14, 'differs'), figure(19, 31, 'same')] })).toEqual([
      { text: '🙂 paid ', differs: false },
      { text: '$95,000', differs: true },
      { text: ' and $1.5 million', differs: false },
    ]);
  });

  it('keeps the marks in place when the quotation marks around the statement are dropped', () => {
    expect(textRuns('“It cost $5.”', { sharedWords: [], figures: [figure(9, 11, 'differs')] })).toEqual([
      { text: 'It cost ', differs: false },
      { text: '$5', differs: true },
      { text: '.', differs: false },
    ]);
  });
});
