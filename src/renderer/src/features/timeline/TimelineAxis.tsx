import { forwardRef, memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TimelineItem, TimelineKind } from '../../../../shared/domain/timeline';
import { useTagging } from '../tagging/tagging-context';
import type { AxisImage } from './axis-image';
import { visibleBars, type Drawn } from './cull';
import { laneOffsets, layoutLanes, LANE_HEADER, type LaneLayout } from './lanes';
import { stepFor, ticksBetween } from './ticks';
import { fitScale, panBy, spanOf, xOf, zoomAt, type TimeScale } from './time-scale';
import type { LaneMode } from './timeline-state';

export interface AxisHandle {
  image(): AxisImage | null;
}

const LABEL_ROOM_PX = 150;
const NO_LANES: LaneLayout = { lanes: [], placed: [] };
const HEADER = 34;
const STEP_NAMES = { hour: 'hours', day: 'days', month: 'months', year: 'years' } as const;

function boundsOf(items: readonly TimelineItem[]): { start: number; end: number } | null {
  if (items.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    const span = spanOf(item.date);
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  return { start, end };
}

/**
 * The axis layout: bars spanning each item's whole date, in lanes, on a time axis that zooms
 * from centuries to hours (wheel, pinch, + and −) and pans (drag, arrows, Shift+wheel). Only
 * what is on screen is drawn.
 */
export const TimelineAxis = forwardRef<AxisHandle, {
  items: readonly TimelineItem[];
  conflicted: ReadonlySet<string>;
  selectedId: string | null;
  lanes: LaneMode;
  /** A new value fits the axis to the items again (the filters changed). */
  fitKey: string;
  onOpen(item: TimelineItem): void;
}>(function TimelineAxis(props, ref) {
  const { entitiesById } = useTagging();
  const frame = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [scale, setScale] = useState<TimeScale | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const drag = useRef<{ x: number; scale: TimeScale; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  const bounds = useMemo(() => boundsOf(props.items), [props.items]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const fit = useCallback(() => {
    if (size.width === 0) return;
    const b = bounds ?? { start: Date.UTC(new Date().getUTCFullYear(), 0, 1), end: Date.UTC(new Date().getUTCFullYear() + 1, 0, 1) };
    // The last bar's label needs room to its right, as every bar's label does.
    setScale(fitScale(b.start, b.end, Math.max(size.width / 2, size.width - LABEL_ROOM_PX), 40));
  }, [bounds, size.width]);

  // Fit on first measure and whenever the filters change; not on every reload. Before paint,
  // so the first frame shows the bars rather than an empty axis.
  const fitted = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (size.width === 0 || (fitted.current === props.fitKey && scale)) return;
    fitted.current = props.fitKey;
    fit();
  }, [fit, props.fitKey, scale, size.width]);

  // Lanes are packed again only when the zoom doubles or halves, never while panning.
  const packingZoom = scale ? 2 ** Math.round(Math.log2(scale.msPerPx)) : 1;
  // Nothing is packed before the first measure: the zoom it packs for is not known yet.
  const layout = useMemo(
    () => (scale ? layoutLanes(props.items, props.lanes, { entityName: (id) => entitiesById.get(id)?.name ?? `Entity ${id}` }, LABEL_ROOM_PX * packingZoom) : NO_LANES),
    [props.items, props.lanes, entitiesById, packingZoom, Boolean(scale)],
  );
  const { tops, height } = useMemo(() => laneOffsets(layout.lanes), [layout.lanes]);
  // Bars are placed against an anchor and the layer slides under it: a pan moves one transform,
  // and the bars (drawn half a screen beyond each side) are culled again only when it has slid
  // that far, or on zoom.
  const [anchor, setAnchor] = useState<TimeScale | null>(null);
  const overscan = size.width / 2;
  const slide = scale && anchor ? (anchor.origin - scale.origin) / scale.msPerPx : 0;
  const anchorStale = !scale || !anchor || anchor.msPerPx !== scale.msPerPx || Math.abs(slide) > overscan;
  useLayoutEffect(() => {
    if (anchorStale && scale) setAnchor(scale);
  }, [anchorStale, scale]);
  const base = anchorStale ? scale : anchor;
  // Bars keep their x while the zoom stays: culling again after a pan adds and drops bars at the
  // edges but leaves the others untouched (memoized).
  const placementRef = useRef<TimeScale | null>(null);
  if (base && placementRef.current?.msPerPx !== base.msPerPx) placementRef.current = base;
  const placement = placementRef.current;
  const layerX = scale && placement ? (placement.origin - scale.origin) / scale.msPerPx : 0;
  const bars = useMemo(() => {
    if (!base || !placement || !size.width) return [];
    const wide = { origin: base.origin - overscan * base.msPerPx, msPerPx: base.msPerPx };
    return visibleBars(layout.placed, tops, wide, size.width + 2 * overscan, scrollTop, size.height, undefined, undefined, placement.origin);
  }, [layout.placed, tops, base, placement, overscan, size.width, size.height, scrollTop]);
  const ticks = useMemo(
    () => (scale && size.width ? ticksBetween(scale.origin, scale.origin + size.width * scale.msPerPx, scale.msPerPx) : []),
    [scale, size.width],
  );

  // The wheel zooms around the pointer (a pinch arrives as Ctrl+wheel); Shift+wheel or a sideways swipe pans.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = scroller.current!.getBoundingClientRect();
      const horizontal = event.shiftKey ? event.deltaY || event.deltaX : Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : 0;
      const unit = event.deltaMode === 1 ? 16 : 1;
      setScale((current) => {
        if (!current) return current;
        if (horizontal) return panBy(current, -horizontal * unit);
        const speed = event.ctrlKey ? 0.01 : 0.0015;
        return zoomAt(current, Math.exp(-event.deltaY * unit * speed), event.clientX - rect.left);
      });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  useImperativeHandle(ref, () => ({
    image() {
      if (!scale || !size.width) return null;
      const style = getComputedStyle(frame.current!);
      const css = (name: string) => style.getPropertyValue(name).trim() || '#888';
      const all = visibleBars(layout.placed, tops, scale, size.width, 0, height);
      const kinds = { event: css('--kind-event'), quote: css('--kind-quote'), claim: css('--kind-claim'), entry: css('--kind-event'), publication: css('--kind-date') } satisfies Record<TimelineKind, string>;
      return {
        width: size.width,
        height: height + HEADER,
        header: HEADER,
        ticks: ticks.map((tick) => ({ x: xOf(scale, tick.ms), label: tick.label, major: tick.major })),
        lanes: layout.lanes.map((lane, index) => ({ y: tops[index]!, label: lane.label })),
        bars: all.map((bar) => ({ x: bar.x, y: bar.y, width: bar.width, label: bar.hidden ? `+${bar.hidden} ${bar.placed.item.headline}` : bar.placed.item.headline, kind: bar.placed.item.kind, approximate: bar.placed.item.date.approximate, conflicted: props.conflicted.has(bar.placed.item.id) })),
        colours: { background: css('--bg-raised'), text: css('--text'), muted: css('--text-muted'), grid: css('--border'), warning: css('--warning'), kinds },
        font: style.fontFamily,
      };
    },
  }));

  const onOpen = props.onOpen;
  const openUnlessDragged = useCallback(
    (item: TimelineItem) => {
      if (suppressClick.current) {
        suppressClick.current = false;
        return;
      }
      onOpen(item);
    },
    [onOpen],
  );

  function zoomBy(factor: number) {
    setScale((current) => (current ? zoomAt(current, factor, size.width / 2) : current));
  }

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.target !== event.currentTarget && (event.key === 'Enter' || event.key === ' ')) return;
    const step = event.shiftKey ? size.width / 2 : size.width / 8;
    if (event.key === '+' || event.key === '=') zoomBy(1.5);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / 1.5);
    else if (event.key === 'ArrowLeft') setScale((current) => (current ? panBy(current, step) : current));
    else if (event.key === 'ArrowRight') setScale((current) => (current ? panBy(current, -step) : current));
    else if (event.key === 'ArrowUp') scroller.current!.scrollTop -= 60;
    else if (event.key === 'ArrowDown') scroller.current!.scrollTop += 60;
    else if (event.key === '0' || event.key === 'Home') fit();
    else return;
    event.preventDefault();
  }

  const step = scale ? stepFor(scale.msPerPx) : null;
  return (
    <div className="tl-axis" ref={frame}>
      <div className="tl-axis-controls" role="group" aria-label="Zoom">
        <button type="button" className="icon-button" onClick={() => zoomBy(1 / 1.5)} title="Zoom out (−)" aria-label="Zoom out">
          −
        </button>
        <button type="button" className="icon-button" onClick={() => zoomBy(1.5)} title="Zoom in (+)" aria-label="Zoom in">
          +
        </button>
        <button type="button" className="link-button" onClick={fit} title="Show every item (0)">
          Fit
        </button>
        <span className="tl-axis-zoom" data-testid="axis-zoom" data-ms-per-px={scale ? Math.round(scale.msPerPx) : undefined}>
          {step ? `${step.count > 1 ? `${step.count} ` : ''}${STEP_NAMES[step.unit]}` : ''}
        </span>
      </div>
      <div
        className="tl-axis-stage"
        tabIndex={0}
        role="group"
        aria-label="Timeline axis: + and − zoom, arrows move, 0 fits"
        aria-roledescription="time axis"
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          if (event.button !== 0 || !scale) return;
          drag.current = { x: event.clientX, scale, moved: false };
        }}
        onPointerMove={(event) => {
          const current = drag.current;
          if (!current) return;
          const dx = event.clientX - current.x;
          if (!current.moved && Math.abs(dx) < 4) return;
          if (!current.moved) event.currentTarget.setPointerCapture(event.pointerId);
          current.moved = true;
          setScale(panBy(current.scale, dx));
        }}
        onPointerUp={() => {
          suppressClick.current = Boolean(drag.current?.moved);
          drag.current = null;
        }}
        onPointerCancel={() => {
          drag.current = null;
        }}
      >
        <div className="tl-axis-ticks" style={{ height: HEADER }} aria-hidden="true">
          {scale
            ? ticks.map((tick) => (
                <span key={tick.ms} className={`tl-tick${tick.major ? ' tl-tick-major' : ''}`} style={{ transform: `translateX(${xOf(scale, tick.ms)}px)` }}>
                  {tick.label}
                </span>
              ))
            : null}
        </div>
        <div className="tl-axis-scroller" ref={scroller} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
          <div className="tl-axis-canvas" style={{ height }}>
            {scale
              ? ticks.map((tick) => <span key={tick.ms} className={`tl-grid${tick.major ? ' tl-grid-major' : ''}`} style={{ transform: `translateX(${xOf(scale, tick.ms)}px)` }} />)
              : null}
            {layout.lanes.map((lane, index) =>
              tops[index]! + LANE_HEADER + 400 < scrollTop - 200 || tops[index]! > scrollTop + size.height ? null : (
                <div key={lane.key} className="tl-lane-label" style={{ top: tops[index] }} title={lane.label}>
                  {lane.label}
                </div>
              ),
            )}
            <div className="tl-axis-layer" style={{ transform: `translateX(${layerX}px)` }}>
              {bars.map((bar) => (
                <Bar
                  key={`${bar.placed.item.id}@${bar.placed.lane}`}
                  bar={bar}
                  conflicted={props.conflicted.has(bar.placed.item.id)}
                  selected={bar.placed.item.id === props.selectedId}
                  onOpen={openUnlessDragged}
                />
              ))}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
});

