import type { TimelineItem } from '../../../../shared/domain/timeline';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type ListRow =
  | { type: 'year'; key: string; label: string; top: number; height: number }
  | { type: 'month'; key: string; label: string; top: number; height: number }
  | { type: 'item'; key: string; item: TimelineItem; index: number; top: number; height: number };

export const YEAR_HEIGHT = 44;
export const MONTH_HEIGHT = 30;
export const ITEM_HEIGHT = 58;

/**
 * The list layout's rows: a heading at each new year and month of the items' start dates, in
 * the services' time order. Items dated only to a year sit under the year, before its months.
 * Every row has a fixed height so the list can draw only what is on screen.
 */
export function listRows(items: readonly TimelineItem[]): { rows: ListRow[]; height: number } {
  const rows: ListRow[] = [];
  let top = 0;
  let year = '';
  let month = '';
  items.forEach((item, index) => {
    const y = item.date.start.slice(0, 4);
    const m = item.date.precision === 'year' ? '' : item.date.start.slice(5, 7);
    if (y !== year) {
      rows.push({ type: 'year', key: `y${y}`, label: y, top, height: YEAR_HEIGHT });
      top += YEAR_HEIGHT;
      year = y;
      month = '';
    }
    if (m !== month && m !== '') {
      rows.push({ type: 'month', key: `m${y}-${m}`, label: `${MONTHS[Number(m) - 1]} ${y}`, top, height: MONTH_HEIGHT });
      top += MONTH_HEIGHT;
    }
    month = m === '' ? month : m;
    rows.push({ type: 'item', key: item.id, item, index, top, height: ITEM_HEIGHT });
    top += ITEM_HEIGHT;
  });
  return { rows, height: top };
}

/** The rows that overlap [viewTop - overscan, viewTop + viewHeight + overscan], found by binary search. */
export function rowsInView(rows: readonly ListRow[], viewTop: number, viewHeight: number, overscan = 300): ListRow[] {
  const from = viewTop - overscan;
  const to = viewTop + viewHeight + overscan;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.top + rows[mid]!.height < from) lo = mid + 1;
    else hi = mid;
  }
  const out: ListRow[] = [];
  for (let i = lo; i < rows.length && rows[i]!.top <= to; i++) out.push(rows[i]!);
  return out;
}
