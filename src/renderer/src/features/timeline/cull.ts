import type { Placed } from './lanes';
import { LANE_HEADER, ROW_HEIGHT } from './lanes';
import { xOf, type TimeScale } from './time-scale';

export interface Drawn {
  placed: Placed;
  x: number;
  width: number;
  y: number;
  /** Room for the label before the next bar drawn in the same row (Infinity for the last). */
  room: number;
}

/**
 * What is on screen, and nothing else: bars that overlap the visible time window and whose row
 * is within the visible height. In one row, a bar that starts within `minGapPx` of the one drawn
 * before it (a pile at a far zoom) is not drawn, so a row holds at most width / minGapPx bars
 * whatever the number of items; zooming in separates them.
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
): Drawn[] {
  const viewStart = scale.origin;
  const viewEnd = scale.origin + width * scale.msPerPx;
  const lastDrawn = new Map<number, Drawn>();
  const out: Drawn[] = [];
  for (const entry of placed) {
    if (entry.start > viewEnd) break; // sorted by start
    if (entry.end < viewStart) continue;
    const y = laneTops[entry.lane]! + LANE_HEADER + entry.row * ROW_HEIGHT;
    if (y + ROW_HEIGHT < viewTop || y > viewTop + viewHeight) continue;
    const x = xOf(scale, entry.start);
    const barWidth = Math.max(minWidthPx, xOf(scale, entry.end) - x);
    const rowKey = entry.lane * 1000 + entry.row;
    const previous = lastDrawn.get(rowKey);
    if (previous !== undefined && x < previous.x + minGapPx) continue;
    if (previous) previous.room = x - previous.x;
    const drawn: Drawn = { placed: entry, x, width: barWidth, y, room: Infinity };
    lastDrawn.set(rowKey, drawn);
    out.push(drawn);
  }
  return out;
}
