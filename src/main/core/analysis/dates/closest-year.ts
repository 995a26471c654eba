import { dayTime } from './calendar';
import type { Reference } from './reference';

/**
 * "March 12" with no year: the year that puts it nearest the reference date. News dates are
 * mostly recent or soon, so in an article of January 5, "Dec. 20" is last December's.
 */
export function closestYear(reference: Reference, month: number, day: number): number {
  const referenceTime = dayTime({ year: reference.year, month: reference.month ?? 7, day: reference.day ?? 1 });
  let best = reference.year;
  for (const year of [reference.year - 1, reference.year + 1]) {
    const distance = (candidate: number) => Math.abs(dayTime({ year: candidate, month, day: Math.min(day, 28) }) - referenceTime);
    if (distance(year) < distance(best)) best = year;
  }
  return best;
}
