/**
 * A selection's offsets without the spaces and line breaks at its ends: double-clicking a
 * word or dragging to a line's end often takes one along, and a quote should start on a letter.
 */
export function trimSpan(slice: (start: number, end: number) => string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(slice(from, from + 1))) from++;
  while (to > from && /\s/u.test(slice(to - 1, to))) to--;
  return from < to ? { start: from, end: to } : null;
}
