import type { TimelineItem, TimelineKind } from '../../../../shared/domain/timeline';
import type { LaneMode } from './timeline-state';
import { spanOf } from './time-scale';

export const KIND_LABELS: Record<TimelineKind, string> = {
  event: 'Events',
  quote: 'Quotes',
  claim: 'Claims',
  entry: 'Typed on the timeline',
  publication: 'Publications',
};

export interface Lane {
  key: string;
  label: string;
  /** Rows the lane's bars are packed into. */
  rows: number;
}

/** An item placed on the axis: its lane, its row in the lane, its span in ms. */
export interface Placed {
  item: TimelineItem;
  lane: number;
  row: number;
  start: number;
  end: number;
}

export interface LaneLayout {
  lanes: Lane[];
  /** Sorted by start, for culling. */
  placed: Placed[];
}

interface LaneNames {
  entityName(id: number): string;
}

/** Which lanes an item belongs in: an item about two entities appears in both of their lanes. */
export function laneKeysOf(item: TimelineItem, mode: LaneMode, names: LaneNames): Array<{ key: string; label: string }> {
  if (mode === 'kind') return [{ key: `kind:${item.kind}`, label: KIND_LABELS[item.kind] }];
  if (mode === 'source') {
    return item.sourceId === null
      ? [{ key: 'source:none', label: 'Typed on the timeline' }]
      : [{ key: `source:${item.sourceId}`, label: item.sourceTitle ?? `Source ${item.sourceId}` }];
  }
  if (item.entityIds.length === 0) return [{ key: 'entity:none', label: 'No entity' }];
  return item.entityIds.map((id) => ({ key: `entity:${id}`, label: names.entityName(id) }));
}

/**
 * Packs items into lanes and, within a lane, into rows so bars (given at least `minWidthMs`,
 * room for a label) do not overlap. A lane has at most `maxRows`; what does not fit goes into
 * the row that frees up first, overlapping (the culling draws one of a pile).
 */
export function layoutLanes(items: readonly TimelineItem[], mode: LaneMode, names: LaneNames, minWidthMs: number, maxRows = 6): LaneLayout {
  const spans = items.map((item) => ({ item, ...spanOf(item.date) })).sort((a, b) => a.start - b.start || a.end - b.end);
  const laneIndex = new Map<string, number>();
  const lanes: Lane[] = [];
  const rowEnds: number[][] = [];
  const placed: Placed[] = [];
  if (mode === 'kind') {
    // Kinds keep one order whatever comes first.
    for (const kind of Object.keys(KIND_LABELS) as TimelineKind[]) {
      if (!spans.some((span) => span.item.kind === kind)) continue;
      laneIndex.set(`kind:${kind}`, lanes.length);
      lanes.push({ key: `kind:${kind}`, label: KIND_LABELS[kind], rows: 0 });
      rowEnds.push([]);
    }
  }
  for (const span of spans) {
    for (const { key, label } of laneKeysOf(span.item, mode, names)) {
      let lane = laneIndex.get(key);
      if (lane === undefined) {
        lane = lanes.length;
        laneIndex.set(key, lane);
        lanes.push({ key, label, rows: 0 });
        rowEnds.push([]);
      }
      const ends = rowEnds[lane]!;
      const reach = Math.max(span.end, span.start + minWidthMs);
      let row = ends.findIndex((end) => end <= span.start);
      if (row < 0 && ends.length < maxRows) row = ends.length;
      if (row < 0) row = ends.indexOf(Math.min(...ends));
      ends[row] = Math.max(ends[row] ?? 0, reach);
      lanes[lane]!.rows = Math.max(lanes[lane]!.rows, row + 1);
      placed.push({ item: span.item, lane, row, start: span.start, end: span.end });
    }
  }
  if (mode !== 'kind') {
    // Lanes in name order, the catch-all lane last; rows are renumbered with them.
    const order = lanes.map((lane, index) => ({ lane, index })).sort((a, b) => {
      const aNone = a.lane.key.endsWith(':none') ? 1 : 0;
      const bNone = b.lane.key.endsWith(':none') ? 1 : 0;
      return aNone - bNone || a.lane.label.localeCompare(b.lane.label);
    });
    const remap = new Map(order.map(({ index }, position) => [index, position]));
    for (const entry of placed) entry.lane = remap.get(entry.lane)!;
    return { lanes: order.map(({ lane }) => lane), placed };
  }
  return { lanes, placed };
}

export const ROW_HEIGHT = 26;
export const LANE_GAP = 14;
export const LANE_HEADER = 22;

/** Where each lane starts vertically, and the total height. */
export function laneOffsets(lanes: readonly Lane[]): { tops: number[]; height: number } {
  const tops: number[] = [];
  let y = 0;
  for (const lane of lanes) {
    tops.push(y);
    y += LANE_HEADER + Math.max(1, lane.rows) * ROW_HEIGHT + LANE_GAP;
  }
  return { tops, height: y };
}
