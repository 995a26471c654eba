/** Calendar days without time zones: a day is its UTC midnight, so nothing shifts by an hour. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function toDay(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function dayTime(day: Day): number {
  return Date.UTC(day.year, day.month - 1, day.day);
}

/** The day `days` after (or before, if negative) `day`. */
export function addDays(day: Day, days: number): Day {
  return toDay(new Date(dayTime(day) + days * 86_400_000));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(dayTime(day)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The month `months` after (or before) year-month. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function formatDay(day: Day): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}
