import { precisionOf, type PartialDate } from '../../../shared/domain/dates';
import type { TimelineDate } from '../../../shared/domain/timeline';
import { daysInMonth } from '../analysis/dates/calendar';
import { dateInWords, rangeInWords } from '../analysis/suggestions/describe';

const DAY_MS = 86_400_000;

/** The first day a partial date covers: "2020-09" → "2020-09-01". */
export function firstDayOf(date: PartialDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a partial date covers: "2020-09" → "2020-09-30", "2023" → "2023-12-31". */
export function lastDayOf(date: PartialDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number);
    return `${date}-${String(daysInMonth(year!, month!)).padStart(2, '0')}`;
  }
  return date;
}

/** Whether a day-precision date names a day the calendar has ("2026-02-30" does not). */
export function isCalendarDate(date: PartialDate): boolean {
  if (date.length !== 10) return true;
  const [year, month, day] = date.split('-').map(Number);
  return day! <= daysInMonth(year!, month!);
}

/**
 * A day ("YYYY-MM-DD") as a count of days since 1970-01-01. Read from the digits rather than
 * by Date.parse, which is several times slower: conflicts count days for every pair they weigh.
 * setUTCFullYear, unlike Date.UTC, takes years before 100 as given.
 */
export function dayNumber(day: string): number {
  return new Date(0).setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/** Whole days from one day ("YYYY-MM-DD") to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * A date as the timeline draws it: the whole span its words allow, its precision and its label.
 * A range runs from the start's first day to the end's last day; an end equal to the start is
 * no range, and an end given before the start (a slip in tagging) still yields the span that
 * covers both rather than a span that ends before it begins.
 */
export function timelineDate(startsOn: PartialDate, endsOn: PartialDate | null, approximate: boolean): TimelineDate {
  // A long timeline repeats its dates (every event of "March 2020"), and a label in words is the
  // dearest part of each: they are kept, frozen since items share them.
  const key = `${startsOn}|${endsOn ?? ''}|${approximate ? 1 : 0}`;
  let date = known.get(key);
  if (!date) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    date = Object.freeze(spanOfDate(startsOn, endsOn, approximate));
    known.set(key, date);
  }
  return date;
}

const KNOWN_LIMIT = 100_000;
const known = new Map<string, TimelineDate>();

function spanOfDate(startsOn: PartialDate, endsOn: PartialDate | null, approximate: boolean): TimelineDate {
  const prefix = approximate ? 'c. ' : '';
  if (endsOn === null || endsOn === startsOn) {
    return {
      start: firstDayOf(startsOn),
      end: lastDayOf(startsOn),
      precision: precisionOf(startsOn),
      approximate,
      label: prefix + dateInWords(startsOn),
      startsOn,
      endsOn: null,
    };
  }
  const starts = [firstDayOf(startsOn), firstDayOf(endsOn)].sort();
  const ends = [lastDayOf(startsOn), lastDayOf(endsOn)].sort();
  const start = starts[0]!;
  const end = ends[1]!;
  // Both ends alike read best as one phrase ("2–8 March 2026", "2018–2021"); a year to a month
  // is said as given, so the label claims no more precision than the reporter had.
  const label = precisionOf(startsOn) === precisionOf(endsOn) ? rangeInWords(start, end) : `${dateInWords(startsOn)} – ${dateInWords(endsOn)}`;
  return { start, end, precision: 'range', approximate, label: prefix + label, startsOn, endsOn };
}

export const PRECISION_RANK: Record<TimelineDate['precision'], number> = { day: 0, range: 1, month: 2, year: 3 };

/**
 * Time order: by first day; of two starting the same day, the one that ends first (so a day
 * comes before its month, and a month before its year: the reader meets the specific date
 * first); then by precision, for a range and a month covering the same days.
 */
export function compareDates(a: TimelineDate, b: TimelineDate): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}
