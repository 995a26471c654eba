import { precisionOf, type PartialDate } from '../../../shared/domain/dates';

/**
 * "12 March 2026", "September 2020" or "2023": never more precise than what is known. The
 * short style ("12 Mar 2026", "Sep 2020") is for tables.
 */
export function formatPartialDate(date: PartialDate, style: 'long' | 'short' = 'long'): string {
  const precision = precisionOf(date);
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  // Noon UTC keeps the day the same in every time zone.
  const instant = new Date(Date.UTC(year ?? 1970, month - 1, day, 12));
  if (precision === 'year') return String(year);
  if (precision === 'month') return new Intl.DateTimeFormat(undefined, { month: style, year: 'numeric', timeZone: 'UTC' }).format(instant);
  return new Intl.DateTimeFormat(undefined, { dateStyle: style === 'long' ? 'long' : 'medium', timeZone: 'UTC' }).format(instant);
}
