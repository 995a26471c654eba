import type { PartialDate } from '../../../../../shared/domain/dates';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?=$|T)/;
const SLASHED_YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const SLASHED_YEAR_LAST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, 'i');

/**
 * The calendar date a document states, at the precision it states it: "2020-09-16T22:00:00-04:00"
 * is 16 September as the publisher saw it (never converted to UTC, which could make it the 17th),
 * "2020-09" stays a month, "2023" a year. Also reads "September 16, 2020", "16 Sept 2020",
 * "Wed, 16 Sep 2020 22:00:00 -0400" and "2020/09/16". An all-number date whose day and month
 * could be either way round ("04/05/2020") gives only its year, since guessing would misdate.
 */
export function partialDateFrom(value: string | null | undefined): PartialDate | undefined {
  const text = value?.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;

  const iso = ISO.exec(text) ?? ISO_BASIC.exec(text) ?? SLASHED_YEAR_FIRST.exec(text);
  if (iso) return dateOf(iso[1]!, iso[2], iso[3]);

  const yearLast = SLASHED_YEAR_LAST.exec(text);
  if (yearLast) {
    const [first, second] = [Number(yearLast[1]), Number(yearLast[2])];
    if (first > 12 && second <= 12) return dateOf(yearLast[3]!, yearLast[2], yearLast[1]);
    if (second > 12 && first <= 12) return dateOf(yearLast[3]!, yearLast[1], yearLast[2]);
    return dateOf(yearLast[3]!);
  }

  const dayMonthYear = DAY_MONTH_YEAR.exec(text);
  if (dayMonthYear) return dateOf(dayMonthYear[3]!, monthNumber(dayMonthYear[2]!), dayMonthYear[1]);
  const monthDayYear = MONTH_DAY_YEAR.exec(text);
  if (monthDayYear) return dateOf(monthDayYear[3]!, monthNumber(monthDayYear[1]!), monthDayYear[2]);
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) return dateOf(monthYear[2]!, monthNumber(monthYear[1]!));
  return undefined;
}

function monthNumber(name: string): string {
  return String(MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0);
}

/** A valid date from its parts, or undefined: no month 13, no 31 April, no year 0213. */
function dateOf(yearText: string, monthText?: string, dayText?: string): PartialDate | undefined {
  const year = Number(yearText);
  if (year < 1000 || year > 2999) return undefined;
  if (monthText === undefined) return yearText;
  const month = Number(monthText);
  if (!(month >= 1 && month <= 12)) return undefined;
  const yearMonth = `${yearText}-${String(month).padStart(2, '0')}`;
  if (dayText === undefined) return yearMonth;
  const day = Number(dayText);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!(day >= 1 && day <= daysInMonth)) return undefined;
  return `${yearMonth}-${String(day).padStart(2, '0')}`;
}
