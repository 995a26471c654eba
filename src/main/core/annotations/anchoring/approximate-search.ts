/**
 * Approximate string search: every place where `pattern` matches a piece of
 * `haystack` with at most `maxDistance` edits (Levenshtein: a character changed,
 * added or removed), found column by column in one pass (Sellers' dynamic programming).
 * Ukkonen's cut-off computes each column only down to the last row that can still match, so
 * the work is about haystack length × maxDistance cells rather than × pattern length; once a
 * match is found only matches as close are looked for, which cuts it further. The search
 * stops after `cellBudget` cells, so no input can make it run away.
 *
 * Works on code points (numbers) so astral characters count once and a match never starts
 * or ends inside a surrogate pair. `onMatch` gets [start, end) as haystack offsets.
 */
export function searchApproximately(
  pattern: Int32Array,
  haystack: Int32Array,
  maxDistance: number,
  cellBudget: number,
  onMatch: (start: number, end: number, distance: number) => void,
): { cells: number; complete: boolean } {
  const length = pattern.length;
  // Matching with as many edits as the pattern has characters would match anything.
  let limit = Math.min(maxDistance, length - 1);
  if (length === 0 || limit < 0 || haystack.length === 0) return { cells: 0, complete: true };

  // cost[i]: fewest edits to match pattern[0, i) ending at the current text position;
  // origin[i]: where in the haystack that match starts. One column, updated in place.
  const cost = new Int32Array(length + 1);
  const origin = new Int32Array(length + 1);
  for (let row = 0; row <= length; row++) cost[row] = row;
  // Rows below `last` all cost more than `limit`, and stay so: they need not be computed.
  let last = limit;
  let cells = 0;

  for (let position = 0; position < haystack.length; position++) {
    const character = haystack[position]!;
    let diagonalCost = cost[0]!;
    let diagonalOrigin = origin[0]!;
    origin[0] = position + 1;
    const bottom = Math.min(length, last + 1);
    for (let row = 1; row <= bottom; row++) {
      const leftCost = cost[row]!;
      const leftOrigin = origin[row]!;
      let best = diagonalCost + (pattern[row - 1] === character ? 0 : 1);
      let bestOrigin = diagonalOrigin;
      if (leftCost + 1 < best) {
        best = leftCost + 1;
        bestOrigin = leftOrigin;
      }
      if (cost[row - 1]! + 1 < best) {
        best = cost[row - 1]! + 1;
        bestOrigin = origin[row - 1]!;
      }
      diagonalCost = leftCost;
      diagonalOrigin = leftOrigin;
      cost[row] = best;
      origin[row] = bestOrigin;
    }
    cells += bottom;

    last = bottom;
    while (last > 0 && cost[last]! > limit) last--;
    if (last === length) {
      limit = cost[length]!;
      onMatch(origin[length]!, position + 1, limit);
    }
    if (cells > cellBudget) return { cells, complete: false };
  }
  return { cells, complete: true };
}
