import { describe, expect, it } from 'vitest';
import type { DateMention } from './date-mention';
import { findDates } from './find-dates';

// Thursday, March 12, 2026.
const PUBLISHED = { date: '2026-03-12', basis: 'published' as const };

function dates(text: string, reference = PUBLISHED) {
  return findDates(text, reference).map(({ text: words, date }) => [words, date.precision === 'range' ? `${date.start}..${date.end}` : date.value]);
}
const only = (text: string, reference = PUBLISHED): DateMention => {
  const found = findDates(text, reference);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('absolute dates', () => {
  it('reads full dates in either order, with abbreviations, ordinals and a weekday before', () => {
    expect(dates('On March 12, 2026, and 3 September 2020, and Sept. 3, 2019, and Wednesday, March 11, 2026.')).toEqual([
      ['March 12, 2026', '2026-03-12'],
      ['3 September 2020', '2020-09-03'],
      ['Sept. 3, 2019', '2019-09-03'],
      ['Wednesday, March 11, 2026', '2026-03-11'],
    ]);
    expect(dates('the 21st of June 2024; on 2025-01-31; by 7/4/2021')).toEqual([
      ['21st of June 2024', '2024-06-21'],
      ['2025-01-31', '2025-01-31'],
      ['7/4/2021', '2021-07-04'],
    ]);
  });

  it('keeps the precision the words give: a month, a year, a range', () => {
    expect(only('signed in September, 2020.')).toMatchObject({ text: 'September, 2020', date: { precision: 'month', value: '2020-09' } });
    expect(only('As of 2023, the firm…')).toMatchObject({ text: '2023', date: { precision: 'year', value: '2023' }, stated: { year: true, month: false, day: false } });
    expect(only('from 2018 to 2021')).toMatchObject({ text: '2018 to 2021', date: { precision: 'range', start: '2018-01-01', end: '2021-12-31' } });
    expect(only('in the 1990s')).toMatchObject({ text: 'the 1990s', date: { precision: 'range', start: '1990-01-01', end: '1999-12-31' } });
    expect(only('by early 2021')).toMatchObject({ text: 'early 2021', approximate: true, date: { value: '2021' } });
    expect(only('in the first quarter of 2026')).toMatchObject({ date: { precision: 'range', start: '2026-01-01', end: '2026-03-31' } });
  });

  it('gives a month and day without a year the year nearest the publication date', () => {
    expect(only('on Dec. 20', { date: '2026-01-05', basis: 'published' })).toMatchObject({ date: { value: '2025-12-20' }, stated: { year: false, month: true, day: true } });
    expect(only('The vote is on April 3.')).toMatchObject({ date: { value: '2026-04-03' } });
  });

  it('counts bare years, and leaves numbers that are not years', () => {
    expect(dates('the 2020 letter; 2,020 staff; $2019; No. 2021; 1999 and 2004; 45% in 2010s; 2030km; 12:2021')).toEqual([
      ['2020', '2020'],
      ['1999', '1999'],
      ['2004', '2004'],
      ['2010s', '2010-01-01..2019-12-31'],
    ]);
  });
});

describe('relative dates', () => {
  it('reads a weekday as the last one on or before the publication date, unless the sentence looks ahead', () => {
    expect(only('Ms. Kee resigned Wednesday.')).toMatchObject({ text: 'Wednesday', date: { value: '2026-03-11' }, stated: { relative: true } });
    expect(only('She spoke on Thursday.')).toMatchObject({ date: { value: '2026-03-12' } });
    expect(only('The council will vote Monday.')).toMatchObject({ date: { value: '2026-03-16' } });
    expect(only('last Thursday')).toMatchObject({ date: { value: '2026-03-05' } });
    expect(only('next Thursday')).toMatchObject({ date: { value: '2026-03-19' } });
    expect(dates('He works Mondays.')).toEqual([]);
  });

  it('reads days, weeks, months and years around the publication date', () => {
    expect(dates('yesterday, last week, last month, last year, earlier this year, next month')).toEqual([
      ['yesterday', '2026-03-11'],
      ['last week', '2026-03-02..2026-03-08'],
      ['last month', '2026-02'],
      ['last year', '2025'],
      ['earlier this year', '2026-01-01..2026-03-11'],
      ['next month', '2026-04'],
    ]);
    expect(dates('two years ago; three days ago; a month ago')).toEqual([
      ['two years ago', '2024'],
      ['three days ago', '2026-03-09'],
      ['a month ago', '2026-02'],
    ]);
    expect(dates('last weekend', { date: '2026-03-15', basis: 'published' })).toEqual([['last weekend', '2026-03-07..2026-03-08']]);
  });

  it('reads a month named without a year as the nearest, or the last or next one', () => {
    expect(only('in May the board met')).toMatchObject({ text: 'May', date: { precision: 'month', value: '2026-05' } });
    expect(only('since November')).toMatchObject({ date: { value: '2025-11' } });
    expect(only('last March')).toMatchObject({ date: { value: '2025-03' } });
    expect(only('next March')).toMatchObject({ date: { value: '2027-03' } });
    expect(dates('May we ask? March organizers said.')).toEqual([]);
  });

  it('is not fooled by "now", durations, or a reference it cannot count from', () => {
    expect(dates('right now, for three years, 24/7, now')).toEqual([]);
    expect(dates('Wednesday and last week', { date: '2025-11', basis: 'published' })).toEqual([]);
    expect(dates('last month', { date: '2025-11', basis: 'published' })).toEqual([['last month', '2025-10']]);
    expect(dates('yesterday', null as never)).toEqual([]);
  });
});
