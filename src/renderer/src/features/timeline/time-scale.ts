import type { TimelineDate } from '../../../../shared/domain/timeline';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const YEAR = 365.2425 * DAY;

/** Closest zoom: an hour is about 120 px wide. Farthest: two centuries across about 1,000 px. */
export const MIN_MS_PER_PX = HOUR / 120;
export const MAX_MS_PER_PX = (200 * YEAR) / 1000;

/** `YYYY-MM-DD` at midnight UTC, in ms. The axis is in UTC: dates here are calendar days, not instants. */
export function dayToMs(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** The whole span a date covers: from its first day's start to its last day's end (exclusive). */
export function spanOf(date: Pick<TimelineDate, 'start' | 'end'>): { start: number; end: number } {
  const start = dayToMs(date.start);
  return { start, end: Math.max(start, dayToMs(date.end)) + DAY };
}

/** A linear scale: the instant at x = 0 and how many ms one pixel covers. */
export interface TimeScale {
  origin: number;
  msPerPx: number;
}

export function xOf(scale: TimeScale, ms: number): number {
  return (ms - scale.origin) / scale.msPerPx;
}

export function msAt(scale: TimeScale, x: number): number {
  return scale.origin + x * scale.msPerPx;
}

export function clampMsPerPx(msPerPx: number): number {
  return Math.min(MAX_MS_PER_PX, Math.max(MIN_MS_PER_PX, msPerPx));
}

/** Zooms by `factor` (>1 zooms in) keeping the instant under `atX` where it is. */
export function zoomAt(scale: TimeScale, factor: number, atX: number): TimeScale {
  const msPerPx = clampMsPerPx(scale.msPerPx / factor);
  const pinned = msAt(scale, atX);
  return { origin: pinned - atX * msPerPx, msPerPx };
}

export function panBy(scale: TimeScale, dx: number): TimeScale {
  return { origin: scale.origin - dx * scale.msPerPx, msPerPx: scale.msPerPx };
}

/** A scale that shows [start, end) across `width` px with a margin on each side. */
export function fitScale(start: number, end: number, width: number, margin = 24): TimeScale {
  const usable = Math.max(1, width - 2 * margin);
  const msPerPx = clampMsPerPx(Math.max(end - start, DAY) / usable);
  const middle = (start + end) / 2;
  return { origin: middle - (width / 2) * msPerPx, msPerPx };
}
