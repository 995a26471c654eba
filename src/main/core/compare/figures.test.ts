import { describe, expect, it } from 'vitest';
import { comparable, dateBounds, findFigures, formatFigure, sameValue, type FigureValue } from './figures';

const money = (amount: number, currency = 'USD'): FigureValue => ({ kind: 'money', amount, currency });
const day = (value: string): FigureValue => ({ kind: 'date', date: { precision: 'day', value } });

describe('figures', () => {
  it('gives the days a date covers, at every precision', () => {
    expect(dateBounds({ precision: 'year', value: '2020' })).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(dateBounds({ precision: 'month', value: '2024-02' })).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateBounds({ precision: 'range', start: '2018-01-01', end: '2021-12-31' })).toEqual({ start: '2018-01-01', end: '2021-12-31' });
  });

  it('says when two figures agree: same amount and currency, a date within the other, the same count', () => {
    expect(sameValue(money(1_500_000), money(1_500_000))).toBe(true);
    expect(sameValue(money(1_500_000), money(1_500_000, 'EUR'))).toBe(false);
    expect(sameValue(day('2020-03-03'), { kind: 'date', date: { precision: 'year', value: '2020' } })).toBe(true);
    expect(sameValue(day('2020-03-03'), day('2020-03-04'))).toBe(false);
    expect(sameValue({ kind: 'count', value: 300, unit: 'jobs' }, { kind: 'count', value: 300, unit: 'job' })).toBe(true);
  });

  it('sets counts of different things apart', () => {
    expect(comparable({ kind: 'count', value: 300, unit: 'jobs' }, { kind: 'count', value: 12, unit: 'trucks' })).toBe(false);
    expect(comparable({ kind: 'count', value: 300, unit: 'jobs' }, { kind: 'count', value: 12, unit: null })).toBe(true);
    expect(comparable(money(1), { kind: 'percent', value: 1 })).toBe(false);
  });

  it('formats normalized values for the reporter', () => {
    expect([money(1_500_000), { kind: 'percent', value: 4.5 } as const, day('2020-03-03')].map(formatFigure)).toEqual(['USD 1,500,000', '4.5%', '2020-03-03']);
  });

  it('does not read an amount as a year or a count', () => {
    expect(findFigures('It cost $2,020 and 45 per cent of 2,000 staff.', null).map((figure) => [figure.text, figure.value.kind])).toEqual([
      ['$2,020', 'money'],
      ['45 per cent', 'percent'],
      ['2,000', 'count'],
    ]);
  });
});
