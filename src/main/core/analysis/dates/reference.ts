import type { Day } from './calendar';

/** The date relative words count from, at the precision it is known. */
export interface Reference {
  year: number;
  month: number | null;
  day: number | null;
}

export function parseReference(date: string): Reference | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return null;
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : null, day: match[3] ? Number(match[3]) : null };
}

/** The reference as a day, when it is known to the day. */
export function referenceDay(reference: Reference): Day | null {
  return reference.month !== null && reference.day !== null ? { year: reference.year, month: reference.month, day: reference.day } : null;
}
