/**
 * Work allowed to searches by likeness, in cells of the edit-distance table (a cell is a few
 * nanoseconds). One span may spend at most PER_SPAN_CELLS; the spans of one text share a
 * pool, so a text in which everything has to be searched for (its extraction changed, say)
 * still opens in bounded time: once the pool is spent, what is left is listed as orphaned.
 */
export interface SearchBudget {
  cells: number;
}

export const PER_SPAN_CELLS = 4_000_000;
export const PER_TEXT_CELLS = 100_000_000;

export function searchBudget(cells: number): SearchBudget {
  return { cells };
}
