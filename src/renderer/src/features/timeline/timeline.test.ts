import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../../shared/domain/timeline';
import { visibleBars } from './cull';
import { candidatesFor } from './SameEventPicker';
import { draftOf } from './entry-draft';
import { laneOffsets, layoutLanes } from './lanes';
import { listRows, rowsInView } from './list-rows';
import { ticksBetween, stepFor } from './ticks';
import { DAY, HOUR, MAX_MS_PER_PX, MIN_MS_PER_PX, dayToMs, fitScale, msAt, panBy, spanOf, xOf, zoomAt } from './time-scale';
import { DEFAULT_STATE, filtersOf, readTimelineState, timelineQuery } from './timeline-state';

let next = 1;
function item(start: string, end = start, extra: Partial<TimelineItem> = {}): TimelineItem {
  const precision = extra.date?.precision ?? (start === end ? 'day' : 'range');
  return {
    id: `annotation:${next++}`,
    kind: 'event',
    headline: `Item ${start}`,
    text: '',
    date: { start, end, precision, approximate: false, label: start, startsOn: start, endsOn: start === end ? null : end },
    entityIds: [],
    sourceId: 1,
    sourceTitle: 'A source',
    annotationId: 1,
    entryId: null,
    ...extra,
  };
}

describe('the timeline’s state in the route', () => {
  it('round-trips every filter, and leaves defaults out', () => {
    const state = { ...DEFAULT_STATE, entityIds: [3, 5], kinds: ['event', 'quote'] as const, from: '2020-01-01', query: 'contract', publications: true, layout: 'axis' as const, lanes: 'entity' as const };
    const query = timelineQuery({ ...state, kinds: [...state.kinds] });
    expect(query).toEqual({ entities: '3,5', kinds: 'event,quote', from: '2020-01-01', q: 'contract', publications: '1', layout: 'axis', lanes: 'entity' });
    expect(readTimelineState(query)).toEqual({ ...state, kinds: ['event', 'quote'] });
    expect(timelineQuery(DEFAULT_STATE)).toEqual({});
  });

  it('ignores what is malformed', () => {
    expect(readTimelineState({ entities: '3,x,-1,3,0', kinds: 'event,nope', from: '2020-13-01', to: '2020', layout: 'grid', lanes: 'colour' })).toEqual({
      ...DEFAULT_STATE,
      entityIds: [3],
      kinds: ['event'],
    });
    expect(readTimelineState(undefined)).toEqual(DEFAULT_STATE);
  });

  it('asks the services with a trimmed search', () => {
    expect(filtersOf({ ...DEFAULT_STATE, query: '  cancel ' })).toMatchObject({ query: 'cancel', includePublications: false, from: null });
  });
});

describe('the time scale', () => {
  it('spans a date’s whole days', () => {
    expect(spanOf({ start: '2020-09-01', end: '2020-09-30' })).toEqual({ start: dayToMs('2020-09-01'), end: dayToMs('2020-10-01') });
    expect(spanOf({ start: '2020-02-29', end: '2020-02-29' }).end - dayToMs('2020-02-29')).toBe(DAY);
  });

  it('zooms around the pointer, within hours and centuries', () => {
    const scale = { origin: dayToMs('2020-01-01'), msPerPx: DAY };
    const zoomed = zoomAt(scale, 2, 300);
    expect(msAt(zoomed, 300)).toBeCloseTo(msAt(scale, 300));
    expect(zoomed.msPerPx).toBe(DAY / 2);
    expect(zoomAt(scale, 1e9, 0).msPerPx).toBe(MIN_MS_PER_PX);
    expect(zoomAt(scale, 1e-9, 0).msPerPx).toBe(MAX_MS_PER_PX);
  });

  it('pans by pixels and fits a span to a width', () => {
    const scale = { origin: 0, msPerPx: 10 };
    expect(panBy(scale, 50).origin).toBe(-500);
    const fit = fitScale(dayToMs('2020-01-01'), dayToMs('2021-01-01'), 1048);
    expect(xOf(fit, dayToMs('2020-01-01'))).toBeCloseTo(24);
    expect(xOf(fit, dayToMs('2021-01-01'))).toBeCloseTo(1024);
  });
});

