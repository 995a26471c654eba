import { daysInMonth, formatDay, formatMonth, isValidDay } from './calendar';
import type { DateRule, RuleResult } from './rule';
import { STATED_ALL } from './rule';
import { closestYear } from './closest-year';
import { DAY, dayNumber, MONTH, monthNumber, WEEKDAY, YEAR } from './words';

const day = (year: number, month: number, dayOfMonth: number): RuleResult | null =>
  isValidDay(year, month, dayOfMonth) ? { date: { precision: 'day', value: formatDay({ year, month, day: dayOfMonth }) }, stated: STATED_ALL, approximate: false } : null;

/** A month and day with no year: the year that puts it nearest the reference. */
function dayWithoutYear(month: number, dayOfMonth: number, reference: Parameters<DateRule['resolve']>[1]['reference']): RuleResult | null {
  if (!reference || month === 0) return null;
  const year = closestYear(reference, month, dayOfMonth);
  const resolved = day(year, month, dayOfMonth);
  return resolved && { ...resolved, stated: { year: false, month: true, day: true, relative: false } };
}

const yearRange = (from: number, to: number, approximate = false): RuleResult => ({
  date: { precision: 'range', start: `${from}-01-01`, end: `${to}-12-31` },
  stated: { year: true, month: false, day: false, relative: false },
  approximate,
});

/** "early", "mid-", "late": the date is meant loosely. */
const LOOSELY = String.raw`(?:(?<loosely>early|mid-?|late|the end of|the start of|the beginning of|around|about|circa|c\.) )`;
const NOT_AFTER_NUMBER = String.raw`(?<![\d,.$#/:-])`;
const NOT_BEFORE_NUMBER = String.raw`(?!\d|,\d|\.\d|%|\/|:\d)`;

