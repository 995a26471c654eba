import { addDays, addMonths, daysInMonth, formatDay, formatMonth, weekday, type Day } from './calendar';
import { referenceDay, type Reference } from './reference';
import type { StatedParts } from './date-mention';
import type { DateRule, RuleResult } from './rule';
import { looksAhead } from './tense';
import { COUNT, countNumber, MONTH, monthNumber, WEEKDAY, weekdayNumber } from './words';

const RELATIVE: StatedParts = { year: false, month: false, day: false, relative: true };

const onDay = (day: Day, approximate = false): RuleResult => ({ date: { precision: 'day', value: formatDay(day) }, stated: RELATIVE, approximate });
const range = (start: Day, end: Day, approximate = false): RuleResult => ({ date: { precision: 'range', start: formatDay(start), end: formatDay(end) }, stated: RELATIVE, approximate });
const inMonth = (year: number, month: number, stated: StatedParts = RELATIVE, approximate = false): RuleResult => ({
  date: { precision: 'month', value: formatMonth(year, month) },
  stated,
  approximate,
});
const inYear = (year: number, approximate = false): RuleResult => ({ date: { precision: 'year', value: String(year) }, stated: RELATIVE, approximate });

/** Monday to Sunday, the week holding `day`. */
function weekOf(day: Day): [Day, Day] {
  const monday = addDays(day, -((weekday(day) + 6) % 7));
  return [monday, addDays(monday, 6)];
}

const monthStart = (year: number, month: number): Day => ({ year, month, day: 1 });
const monthEnd = (year: number, month: number): Day => ({ year, month, day: daysInMonth(year, month) });

/** "last week", "this month", "next year", "the past year", "this weekend". */
function unitAround(which: string, unit: string, reference: Reference): RuleResult | null {
  const today = referenceDay(reference);
  const step = which === 'last' || which === 'past' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
  if (unit === 'year') {
    if (which === 'past') return today ? range(addDays(today, -365), today) : null;
    return inYear(reference.year + step);
  }
  if (unit === 'month') {
    if (reference.month === null) return null;
    if (which === 'past') return today ? range(addDays(today, -30), today) : null;
    const { year, month } = addMonths(reference.year, reference.month, step);
    return inMonth(year, month);
  }
  if (!today) return null;
  if (unit === 'week') {
    if (which === 'past') return range(addDays(today, -7), today);
    const [monday, sunday] = weekOf(addDays(today, step * 7));
    return range(monday, sunday);
  }
  if (unit === 'weekend') {
    if (step === -1) {
      // The last Saturday and Sunday wholly before the reference.
      const sunday = addDays(today, -(weekday(today) === 0 ? 7 : weekday(today)));
      return range(addDays(sunday, -1), sunday);
    }
    const [, sunday] = weekOf(addDays(today, step * 7));
    return range(addDays(sunday, -1), sunday);
  }
  return null;
}

/** "last March", "in May", "next September": the month nearest the reference in that direction. */
function monthWithoutYear(which: string | undefined, month: number, reference: Reference, loosely: boolean): RuleResult | null {
  if (month === 0) return null;
  const stated: StatedParts = { year: false, month: true, day: false, relative: which === 'last' || which === 'next' };
  if (reference.month === null) return inMonth(reference.year, month, stated, loosely);
  const offset = month - reference.month;
  let year = reference.year;
  if (which === 'last') year += offset >= 0 ? -1 : 0;
  else if (which === 'next') year += offset <= 0 ? 1 : 0;
  // "in March": the nearest March, looking more than five months ahead only when it must.
  else if (offset > 5) year -= 1;
  else if (offset < -6) year += 1;
  return inMonth(year, month, stated, loosely);
}