describe('ticks at each zoom', () => {
  it('picks hours, days, months, years and decades as the zoom widens', () => {
    expect(stepFor(HOUR / 100)).toMatchObject({ unit: 'hour', count: 1 });
    expect(stepFor(DAY / 100)).toMatchObject({ unit: 'day', count: 1 });
    expect(stepFor((30 * DAY) / 100)).toMatchObject({ unit: 'month', count: 1 });
    expect(stepFor((365 * DAY) / 100)).toMatchObject({ unit: 'year', count: 1 });
    expect(stepFor((3650 * DAY) / 100)).toMatchObject({ unit: 'year', count: 10 });
  });

  it('aligns ticks to calendar units and marks the larger one', () => {
    const months = ticksBetween(dayToMs('2019-11-15'), dayToMs('2020-03-01'), (30 * DAY) / 100);
    expect(months.map((tick) => tick.label)).toEqual(['Nov', 'Dec', '2020', 'Feb', 'Mar']);
    expect(months[2]).toMatchObject({ ms: dayToMs('2020-01-01'), major: true });
    const hours = ticksBetween(dayToMs('2020-03-01') - 2 * HOUR, dayToMs('2020-03-01') + HOUR, HOUR / 100);
    expect(hours.map((tick) => tick.label)).toEqual(['22:00', '23:00', '1 Mar 2020', '01:00']);
    const decades = ticksBetween(dayToMs('1995-06-01'), dayToMs('2021-01-01'), (3650 * DAY) / 100);
    expect(decades.map((tick) => tick.label)).toEqual(['1990', '2000', '2010', '2020']);
  });
});

describe('lanes', () => {
  const names = { entityName: (id: number) => ['', 'Zed', 'Amy'][id] ?? `#${id}` };

  it('packs overlapping bars into rows, and puts an item in each of its entities’ lanes', () => {
    const items = [item('2020-01-01', '2020-01-31', { entityIds: [1, 2] }), item('2020-01-10', '2020-01-12', { entityIds: [1] }), item('2020-02-05', '2020-02-05')];
    const { lanes, placed } = layoutLanes(items, 'entity', names, DAY);
    expect(lanes.map((lane) => [lane.label, lane.rows])).toEqual([['Amy', 1], ['Zed', 2], ['No entity', 1]]);
    expect(placed).toHaveLength(4);
    expect(placed.filter((p) => p.lane === 1).map((p) => p.row)).toEqual([0, 1]);
  });

  it('keeps the kinds in one order, and caps the rows of a lane', () => {
    const items = [item('2020-01-01', '2020-01-01', { kind: 'quote' }), ...Array.from({ length: 10 }, () => item('2020-01-01'))];
    const { lanes } = layoutLanes(items, 'kind', names, DAY, 3);
    expect(lanes.map((lane) => [lane.label, lane.rows])).toEqual([['Events', 3], ['Quotes', 1]]);
    expect(laneOffsets(lanes).tops[1]).toBeGreaterThan(0);
  });

  it('lanes by source, with typed entries last', () => {
    const items = [item('2020-01-01', '2020-01-01', { sourceId: null, sourceTitle: null, kind: 'entry' }), item('2020-01-02', '2020-01-02', { sourceId: 2, sourceTitle: 'Bulletin' })];
    expect(layoutLanes(items, 'source', names, DAY).lanes.map((lane) => lane.label)).toEqual(['Bulletin', 'Typed on the timeline']);
  });
});

