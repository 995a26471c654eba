/**
 * The benchmark harness: each figure is printed beside a floor measured in the same run on
 * the same machine (a raw SQLite query, a static page in the same browser), so the ratio
 * means something even on a noisy 2-core machine where absolute times wander.
 */
export interface Figure {
  name: string;
  value: number;
  unit: 'ms';
  /** The same work done the simplest possible way, measured now. */
  floor: number;
  floorName: string;
  /** value / floor. */
  ratio: number;
  /** What the issue asks for, when it names one (in `unit`). */
  target: number | null;
  /** When the target is a ratio to the floor instead ("within 2× the static render"). */
  ratioTarget?: number;
}

export interface BenchGroup {
  name: string;
  description: string;
  run(): Promise<Figure[]>;
}

export function figure(input: Omit<Figure, 'ratio' | 'unit'>): Figure {
  return { ...input, unit: 'ms', ratio: input.floor > 0 ? input.value / input.floor : Number.POSITIVE_INFINITY };
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `work` `count` times after `warmup` unmeasured runs; returns the median in ms. */
export async function measure(work: () => Promise<void> | void, count = 7, warmup = 1): Promise<number> {
  for (let index = 0; index < warmup; index++) await work();
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${f.value.toFixed(1)} ${f.unit}`,
    `${f.floor.toFixed(1)} ${f.unit}`,
    f.floorName,
    `${f.ratio.toFixed(2)}×`,
    targetCell(f),
  ]);
  const header = ['figure', 'value', 'floor', 'floor is', 'ratio', 'target'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function targetCell(f: Figure): string {
  if (f.ratioTarget !== undefined) return `≤ ${f.ratioTarget}× floor${f.ratio <= f.ratioTarget ? ' ✓' : ' ✗'}`;
  if (f.target === null) return '—';
  return `< ${f.target} ${f.unit}${f.value <= f.target ? ' ✓' : ' ✗'}`;
}
