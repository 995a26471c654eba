import type { DateMention, DateReference } from '../dates/date-mention';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function partsOf(value: string): { year: number; month?: number; day?: number } {
  const [year, month, day] = value.split('-').map(Number);
  return { year: year!, month, day };
}

/** "11 March 2026", "September 2020", "2023": a partial date in words, no more precise than it is. */
export function dateInWords(value: string): string {
  const { year, month, day } = partsOf(value);
  if (month === undefined) return String(year);
  if (day === undefined) return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "2–8 March 2026", "March–May 2024", "2018–2021": a range as briefly as it reads. */
export function rangeInWords(start: string, end: string): string {
  const from = partsOf(start);
  const to = partsOf(end);
  const wholeYears = from.month === 1 && from.day === 1 && to.month === 12 && to.day === 31;
  if (wholeYears) return from.year === to.year ? String(from.year) : `${from.year}–${to.year}`;
  const wholeMonths = from.day === 1 && to.day === new Date(Date.UTC(to.year, to.month!, 0)).getUTCDate();
  if (wholeMonths) {
    if (from.year === to.year) return from.month === to.month ? `${MONTHS[from.month! - 1]} ${from.year}` : `${MONTHS[from.month! - 1]}–${MONTHS[to.month! - 1]} ${to.year}`;
    return `${MONTHS[from.month! - 1]} ${from.year} – ${MONTHS[to.month! - 1]} ${to.year}`;
  }
  if (from.year === to.year && from.month === to.month) return `${from.day}–${to.day} ${MONTHS[to.month! - 1]} ${to.year}`;
  if (from.year === to.year) return `${from.day} ${MONTHS[from.month! - 1]} – ${to.day} ${MONTHS[to.month! - 1]} ${to.year}`;
  return `${dateInWords(start)} – ${dateInWords(end)}`;
}

export function dateLabel(date: DateMention['date']): string {
  return date.precision === 'range' ? rangeInWords(date.start, date.end) : dateInWords(date.value);
}

/** How a date was resolved, for the reporter to check: what the words gave, and what was counted. */
export function dateDetail(mention: DateMention, reference: DateReference | null): string {
  const notes: string[] = [];
  const from = reference ? `the ${reference.basis === 'published' ? 'publication' : 'import'} date, ${dateInWords(reference.date)}` : '';
  if (mention.stated.relative) notes.push(`Counted from ${from}.`);
  else if (!mention.stated.year && mention.date.precision !== 'year') notes.push(`The year is not stated: taken as the nearest to ${from}.`);
  if (reference?.basis === 'imported' && (mention.stated.relative || !mention.stated.year)) notes.push('The source has no publication date, so its import date stands in.');
  if (mention.approximate) notes.push('Approximate.');
  return notes.join(' ');
}

/** "USD 2,800,000", "EUR 500,000", "USD 18.40". */
export function moneyLabel(amount: number, currency: string): string {
  const fraction = Number.isInteger(amount) ? 0 : 2;
  return `${currency} ${amount.toLocaleString('en-US', { minimumFractionDigits: fraction, maximumFractionDigits: fraction })}`;
}
