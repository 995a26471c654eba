import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';
import { highlightRow } from './highlight';

const marked = (text: string, ranges: readonly { start: number; end: number }[]) => ranges.map(({ start, end }) => text.slice(start, end));

describe('findFigures', () => {
  it('reads money, percentages, dates and counts, each once', () => {
    const text = 'In March 2020 the $1.5 million contract cut 300 jobs, 12% of the staff, and 2.5 million people noticed.';
    expect(findFigures(text, null).map(({ text: words, value }) => [words, value])).toEqual([
      ['March 2020', { kind: 'date', date: { precision: 'month', value: '2020-03' } }],
      ['$1.5 million', { kind: 'money', amount: 1_500_000, currency: 'USD' }],
      ['300', { kind: 'count', value: 300, unit: 'jobs' }],
      ['12%', { kind: 'percent', value: 12 }],
      ['2.5 million', { kind: 'count', value: 2_500_000, unit: 'people' }],
    ]);
  });
});

describe('highlightRow', () => {
  const cancelled = { text: 'We cancelled the drone contract, worth $500,000, in March 2020 after 12 crashes.', date: '2020-06-01' };
  const keeps = { text: 'The drone contract was worth $1.5 million and we kept it in 2020; 12 crashes is nothing.', date: '2026-01-10' };

  it('marks the words the statements share, stop words and figures left out', () => {
    const [left, right] = highlightRow([cancelled, keeps]);
    expect(marked(cancelled.text, left!.sharedWords)).toEqual(['drone', 'contract', 'worth', 'crashes']);
    expect(marked(keeps.text, right!.sharedWords)).toEqual(['drone', 'contract', 'worth', 'crashes']);
  });

  it('marks the figures that differ with their normalized values, and those that agree as the same', () => {
    const [left, right] = highlightRow([cancelled, keeps]);
    expect(left!.figures.map(({ text, status, normalized }) => [text, status, normalized])).toEqual([
      ['$500,000', 'differs', 'USD 500,000'],
      ['March 2020', 'same', '2020-03'],
      ['12', 'same', '12 crashes'],
    ]);
    expect(right!.figures.map(({ text, status }) => [text, status])).toEqual([
      ['$1.5 million', 'differs'],
      ['2020', 'same'],
      ['12', 'same'],
    ]);
    expect(keeps.text.slice(right!.figures[0]!.start, right!.figures[0]!.end)).toBe('$1.5 million');
  });

  it('counts relative dates from when each statement was said, and marks figures no other statement gives', () => {
    const [left, right, third] = highlightRow([
      { text: 'We signed last year.', date: '2021-05-01' },
      { text: 'They signed in 2019, with 40% of the vote.', date: '2024-01-01' },
      { text: 'The signing was in 2020.', date: null },
    ]);
    expect(left!.figures.map(({ text, status, normalized }) => [text, status, normalized])).toEqual([['last year', 'same', '2020']]);
    expect(right!.figures.map(({ text, status }) => [text, status])).toEqual([
      ['2019', 'differs'],
      ['40%', 'only-here'],
    ]);
    expect(left!.sharedWords.map((word) => [word.term, word.inAll])).toEqual([['signed', false]]);
    expect(third!.sharedWords).toEqual([]);
  });
});