/** One bar; memoized, so a pan that only slides the layer renders none of them again. */
const Bar = memo(
  BarView,
  (a, b) =>
    a.bar.placed === b.bar.placed && a.bar.x === b.bar.x && a.bar.y === b.bar.y && a.bar.width === b.bar.width && a.bar.room === b.bar.room && a.bar.hidden === b.bar.hidden &&
    a.conflicted === b.conflicted && a.selected === b.selected && a.onOpen === b.onOpen,
);

function BarView({ bar, conflicted, selected, onOpen }: { bar: Drawn; conflicted: boolean; selected: boolean; onOpen(item: TimelineItem): void }) {
  const { item } = bar.placed;
  const room = Math.min(bar.room, Math.max(bar.width, LABEL_ROOM_PX)) - 8;
  return (
    <button
      type="button"
      data-kind={item.kind}
      data-item-id={item.id}
      className={`tl-bar${item.date.approximate ? ' tl-approximate' : ''}${conflicted ? ' tl-conflicted' : ''}${selected ? ' tl-selected' : ''}`}
      style={{ transform: `translate(${bar.x}px, ${bar.y}px)`, width: bar.width, ['--label-room' as string]: `${room}px` }}
      title={`${item.date.label} · ${item.headline}${item.sourceTitle ? ` — ${item.sourceTitle}` : ''}${bar.hidden ? `\n${moreHere(bar.hidden)}` : ''}`}
      onClick={() => onOpen(item)}
    >
      <span className="tl-bar-label" hidden={room < 48}>
        {bar.hidden ? (
          <span className="tl-bar-more" aria-label={moreHere(bar.hidden)}>
            +{bar.hidden}
          </span>
        ) : null}
        {conflicted ? (
          <span className="tl-conflict-mark" aria-label="In a conflict">
            !
          </span>
        ) : null}
        {item.headline}
      </span>
    </button>
  );
}

function moreHere(count: number): string {
  return `and ${count} more ${count === 1 ? 'item' : 'items'} here: zoom in to see ${count === 1 ? 'it' : 'them'}`;
}