/** Dates counted from the reference: "Wednesday", "last week", "two years ago", "in May", "yesterday". */
export const RELATIVE_RULES: readonly DateRule[] = [
  {
    name: 'month without a year',
    pattern: new RegExp(
      String.raw`(?:(?<which>last|next|this) |(?<loosely>early |mid-|late )|(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Bb]etween|[Oo]f|and|to|[Ee]arly|[Ll]ate|[Mm]id-) ))(?<month>${MONTH})(?![ ,]*(?:\d|of \d))`,
      'gu',
    ),
    resolve: (match, { reference }) =>
      reference ? monthWithoutYear(match.groups!.which, monthNumber(match.groups!.month!), reference, Boolean(match.groups!.loosely)) : null,
  },
  {
    name: 'weekday',
    pattern: new RegExp(String.raw`(?:(?<which>last|next|this|this past|this coming|past|coming) )?(?<weekday>${WEEKDAY})(?![s\p{L}]|,? (?:${MONTH}|\d))`, 'giu'),
    resolve: (match, { reference, text }) => {
      const today = reference && referenceDay(reference);
      // A capitalized weekday, or one named with "last"/"next": "monday" alone is not a date in copy.
      if (!today || !/^[A-Z]/.test(match.groups!.weekday!) || weekdayNumber(capitalize(match.groups!.weekday!)) < 0) return null;
      const target = weekdayNumber(capitalize(match.groups!.weekday!));
      const which = match.groups!.which?.toLowerCase();
      const back = (weekday(today) - target + 7) % 7;
      const ahead = (target - weekday(today) + 7) % 7;
      if (which === 'last' || which === 'past' || which === 'this past') return onDay(addDays(today, -(back === 0 ? 7 : back)));
      if (which === 'next' || which === 'coming' || which === 'this coming') return onDay(addDays(today, ahead === 0 ? 7 : ahead));
      return onDay(looksAhead(text, match.index) ? addDays(today, ahead) : addDays(today, -back));
    },
  },
  {
    name: 'yesterday, today, tomorrow',
    pattern: /\b(?<word>yesterday|today|tonight|tomorrow|last night|this morning|this afternoon|this evening)\b/giu,
    resolve: (match, { reference }) => {
      const today = reference && referenceDay(reference);
      if (!today) return null;
      const word = match.groups!.word!.toLowerCase();
      return onDay(addDays(today, word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0));
    },
  },
  {
    name: 'this, last or next week, month or year',
    pattern: /\b(?<which>last|this|next|past|coming)\s(?<unit>week|weekend|month|year)\b/giu,
    resolve: (match, { reference }) => (reference ? unitAround(match.groups!.which!.toLowerCase(), match.groups!.unit!.toLowerCase(), reference) : null),
  },
  {
    name: 'earlier or later this week, month or year',
    pattern: /\b(?<when>earlier|later) (?<which>this|last) (?<unit>week|month|year)\b/giu,
    resolve: (match, { reference }) => {
      const today = reference && referenceDay(reference);
      if (!reference || !today) return null;
      const unit = match.groups!.unit!.toLowerCase();
      const earlier = match.groups!.when!.toLowerCase() === 'earlier';
      if (match.groups!.which!.toLowerCase() === 'last') {
        // "earlier last year": the first part of the previous year, loosely.
        if (unit !== 'year') return null;
        return range({ year: today.year - 1, month: earlier ? 1 : 7, day: 1 }, { year: today.year - 1, month: earlier ? 6 : 12, day: earlier ? 30 : 31 }, true);
      }
      const [first, last] =
        unit === 'week' ? weekOf(today) : unit === 'month' ? [monthStart(today.year, today.month), monthEnd(today.year, today.month)] : [monthStart(today.year, 1), monthEnd(today.year, 12)];
      return earlier ? range(first, addDays(today, -1)) : range(addDays(today, 1), last);
    },
  },
  {
    name: 'some time ago',
    pattern: new RegExp(String.raw`\b(?<count>${COUNT}|a few|several|a couple of) (?<unit>days?|weeks?|months?|years?|decades?) ago\b`, 'giu'),
    resolve: (match, { reference }) => {
      if (!reference) return null;
      const vague = /few|several|couple/i.test(match.groups!.count!);
      const count = vague ? (/couple/i.test(match.groups!.count!) ? 2 : 3) : countNumber(match.groups!.count!);
      const unit = match.groups!.unit!.toLowerCase().replace(/s$/, '');
      const today = referenceDay(reference);
      if (count === 0) return null;
      if (unit === 'year') return inYear(reference.year - count, vague);
      if (unit === 'decade') return inYear(reference.year - count * 10, true);
      if (unit === 'month') {
        if (reference.month === null) return null;
        const { year, month } = addMonths(reference.year, reference.month, -count);
        return inMonth(year, month, RELATIVE, vague);
      }
      if (!today) return null;
      if (unit === 'week') {
        const [monday, sunday] = weekOf(addDays(today, -7 * count));
        return range(monday, sunday, true);
      }
      return onDay(addDays(today, -count), vague);
    },
  },
];

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
