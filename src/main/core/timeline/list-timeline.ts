import type Database from 'better-sqlite3';
import { timelineFiltersSchema, type TimelineConflict, type TimelineFilters, type TimelineItem, type TimelineKind, type TimelineLink } from '../../../shared/domain/timeline';
import { foldName } from '../entities/fold-name';
import { findConflicts } from './timeline-conflicts';
import { compareDates, PRECISION_RANK } from './timeline-dates';
import { collectItems, readContext, type TimelineContext } from './timeline-items';
import { readLinks } from './timeline-links';

const KIND_RANK: Record<TimelineKind, number> = { publication: 0, event: 1, entry: 2, quote: 3, claim: 4 };

function idNumber(item: TimelineItem): number {
  return Number(item.id.slice(item.id.indexOf(':') + 1));
}

/**
 * Time order (see compareDates: first day, then the narrower span, then precision), then kind
 * and id, so two items dated alike always come in the same order.
 */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return compareDates(a.date, b.date) || KIND_RANK[a.kind] - KIND_RANK[b.kind] || idNumber(a) - idNumber(b);
}

/**
 * The same order as compareItems, by one string per item compared once per step: ten thousand
 * items sort in a fraction of the time a comparator reading five fields each step takes.
 */
export function sortItems(items: TimelineItem[]): TimelineItem[] {
  const keyed = items.map((item) => ({ item, key: `${item.date.start}${item.date.end}${PRECISION_RANK[item.date.precision]}${KIND_RANK[item.kind]}${String(idNumber(item)).padStart(12, '0')}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ item }) => item);
}

export function applyFilters(items: readonly TimelineItem[], filters: ReturnType<typeof timelineFiltersSchema.parse>, context: TimelineContext): TimelineItem[] {
  const entityIds = new Set(filters.entityIds.map((id) => context.current(id)));
  const sourceIds = new Set(filters.sourceIds);
  const words = foldName(filters.query).split(' ').filter(Boolean);
  if (entityIds.size === 0 && sourceIds.size === 0 && filters.from === null && filters.to === null && words.length === 0) return [...items];
  return items.filter((item) => {
    if (entityIds.size > 0 && !item.entityIds.some((id) => entityIds.has(id))) return false;
    if (sourceIds.size > 0 && (item.sourceId === null || !sourceIds.has(item.sourceId))) return false;
    if (filters.from !== null && item.date.end < filters.from) return false;
    if (filters.to !== null && item.date.start > filters.to) return false;
    if (words.length > 0) {
      const names = item.entityIds.map((id) => context.entityNames.get(id) ?? '');
      const haystack = foldName([item.headline, item.text, item.sourceTitle ?? '', ...names].join(' '));
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

/** The filtered items in time order: what exports take. */
export function listItems(db: Database.Database, rawFilters: TimelineFilters): { items: TimelineItem[]; context: TimelineContext } {
  const filters = timelineFiltersSchema.parse(rawFilters);
  const context = readContext(db);
  const collected = collectItems(db, context, { includePublications: filters.includePublications, kinds: filters.kinds });
  return { items: sortItems(applyFilters(collected, filters, context)), context };
}

/**
 * The timeline as the view shows it: the filtered items in time order, the conflicts among
 * them, and the reporter's links between them.
 */
export function listTimeline(db: Database.Database, rawFilters: TimelineFilters): { items: TimelineItem[]; conflicts: TimelineConflict[]; links: TimelineLink[] } {
  const { items, context } = listItems(db, rawFilters);
  const links = readLinks(db);
  const listed = new Set(items.map((item) => item.id));
  const shown: TimelineLink[] = [];
  for (const [pair, relation] of links) {
    const [a, b] = pair.split('|') as [string, string];
    if (listed.has(a) && listed.has(b)) shown.push({ itemIds: [a, b], relation });
  }
  return { items, conflicts: findConflicts(items, context, links), links: shown };
}
