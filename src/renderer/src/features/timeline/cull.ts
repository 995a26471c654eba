import type { Placed } from './lanes';
import { LANE_HEADER, ROW_HEIGHT } from './lanes';
import type { TimeScale } from './time-scale';

export interface Drawn {
  placed: Placed;
  x: number;
  width: number;
  y: number;
  /** Room for the label before the next bar drawn in the same row (Infinity for the last). */
  room: number;
  /** Items of the same row starting within the same few pixels, not drawn but counted ("+3"). */
  hidden: number;
}

/**
 * What is on screen, and nothing else: bars that overlap the visible time window and whose row
 * is within the visible height. At a far zoom a row would pile up bars; each row is cut into
 * cells `minGapPx` wide and only the first bar of a cell is drawn, counting the rest, so a row
 * holds at most width / minGapPx bars whatever the number of items, and zooming in separates
 * them. The cells are measured from time zero, not from the window's edge: panning then keeps
 * every bar it keeps on screen exactly as it was, and changes only what enters or leaves.
 */
export function visibleBars(
  placed: readonly Placed[],
  laneTops: readonly number[],
  scale: TimeScale,
  width: number,
  viewTop: number,
  viewHeight: number,
  minWidthPx = 4,
  minGapPx = 40,
  /**
   * Where x = 0 is, in ms (the view's start unless given). Positions are rounded to 1/100 px
   * from it, so culling the same bars against another window of the same zoom gives the very
   * same numbers, and a memoized bar is left alone rather than restyled by a rounding wobble.
   */
  xOrigin = scale.origin,
): Drawn[] {
  const viewStart = scale.origin;
  const viewEnd = scale.origin + width * scale.msPerPx;
  const cellMs = minGapPx * scale.msPerPx;
  const drawnInCell = new Map<string, Drawn>();
  const lastInRow = new Map<number, Drawn>();
  const out: Drawn[] = [];
  for (const entry of placed) {
    if (entry.start > viewEnd) break; // sorted by start
    if (entry.end < viewStart) continue;
    const y = laneTops[entry.lane]! + LANE_HEADER + entry.row * ROW_HEIGHT;
    if (y + ROW_HEIGHT < viewTop || y > viewTop + viewHeight) continue;
    const rowKey = entry.lane * 1000 + entry.row;
    const cellKey = `${rowKey}:${Math.floor(entry.start / cellMs)}`;
    const first = drawnInCell.get(cellKey);
    if (first) {
      first.hidden++;
      continue;
    }
    const x = hundredths((entry.start - xOrigin) / scale.msPerPx);
    const drawn: Drawn = { placed: entry, x, width: Math.max(minWidthPx, hundredths((entry.end - entry.start) / scale.msPerPx)), y, room: Infinity, hidden: 0 };
    const previous = lastInRow.get(rowKey);
    if (previous) previous.room = x - previous.x;
    lastInRow.set(rowKey, drawn);
    drawnInCell.set(cellKey, drawn);
    out.push(drawn);
  }
  return out;
}

function hundredths(value: number): number {
  return Math.round(value * 100) / 100;
}
