import type { TimelineConflict, TimelineDate, TimelineItem } from '../../../shared/domain/timeline';
import { foldName } from '../entities/fold-name';
import { dayNumber, daysBetween } from './timeline-dates';
import type { TimelineContext } from './timeline-items';
import { pairKey, type TimelineLinks } from './timeline-links';

/** How far apart two single days may be and still be taken for one thing misdated. */
const MAX_TOLERANCE_DAYS = 7;

/**
 * Items that seem to describe one thing dated differently. Two items are taken for the same
 * thing when they are of one family (a tagged event and an event typed on the timeline are
 * one family), name the same non-empty set of entities (for quotes and claims, whose entity is
 * just the speaker, the same words too: one speaker says many things in a week), and come from
 * different places: two sources, or a source and the reporter's own entry. Within one source,
 * items about the same parties a few days apart are a sequence the source tells, not a
 * disagreement. Such items conflict when their dates disagree yet lie close (see datesDisagree).
 *
 * The reporter's links decide over all that: two items linked as the `same` event conflict
 * whenever their dates differ at all, however far apart; two marked `different` never do.
 * Conflicting pairs are joined into groups, each with the reason in words.
 */
export function findConflicts(
  /** In time order (compareItems). */ items: readonly TimelineItem[],
  context: Pick<TimelineContext, 'entityNames' | 'sources'>,
  links: TimelineLinks = new Map(),
): TimelineConflict[] {
  const parent = items.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const linked = new Set<number>();
  const join = (i: number, j: number) => {
    parent[root(j)] = root(i);
    linked.add(i).add(j);
  };

  const byReporter = new Set<number>();
  if (links.size > 0) {
    const indexOf = new Map(items.map((item, index) => [item.id, index]));
    for (const [pair, relation] of links) {
      if (relation !== 'same') continue;
      const [a, b] = pair.split('|').map((id) => indexOf.get(id!));
      if (a === undefined || b === undefined || sameDates(items[a]!.date, items[b]!.date)) continue;
      join(a, b);
      byReporter.add(a).add(b);
    }
  }

  for (const bucket of sameThingBuckets(items)) {
    // Items from one place never conflict among themselves: most buckets end here.
    const first = origin(items[bucket[0]!]!);
    if (bucket.every((index) => origin(items[index]!) === first)) continue;
    const starts = bucket.map((index) => dayNumber(items[index]!.date.start));
    for (let i = 0; i < bucket.length; i++) {
      const a = items[bucket[i]!]!;
      // Items come in time order, so once one starts beyond the widest tolerance after `a`
      // ends, so do all after it: a bucket of thousands stays near linear.
      const horizon = dayNumber(a.date.end) + MAX_TOLERANCE_DAYS;
      for (let j = i + 1; j < bucket.length; j++) {
        const b = items[bucket[j]!]!;
        if (starts[j]! > horizon) break;
        if (origin(a) === origin(b) || !datesDisagree(a.date, b.date) || links.get(pairKey(a.id, b.id)) === 'different') continue;
        join(bucket[i]!, bucket[j]!);
      }
    }
  }

  const groups = new Map<number, number[]>();
  for (const index of [...linked].sort((a, b) => a - b)) {
    const group = groups.get(root(index));
    if (group) group.push(index);
    else groups.set(root(index), [index]);
  }
  return [...groups.values()]
    .sort((a, b) => a[0]! - b[0]!)
    .map((group) => {
      const members = group.map((index) => items[index]!);
      const reporterLinked = group.some((index) => byReporter.has(index));
      return { itemIds: members.map((item) => item.id), reason: reasonFor(members, context, reporterLinked), linked: reporterLinked };
    });
}

/** Indexes of items that may be one thing (see sameThingKey), grouped, each group in time order. */
function sameThingBuckets(items: readonly TimelineItem[]): Iterable<number[]> {
  const buckets = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = sameThingKey(item);
    if (key === null) return;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(index);
    else buckets.set(key, [index]);
  });
  return buckets.values();
}

function sameDates(a: TimelineDate, b: TimelineDate): boolean {
  return a.start === b.start && a.end === b.end;
}

type Family = 'event' | 'quote' | 'claim';

function familyOf(item: TimelineItem): Family | null {
  if (item.kind === 'event' || item.kind === 'entry') return 'event';
  if (item.kind === 'quote' || item.kind === 'claim') return item.kind;
  return null;
}

function sameThingKey(item: TimelineItem): string | null {
  const family = familyOf(item);
  if (family === null || item.entityIds.length === 0) return null;
  const entities = [...item.entityIds].sort((a, b) => a - b).join(',');
  if (family === 'event') return `event|${entities}`;
  const words = foldName(item.headline.replace(/[^\p{L}\p{N}]+/gu, ' '));
  return `${family}|${entities}|${words}`;
}

function origin(item: TimelineItem): string {
  return item.sourceId === null ? 'reporter' : `source:${item.sourceId}`;
}

function spanDays(date: TimelineDate): number {
  return daysBetween(date.start, date.end) + 1;
}

/**
 * Whether two dates of what seems one thing disagree, but not so far that they are more likely
 * two things. Dates alike, or one within the other ("March 2026" and "12 March 2026": one is
 * only vaguer), agree. Two days disagree up to a week apart; a month (or a range up to a month
 * long) only with the next or an overlapping one; years and longer ranges only where they
 * overlap, since consecutive years are as often two events as one.
 */
export function datesDisagree(a: TimelineDate, b: TimelineDate): boolean {
  const contains = (outer: TimelineDate, inner: TimelineDate) => outer.start <= inner.start && inner.end <= outer.end;
  if (contains(a, b) || contains(b, a)) return false;
  const gap = a.end < b.start ? daysBetween(a.end, b.start) : b.end < a.start ? daysBetween(b.end, a.start) : 0;
  const longest = Math.max(spanDays(a), spanDays(b));
  const tolerance = longest === 1 ? MAX_TOLERANCE_DAYS : longest <= 31 ? 1 : 0;
  return gap <= tolerance;
}

const COUNTS = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function originName(item: TimelineItem, context: Pick<TimelineContext, 'sources'>): string {
  if (item.sourceId === null) return 'timeline entry';
  const source = context.sources.get(item.sourceId);
  return source?.outlet?.trim() || source?.title || item.sourceTitle || `source #${item.sourceId}`;
}

function reasonFor(members: readonly TimelineItem[], context: Pick<TimelineContext, 'entityNames' | 'sources'>, reporterLinked: boolean): string {
  const dated = [...new Set(members.map((item) => `${item.date.label} (${originName(item, context)})`))];
  if (reporterLinked) return `You linked these as one event, but they are dated differently: ${listInWords(dated)}.`;
  const family = familyOf(members[0]!)!;
  const count = COUNTS[members.length] ?? String(members.length);
  const noun = { event: 'events', quote: 'quotes', claim: 'claims' }[family];
  const preposition = family === 'event' ? 'about' : 'by';
  const names = listInWords(members[0]!.entityIds.map((id) => context.entityNames.get(id) ?? `entity #${id}`));
  const allDays = members.every((item) => item.date.precision === 'day');
  let spread = 'differently';
  if (allDays) {
    const starts = members.map((item) => item.date.start).sort();
    const days = daysBetween(starts[0]!, starts.at(-1)!);
    spread = days === 1 ? 'a day apart' : `${days} days apart`;
  }
  return `${count} ${noun} ${preposition} ${names}, dated ${spread}: ${listInWords(dated)}.`;
}
