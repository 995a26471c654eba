import { describe, expect, it } from 'vitest';
import { compareDates, dayNumber, daysBetween, isCalendarDate, lastDayOf, timelineDate } from './timeline-dates';

describe('timeline dates', () => {
  it('spans the whole precision a date was given in', () => {
    expect(timelineDate('2026-03-12', null, false)).toEqual({
      start: '2026-03-12', end: '2026-03-12', precision: 'day', approximate: false, label: '12 March 2026', startsOn: '2026-03-12', endsOn: null,
    });
    expect(timelineDate('2020-09', null, false)).toMatchObject({ start: '2020-09-01', end: '2020-09-30', precision: 'month', label: 'September 2020' });
    expect(timelineDate('2023', null, false)).toMatchObject({ start: '2023-01-01', end: '2023-12-31', precision: 'year', label: '2023' });
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2023-02')).toBe('2023-02-28');
  });

  it('runs a range from the first day of its start to the last day of its end', () => {
    expect(timelineDate('2018', '2021', false)).toMatchObject({ start: '2018-01-01', end: '2021-12-31', precision: 'range', label: '2018–2021', endsOn: '2021' });
    expect(timelineDate('2024-03', '2024-05', false)).toMatchObject({ start: '2024-03-01', end: '2024-05-31', label: 'March–May 2024' });
    expect(timelineDate('2026-03-02', '2026-03-08', false)).toMatchObject({ start: '2026-03-02', end: '2026-03-08', label: '2–8 March 2026' });
    expect(timelineDate('2020-09', '2021', false)).toMatchObject({ start: '2020-09-01', end: '2021-12-31', label: 'September 2020 – 2021' });
  });

  it('treats an end equal to the start as no range, and an end before the start as the span of both', () => {
    expect(timelineDate('2023', '2023', false)).toMatchObject({ precision: 'year', endsOn: null, label: '2023' });
    expect(timelineDate('2021', '2018', false)).toMatchObject({ start: '2018-01-01', end: '2021-12-31', precision: 'range' });
  });

  it('says "c." before an approximate date', () => {
    expect(timelineDate('2019', null, true)).toMatchObject({ approximate: true, label: 'c. 2019' });
    expect(timelineDate('2018', '2021', true).label).toBe('c. 2018–2021');
  });

  it('orders mixed precisions by first day, then the narrower first: a day, its month, its year', () => {
    const dates = [
      timelineDate('2026', null, false),
      timelineDate('2026-03', null, false),
      timelineDate('2026-01-01', null, false),
      timelineDate('2026-03-01', '2026-03-31', false),
      timelineDate('2026-03-01', null, false),
      timelineDate('2025-12-31', null, false),
      timelineDate('2026-01', null, false),
      timelineDate('2025', '2027', false),
    ];
    expect(dates.sort(compareDates).map((date) => `${date.precision} ${date.label}`)).toEqual([
      'range 2025–2027',
      'day 31 December 2025',
      'day 1 January 2026',
      'month January 2026',
      'year 2026',
      'day 1 March 2026',
      'range March 2026',
      'month March 2026',
    ]);
  });

  it('counts days and knows the calendar', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    // Years before 100 are years, not 19xx.
    expect(daysBetween('0050-01-01', '0051-01-01')).toBe(365);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2024-02')).toBe(true);
  });
});