describe('culling', () => {
  const items = Array.from({ length: 10_000 }, (_, i) => item(new Date(Date.UTC(2000, 0, 1) + i * DAY).toISOString().slice(0, 10)));
  const { lanes, placed } = layoutLanes(items, 'kind', { entityName: String }, DAY * 10);
  const { tops } = laneOffsets(lanes);
  const drawnIds = (bars: ReturnType<typeof visibleBars>) => bars.map((bar) => bar.placed.item.id);

  it('draws only what overlaps the window and is not hidden under the bar before it', () => {
    const drawn = visibleBars(placed, tops, { origin: dayToMs('2010-01-01'), msPerPx: DAY / 10 }, 1000, 0, 600);
    expect(drawn.length).toBeGreaterThan(50);
    expect(drawn.length).toBeLessThan(200);
    expect(drawn.every((bar) => bar.x + bar.width >= 0 && bar.x <= 1000)).toBe(true);
    const far = visibleBars(placed, tops, { origin: dayToMs('1990-01-01'), msPerPx: MAX_MS_PER_PX }, 1000, 0, 600);
    expect(far.length).toBeLessThan(1000);
  });

  it('counts the items each drawn bar stands for, so none goes unaccounted', () => {
    const scale = { origin: dayToMs('1999-01-01'), msPerPx: DAY * 10 };
    const drawn = visibleBars(placed, tops, scale, 4000, 0, 600);
    expect(drawn.some((bar) => bar.hidden > 0)).toBe(true);
    expect(drawn.reduce((sum, bar) => sum + 1 + bar.hidden, 0)).toBe(items.length);
  });

  it('keeps every bar still on screen exactly as it was when the view pans', () => {
    const scale = { origin: dayToMs('2005-01-01'), msPerPx: DAY * 2 };
    const before = visibleBars(placed, tops, scale, 1000, 0, 600);
    const after = visibleBars(placed, tops, { ...scale, origin: scale.origin + 300 * scale.msPerPx }, 1000, 0, 600);
    const kept = new Set(drawnIds(after));
    // Away from both edges: a cell the edge cuts counts only what is inside.
    const overlap = before.filter((bar) => kept.has(bar.placed.item.id) && bar.x >= 300 + 40 && bar.x <= 1000 - 80);
    expect(overlap.length).toBeGreaterThan(10);
    const afterById = new Map(after.map((bar) => [bar.placed.item.id, bar]));
    for (const bar of overlap) {
      expect(afterById.get(bar.placed.item.id)).toMatchObject({ hidden: bar.hidden, room: bar.room, x: bar.x - 300 });
    }
    // And nothing new is drawn in the part both views share but at its edge.
    const shared = after.filter((bar) => bar.x >= 40 && bar.x <= 1000 - 300 - 40);
    expect(shared.every((bar) => drawnIds(before).includes(bar.placed.item.id))).toBe(true);
  });
});

describe('the list', () => {
  it('heads each year and month, with year-only items under the year', () => {
    const items = [item('2019-01-01', '2019-12-31', { date: { start: '2019-01-01', end: '2019-12-31', precision: 'year', approximate: true, label: 'c. 2019', startsOn: '2019', endsOn: null } }), item('2019-03-04'), item('2019-03-20'), item('2020-09-01')];
    const { rows, height } = listRows(items);
    expect(rows.map((row) => (row.type === 'item' ? row.index : row.label))).toEqual(['2019', 0, 'March 2019', 1, 2, '2020', 'September 2020', 3]);
    expect(height).toBe(rows.at(-1)!.top + rows.at(-1)!.height);
    expect(rowsInView(rows, 0, 10, 0).map((row) => row.key)).toEqual(['y2019']);
  });
});

describe('editing an event typed on the timeline', () => {
  it('fills the form with the dates as they were given', () => {
    const entry = item('2018-01-01', '2021-12-31', { kind: 'entry', headline: 'Talks', text: 'From a call', entityIds: [4], date: { start: '2018-01-01', end: '2021-12-31', precision: 'range', approximate: true, label: 'c. 2018–2021', startsOn: '2018', endsOn: '2021' } });
    expect(draftOf(entry)).toEqual({ what: 'Talks', startsOn: '2018', endsOn: '2021', approximate: true, entityIds: [4], note: 'From a call' });
    expect(draftOf(item('2020-09-16'))).toMatchObject({ startsOn: '2020-09-16', endsOn: '' });
  });
});

describe('picking the item that tells the same event', () => {
  it('offers the nearest in time first, narrowed by words, never the item itself or a publication', () => {
    const here = item('2026-03-11', '2026-03-11', { headline: 'Okafor tells staff' });
    const dayAfter = item('2026-03-12', '2026-03-12', { headline: 'Halden briefs staff', sourceTitle: 'Wire' });
    const yearBefore = item('2025-03-11', '2025-03-11', { headline: 'Staff letter' });
    const month = item('2026-03-01', '2026-03-31', { headline: 'Contract talks' });
    const publication = item('2026-03-11', '2026-03-11', { id: 'source:4', kind: 'publication', annotationId: null, headline: 'The Ledger' });
    const all = [yearBefore, month, here, publication, dayAfter];
    expect(candidatesFor(here, all, '').map((other) => other.headline)).toEqual(['Halden briefs staff', 'Contract talks', 'Staff letter']);
    expect(candidatesFor(here, all, 'STAFF').map((other) => other.headline)).toEqual(['Halden briefs staff', 'Staff letter']);
    expect(candidatesFor(here, all, 'wire').map((other) => other.headline)).toEqual(['Halden briefs staff']);
  });
});