/** Dates written out in full or in part: "March 12, 2026", "12 March 2026", "September 2020", "2023", "the 1990s". */
export const ABSOLUTE_RULES: readonly DateRule[] = [
  {
    name: 'month day, year',
    pattern: new RegExp(String.raw`(?:${WEEKDAY},? )?(?<month>${MONTH}) (?<day>${DAY}),? (?<year>${YEAR})${NOT_BEFORE_NUMBER}`, 'gu'),
    resolve: (match) => day(Number(match.groups!.year), monthNumber(match.groups!.month!), dayNumber(match.groups!.day!)),
  },
  {
    name: 'day month year',
    pattern: new RegExp(String.raw`(?:${WEEKDAY},? )?${NOT_AFTER_NUMBER}(?<day>${DAY}) (?:of )?(?<month>${MONTH}),? (?<year>${YEAR})${NOT_BEFORE_NUMBER}`, 'gu'),
    resolve: (match) => day(Number(match.groups!.year), monthNumber(match.groups!.month!), dayNumber(match.groups!.day!)),
  },
  {
    name: 'ISO date',
    pattern: new RegExp(String.raw`${NOT_AFTER_NUMBER}(?<year>${YEAR})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])${NOT_BEFORE_NUMBER}`, 'gu'),
    resolve: (match) => day(Number(match.groups!.year), Number(match.groups!.month), Number(match.groups!.day)),
  },
  {
    name: 'US numeric date',
    pattern: new RegExp(String.raw`${NOT_AFTER_NUMBER}(?<month>1[0-2]|0?[1-9])\/(?<day>[12]\d|3[01]|0?[1-9])\/(?<year>${YEAR})${NOT_BEFORE_NUMBER}`, 'gu'),
    resolve: (match) => day(Number(match.groups!.year), Number(match.groups!.month), Number(match.groups!.day)),
  },
  {
    name: 'month day',
    pattern: new RegExp(String.raw`(?:${WEEKDAY},? )?(?<month>${MONTH}) (?<day>${DAY})\b(?!:\d|,? ?\d)`, 'gu'),
    resolve: (match, { reference }) => dayWithoutYear(monthNumber(match.groups!.month!), dayNumber(match.groups!.day!), reference),
  },
  {
    name: 'day month',
    pattern: new RegExp(String.raw`(?:${WEEKDAY},? )?${NOT_AFTER_NUMBER}(?<day>${DAY}) (?:of )?(?<month>${MONTH})(?!,? ${YEAR})`, 'gu'),
    resolve: (match, { reference }) => dayWithoutYear(monthNumber(match.groups!.month!), dayNumber(match.groups!.day!), reference),
  },
  {
    name: 'month year',
    pattern: new RegExp(String.raw`${LOOSELY}?(?<month>${MONTH}),? (?:of )?(?<year>${YEAR})${NOT_BEFORE_NUMBER}`, 'gu'),
    resolve: (match) => {
      const month = monthNumber(match.groups!.month!);
      return month === 0
        ? null
        : { date: { precision: 'month', value: formatMonth(Number(match.groups!.year), month) }, stated: { year: true, month: true, day: false, relative: false }, approximate: Boolean(match.groups!.loosely) };
    },
  },
  {
    name: 'season or quarter of a year',
    pattern: new RegExp(
      String.raw`(?:(?<season>spring|summer|fall|autumn|winter)|(?:the )?(?<ordinal>first|second|third|fourth) quarter|Q(?<q>[1-4])),? (?:of )?(?<year>${YEAR})${NOT_BEFORE_NUMBER}`,
      'giu',
    ),
    resolve: (match) => {
      const year = Number(match.groups!.year);
      const quarter = match.groups!.q ? Number(match.groups!.q) : match.groups!.ordinal ? ['first', 'second', 'third', 'fourth'].indexOf(match.groups!.ordinal.toLowerCase()) + 1 : 0;
      const [fromMonth, toMonth, toYear] = quarter
        ? [quarter * 3 - 2, quarter * 3, year]
        : ({ spring: [3, 5, year], summer: [6, 8, year], fall: [9, 11, year], autumn: [9, 11, year], winter: [12, 2, year + 1] } as Record<string, [number, number, number]>)[
            match.groups!.season!.toLowerCase()
          ]!;
      return {
        date: { precision: 'range', start: formatDay({ year, month: fromMonth, day: 1 }), end: formatDay({ year: toYear, month: toMonth, day: daysInMonth(toYear, toMonth) }) },
        stated: { year: true, month: false, day: false, relative: false },
        approximate: !quarter,
      };
    },
  },
  {
    name: 'range of months or days',
    pattern: new RegExp(
      String.raw`(?<m1>${MONTH})(?: (?<d1>${DAY}))?(?:,? (?<y1>${YEAR}))? (?<join>and|to|through|until|till|-|–|—) (?<m2>${MONTH})(?: (?<d2>${DAY}))?(?:,? (?<y2>${YEAR}))?${NOT_BEFORE_NUMBER}`,
      'gu',
    ),
    resolve: (match, { reference, text }) => {
      const groups = match.groups!;
      if (groups.join === 'and' && !/between\s$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) return null;
      const m1 = monthNumber(groups.m1!);
      const m2 = monthNumber(groups.m2!);
      const y2 = groups.y2 ? Number(groups.y2) : groups.y1 ? Number(groups.y1) : reference ? closestYear(reference, m2, groups.d2 ? dayNumber(groups.d2) : 15) : null;
      if (!m1 || !m2 || y2 === null) return null;
      const y1 = groups.y1 ? Number(groups.y1) : m1 <= m2 ? y2 : y2 - 1;
      const start = { year: y1, month: m1, day: groups.d1 ? dayNumber(groups.d1) : 1 };
      const end = { year: y2, month: m2, day: groups.d2 ? dayNumber(groups.d2) : daysInMonth(y2, m2) };
      if (!isValidDay(start.year, start.month, start.day) || !isValidDay(end.year, end.month, end.day)) return null;
      return {
        date: { precision: 'range', start: formatDay(start), end: formatDay(end) },
        stated: { year: Boolean(groups.y1 || groups.y2), month: true, day: Boolean(groups.d1), relative: false },
        approximate: false,
      };
    },
  },
  {
    name: 'half or quarter',
    pattern: new RegExp(String.raw`(?:the )?(?<ordinal>first|second|third|fourth) (?<part>half|quarter)(?: of (?<year>${YEAR}))?${NOT_BEFORE_NUMBER}`, 'gu'),
    resolve: (match, { reference }) => {
      const year = match.groups!.year ? Number(match.groups!.year) : reference?.year;
      if (year === undefined) return null;
      const index = ['first', 'second', 'third', 'fourth'].indexOf(match.groups!.ordinal!);
      const months = match.groups!.part === 'half' ? 6 : 3;
      if (months === 6 && index > 1) return null;
      const fromMonth = index * months + 1;
      const toMonth = fromMonth + months - 1;
      return {
        date: { precision: 'range', start: formatDay({ year, month: fromMonth, day: 1 }), end: formatDay({ year, month: toMonth, day: daysInMonth(year, toMonth) }) },
        stated: { year: Boolean(match.groups!.year), month: false, day: false, relative: !match.groups!.year },
        approximate: false,
      };
    },
  },
  {
    name: 'range of years',
    pattern: new RegExp(String.raw`${NOT_AFTER_NUMBER}(?<from>${YEAR}) ?(?:-|–|—|to|and|through|until) ?(?<to>${YEAR}|\d\d)${NOT_BEFORE_NUMBER}`, 'gu'),
    resolve: (match, { text }) => {
      const from = Number(match.groups!.from);
      const toText = match.groups!.to!;
      const to = toText.length === 2 ? Math.floor(from / 100) * 100 + Number(toText) : Number(toText);
      // "2018 and 2021" is two years unless "between" makes it a range.
      if (/and/.test(match[0]) && !/between\s$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) return null;
      return to > from ? yearRange(from, to) : null;
    },
  },
  {
    name: 'decade',
    pattern: new RegExp(String.raw`${LOOSELY}?(?:the )?(?:(?<century>1[89]|20)(?<decade>\d)0|'(?<short>\d)0)s\b`, 'gu'),
    resolve: (match) => {
      const groups = match.groups!;
      const decadeStart = groups.century ? Number(`${groups.century}${groups.decade}0`) : 1900 + Number(groups.short) * 10;
      const loosely = groups.loosely?.replace(/-$/, '');
      const [from, to] = loosely === 'early' ? [0, 3] : loosely === 'mid' ? [3, 6] : loosely === 'late' ? [6, 9] : [0, 9];
      return yearRange(decadeStart + from, decadeStart + to, Boolean(loosely));
    },
  },
  {
    name: 'year',
    pattern: new RegExp(
      String.raw`${LOOSELY}?(?<!(?:No\.|Nos\.|Room|Flight|Route|Highway|Article|Section|page|pages|Bill|Suite|Unit|#) ?)${NOT_AFTER_NUMBER}(?<year>${YEAR})(?![\d%/:]|[,.]\d|s\b| ?(?:km|kg|mph|ft|m\b|°))`,
      'gu',
    ),
    resolve: (match) => ({ date: { precision: 'year', value: match.groups!.year! }, stated: { year: true, month: false, day: false, relative: false }, approximate: Boolean(match.groups!.loosely) }),
  },
];
