import type { FactCheck } from '../../../../shared/domain/fact-check';
import type { SheetGroup } from './sheet-model';

/** Fixed heights, so the sheet can draw only the rows on screen (thousands of claims stay quick). */
export const ROW_HEIGHT = 62;
export const GROUP_HEIGHT = 38;

export type SheetRow =
  | { type: 'group'; key: string; group: SheetGroup; top: number; height: number }
  | { type: 'claim'; key: string; check: FactCheck; top: number; height: number };

/** The sheet's rows top to bottom: a heading before each named group, then its claims. */
export function sheetRows(groups: readonly SheetGroup[], heights: { row: number; group: number } = { row: ROW_HEIGHT, group: GROUP_HEIGHT }): { rows: SheetRow[]; height: number } {
  const rows: SheetRow[] = [];
  let top = 0;
  for (const group of groups) {
    if (group.label) {
      rows.push({ type: 'group', key: `g-${group.key}`, group, top, height: heights.group });
      top += heights.group;
    }
    for (const check of group.claims) {
      rows.push({ type: 'claim', key: `c-${check.claimId}`, check, top, height: heights.row });
      top += heights.row;
    }
  }
  return { rows, height: top };
}

/** The slice of rows that overlaps the view, with some to spare above and below (binary search). */
export function rowsInView(rows: readonly SheetRow[], viewTop: number, viewHeight: number, overscan = 400): { first: number; last: number } {
  const from = viewTop - overscan;
  const to = viewTop + viewHeight + overscan;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.top + rows[mid]!.height <= from) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < rows.length && rows[last]!.top < to) last++;
  return { first: lo, last };
}

/** Where the scroller must be for a row to be wholly in view below a sticky header; null when it already is. */
export function scrollToReveal(row: { top: number; height: number }, scrollTop: number, viewHeight: number, header: number): number | null {
  if (row.top < scrollTop) return row.top;
  if (row.top + row.height > scrollTop + viewHeight - header) return row.top + row.height - viewHeight + header;
  return null;
}
