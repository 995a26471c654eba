import { z } from 'zod';

/**
 * A date as a reporter knows it: "2023" (year), "2020-09" (month) or "2020-09-16" (day).
 * The length of the string is the precision, so a month is never silently widened to its
 * first day and sorting the strings sorts the dates.
 */
/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const partialDateSchema = z.string().regex(PARTIAL_DATE_PATTERN, 'Expected YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof partialDateSchema>;

export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(date: PartialDate): DatePrecision {
  if (date.length === 4) return 'year';
  if (date.length === 7) return 'month';
  return 'day';
}

/** ISO-8601 instant, as stored for import and creation times. */
export const timestampSchema = z.iso.datetime({ offset: true });
