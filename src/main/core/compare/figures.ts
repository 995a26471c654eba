import type { DateReference, ResolvedDate } from '../analysis/dates/date-mention';
import { daysInMonth } from '../analysis/dates/calendar';
import { findDates } from '../analysis/dates/find-dates';
import { findMoney } from '../analysis/money/find-money';
import { scaleDecimal } from '../analysis/money/decimal';
import { fold, stem } from './tokenize';

/** A figure's value, normalized so that two ways of writing it compare equal ("$1.5 million" = "US$1,500,000"). */
export type FigureValue =
  | { kind: 'money'; amount: number; currency: string }
  | { kind: 'percent'; value: number }
  /** `unit`: the word after the number, folded ("300 Jobs" → "jobs"), when there is one. */
  | { kind: 'count'; value: number; unit: string | null }
  | { kind: 'date'; date: ResolvedDate };

export type FigureKind = FigureValue['kind'];

export interface Figure {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  text: string;
  value: FigureValue;
}

const PERCENT = /(?<![\p{L}\d.,])(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)/gu;
// "300", "1,200", "2.5 million" (people, jobs, votes). Years and amounts are claimed first.
const COUNT = /(?<![\p{L}\d.,$])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:[ -](thousand|million|billion))?(?![\p{L}\d])/gu;
const COUNT_SCALES: Record<string, number> = { thousand: 3, million: 6, billion: 9 };
const NEXT_WORD = /^\s+([\p{L}\p{M}]{2,})/u;

/**
 * Money, percentages, dates and counts in a text, none overlapping. Money and dates are the
 * analysis's own readings (findMoney, findDates), so the Compare view and the suggestions never
 * disagree about what "$1.5 million" or "last March" is; `reference` dates the relative ones.
 */
export function findFigures(text: string, reference: DateReference | null): Figure[] {
  const figures: Figure[] = findMoney(text).map(({ start, end, text: words, amount, currency }) => ({ start, end, text: words, value: { kind: 'money', amount, currency } }));
  const free = (start: number, end: number) => !figures.some((figure) => start < figure.end && figure.start < end);
  for (const match of text.matchAll(PERCENT)) {
    const end = match.index + match[0].length;
    if (free(match.index, end)) figures.push({ start: match.index, end, text: match[0], value: { kind: 'percent', value: Number(match[1]) } });
  }
  for (const date of findDates(text, reference)) {
    if (free(date.start, date.end)) figures.push({ start: date.start, end: date.end, text: date.text, value: { kind: 'date', date: date.date } });
  }
  for (const match of text.matchAll(COUNT)) {
    const end = match.index + match[0].length;
    if (!free(match.index, end)) continue;
    const digits = `${match[1]!}${match[2] ?? ''}`;
    const value = scaleDecimal(digits, match[3] ? COUNT_SCALES[match[3]]! : 0);
    const next = NEXT_WORD.exec(text.slice(end, end + 40));
    figures.push({ start: match.index, end, text: match[0], value: { kind: 'count', value, unit: next ? fold(next[1]!) : null } });
  }
  return figures.sort((a, b) => a.start - b.start);
}

/** The first and last day a date covers: "2020" is 2020-01-01 to 2020-12-31. */
export function dateBounds(date: ResolvedDate): { start: string; end: string } {
  if (date.precision === 'range') return { start: date.start, end: date.end };
  if (date.precision === 'day') return { start: date.value, end: date.value };
  if (date.precision === 'year') return { start: `${date.value}-01-01`, end: `${date.value}-12-31` };
  const [year, month] = date.value.split('-').map(Number) as [number, number];
  return { start: `${date.value}-01`, end: `${date.value}-${String(daysInMonth(year, month)).padStart(2, '0')}` };
}

/** Whether two figures can be set against each other: same kind, and for counts the same thing counted (when both say). */
export function comparable(a: FigureValue, b: FigureValue): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'count' && b.kind === 'count') return a.unit === null || b.unit === null || stem(a.unit) === stem(b.unit);
  return true;
}

/**
 * Whether two comparable figures agree. A vaguer date agrees with a precise one inside it
 * ("2020" and "3 March 2020"): one only says less. Amounts in two currencies cannot be
 * converted offline, so they do not agree.
 */
export function sameValue(a: FigureValue, b: FigureValue): boolean {
  if (a.kind === 'money' && b.kind === 'money') return a.currency === b.currency && a.amount === b.amount;
  if (a.kind === 'date' && b.kind === 'date') {
    const x = dateBounds(a.date);
    const y = dateBounds(b.date);
    return (x.start <= y.start && y.end <= x.end) || (y.start <= x.start && x.end <= y.end);
  }
  if ((a.kind === 'percent' && b.kind === 'percent') || (a.kind === 'count' && b.kind === 'count')) return a.value === b.value;
  return false;
}

/** The value in words a reporter reads: "USD 1,500,000", "45%", "300 jobs", "2020-09", "2018-01-01 to 2021-12-31". */
export function formatFigure(value: FigureValue): string {
  const number = (amount: number) => amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
  switch (value.kind) {
    case 'money':
      return `${value.currency} ${number(value.amount)}`;
    case 'percent':
      return `${number(value.value)}%`;
    case 'count':
      return value.unit ? `${number(value.value)} ${value.unit}` : number(value.value);
    case 'date':
      return value.date.precision === 'range' ? `${value.date.start} to ${value.date.end}` : value.date.value;
  }
}
