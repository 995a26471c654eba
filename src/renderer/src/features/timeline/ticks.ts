import { DAY, HOUR } from './time-scale';

type Unit = 'hour' | 'day' | 'month' | 'year';

interface Step {
  unit: Unit;
  count: number;
  /** Roughly how long one step is, to pick the step that fits. */
  approx: number;
}

const STEPS: readonly Step[] = [
  { unit: 'hour', count: 1, approx: HOUR },
  { unit: 'hour', count: 3, approx: 3 * HOUR },
  { unit: 'hour', count: 6, approx: 6 * HOUR },
  { unit: 'hour', count: 12, approx: 12 * HOUR },
  { unit: 'day', count: 1, approx: DAY },
  { unit: 'day', count: 2, approx: 2 * DAY },
  { unit: 'day', count: 7, approx: 7 * DAY },
  { unit: 'month', count: 1, approx: 30.44 * DAY },
  { unit: 'month', count: 3, approx: 91.3 * DAY },
  { unit: 'month', count: 6, approx: 182.6 * DAY },
  ...[1, 2, 5, 10, 20, 50, 100].map((count) => ({ unit: 'year' as const, count, approx: count * 365.24 * DAY })),
];

export interface Tick {
  ms: number;
  label: string;
  /** Starts a larger unit (a new day among hours, a new year among months): drawn stronger, labelled fully. */
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The smallest step whose ticks stay at least `minGapPx` apart at this zoom. */
export function stepFor(msPerPx: number, minGapPx = 90): Step {
  return STEPS.find((step) => step.approx / msPerPx >= minGapPx) ?? STEPS[STEPS.length - 1]!;
}

function floorTo(ms: number, step: Step): Date {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  switch (step.unit) {
    case 'hour':
      return new Date(Date.UTC(y, d.getUTCMonth(), d.getUTCDate(), Math.floor(d.getUTCHours() / step.count) * step.count));
    case 'day': {
      const day = new Date(Date.UTC(y, d.getUTCMonth(), d.getUTCDate()));
      if (step.count === 7) day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7)); // Mondays
      return day;
    }
    case 'month':
      return new Date(Date.UTC(y, Math.floor(d.getUTCMonth() / step.count) * step.count, 1));
    case 'year':
      return new Date(Date.UTC(Math.floor(y / step.count) * step.count, 0, 1));
  }
}

function advance(date: Date, step: Step): Date {
  const next = new Date(date.getTime());
  if (step.unit === 'hour') next.setUTCHours(next.getUTCHours() + step.count);
  else if (step.unit === 'day') next.setUTCDate(next.getUTCDate() + step.count);
  else if (step.unit === 'month') next.setUTCMonth(next.getUTCMonth() + step.count);
  else next.setUTCFullYear(next.getUTCFullYear() + step.count);
  return next;
}

function labelOf(date: Date, step: Step): { label: string; major: boolean } {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const day = date.getUTCDate();
  switch (step.unit) {
    case 'hour': {
      const major = date.getUTCHours() === 0;
      const hh = `${String(date.getUTCHours()).padStart(2, '0')}:00`;
      return { label: major ? `${day} ${MONTHS[m]} ${y}` : hh, major };
    }
    case 'day': {
      const major = day === 1 || (step.count === 7 && day <= 7);
      return { label: major ? `${day} ${MONTHS[m]} ${y}` : `${day} ${MONTHS[m]}`, major };
    }
    case 'month':
      return m === 0 ? { label: String(y), major: true } : { label: MONTHS[m]!, major: false };
    case 'year':
      return { label: String(y), major: y % (step.count * 10) === 0 };
  }
}

/** Ticks covering [startMs, endMs] at the step that fits this zoom, aligned to calendar units (UTC). */
export function ticksBetween(startMs: number, endMs: number, msPerPx: number, minGapPx = 90): Tick[] {
  const step = stepFor(msPerPx, minGapPx);
  const ticks: Tick[] = [];
  for (let date = floorTo(startMs, step); date.getTime() <= endMs && ticks.length < 1000; date = advance(date, step)) {
    ticks.push({ ms: date.getTime(), ...labelOf(date, step) });
  }
  return ticks;
}
